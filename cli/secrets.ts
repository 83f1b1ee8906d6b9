/** `devsecops secrets`: the secrets stage in a terminal, with a readable table. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { tryGit } from '../shared/git/git.js'
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
    sarifPath: v.sarif ? resolve(v.sarif) : await defaultSarifPath(root),
    scanner: scannerFor('gitleaks', { path: v['gitleaks-path'], logger }),
    logger
  })
  if (v.summary) {
    mkdirSync(dirname(resolve(v.summary)), { recursive: true })
    writeFileSync(resolve(v.summary), result.summary)
  }
  const out: string[] = []
  const icon = result.outcome === 'passed' ? 'PASSED' : result.outcome === 'failed' ? 'FAILED' : 'ERROR'
  out.push(`secrets: ${icon}: ${result.decision.reason}`)
  if (result.findings.length > 0) out.push('', renderTable(result.findings, SECRET_COLUMNS, result.ruleTitles))
  if (result.error) out.push('', `The scan did not complete: ${result.error}`)
  if (result.outcome === 'failed' && scope === 'staged') {
    out.push(
      '',
      'The commit was stopped because the staged changes hold a secret. Remove it from the file and stage the file',
      'again (load the value from an environment variable or a secret store). A false positive? Add the fingerprint',
      "gitleaks prints with --verbose, or 'FILE:RULE:LINE', to .gitleaksignore with a comment saying why."
    )
  }
  out.push('', `SARIF: ${result.sarifPath}`)
  process.stdout.write(`${out.join('\n')}\n`)
  return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 2
}

/** Inside the repository's git folder, so a scan never leaves files that `git add -A` would pick up. */
async function defaultSarifPath(root: string): Promise<string> {
  const gitDir = (await tryGit(root, ['rev-parse', '--absolute-git-dir']))?.trim()
  return join(gitDir || join(tmpdir(), 'devsecops'), 'devsecops', 'secrets.sarif')
}
