/** `devsecops secrets`: the secrets stage in a terminal, with a readable table. */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runSecretsStage, SECRET_COLUMNS } from '../actions/secrets/stage.js'
import { readEventContext } from '../shared/git/event.js'
import { parseScope } from '../shared/git/scope.js'
import type { Logger } from '../shared/log.js'
import { renderTable } from '../shared/report/table.js'
import { parseFailOn } from '../shared/sarif/severity.js'
import { scannerFor } from '../shared/scanners/install.js'
import type { Parsed } from './main.js'

export async function secretsCommand(p: Parsed, logger: Logger): Promise<number> {
  const v = p.values as Record<string, string | undefined>
  const root = resolve(p.positionals[0] ?? '.')
  const base = v.base
  const scope = parseScope(v.scope ?? (base ? 'range' : 'auto'), '--scope')
  const result = await runSecretsStage({
    root,
    scope,
    base,
    event: readEventContext(),
    config: v.config,
    failOn: parseFailOn(v['fail-on'] ?? 'low', '--fail-on'),
    sarifPath: v.sarif ? resolve(v.sarif) : join(root, '.devsecops', 'secrets.sarif'),
    scanner: scannerFor('gitleaks', { path: v['gitleaks-path'], logger }),
    logger
  })
  if (v.summary) writeFileSync(resolve(v.summary), result.summary)
  const out: string[] = []
  const icon = result.outcome === 'passed' ? 'PASSED' : result.outcome === 'failed' ? 'FAILED' : 'ERROR'
  out.push(`secrets: ${icon}: ${result.decision.reason}`)
  if (result.findings.length > 0) out.push('', renderTable(result.findings, SECRET_COLUMNS, result.ruleTitles))
  if (result.error) out.push('', `The scan did not complete: ${result.error}`)
  out.push('', `SARIF: ${result.sarifPath}`)
  process.stdout.write(`${out.join('\n')}\n`)
  return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 2
}
