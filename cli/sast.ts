/** `devsecops sast`: the SAST stage in a terminal; its flags mirror the action's inputs. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseOnScannerError, parsePathsIgnore, runSastStage, SAST_COLUMNS } from '../actions/sast/stage.js'
import { readEventContext } from '../shared/git/event.js'
import { tryGit } from '../shared/git/git.js'
import type { Logger } from '../shared/log.js'
import { renderTable } from '../shared/report/table.js'
import { parseFailOn } from '../shared/sarif/severity.js'
import { DEFAULT_SEMGREP_CONFIG } from '../shared/scanners/semgrep.js'
import { scannerFor } from '../shared/scanners/install.js'
import { ConfigurationError } from '../shared/errors.js'
import type { Parsed } from './main.js'

function flag(value: string | boolean | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (value === true || value === 'true') return true
  if (value === 'false') return false
  throw new ConfigurationError(`Option '--${name}' is '${String(value)}'; allowed values: true, false.`)
}

export async function sastCommand(p: Parsed, logger: Logger): Promise<number> {
  const v = p.values as Record<string, string | undefined>
  const root = resolve(p.positionals[0] ?? '.')
  const gitDir = (await tryGit(root, ['rev-parse', '--absolute-git-dir']))?.trim()
  const result = await runSastStage({
    root,
    config: v.config ?? DEFAULT_SEMGREP_CONFIG,
    offlineFallback: flag(v['offline-fallback'], 'offline-fallback', true),
    pathsIgnore: parsePathsIgnore(v['paths-ignore'] ?? ''),
    newFindingsOnly: flag(v['new-findings-only'], 'new-findings-only', true),
    base: v.base,
    event: readEventContext(),
    failOn: parseFailOn(v['fail-on'] ?? 'high', '--fail-on'),
    onScannerError: parseOnScannerError(v['on-scanner-error'] ?? 'fail'),
    sarifPath: v.sarif ? resolve(v.sarif) : join(gitDir || join(tmpdir(), 'devsecops'), 'devsecops', 'sast.sarif'),
    scanner: scannerFor('semgrep', { path: v['semgrep-path'], logger }),
    logger
  })
  if (v.summary) {
    mkdirSync(dirname(resolve(v.summary)), { recursive: true })
    writeFileSync(resolve(v.summary), result.summary)
  }
  const out: string[] = []
  const word = result.outcome === 'passed' ? 'PASSED' : result.outcome === 'failed' ? 'FAILED' : 'ERROR'
  out.push(`sast: ${word}: ${result.decision.reason}`)
  if (result.findings.length > 0) out.push('', renderTable(result.findings, SAST_COLUMNS, result.ruleTitles))
  if (result.error) out.push('', `The scan did not complete: ${result.error}`)
  for (const w of result.warnings) out.push('', `warning: ${w}`)
  out.push('', `SARIF: ${result.sarifPath}`)
  process.stdout.write(`${out.join('\n')}\n`)
  if (result.outcome === 'error' && v['on-scanner-error'] === 'warn') return 0
  return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 2
}
