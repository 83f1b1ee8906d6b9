/** `devsecops sast`: the SAST stage in a terminal; its flags mirror the action's inputs. */
import { resolve } from 'node:path'
import { parseOnScannerError, parsePathsIgnore, runSastStage, SAST_COLUMNS } from '../actions/sast/stage.js'
import { readEventContext } from '../shared/git/event.js'
import type { Logger } from '../shared/log.js'
import { parseFailOn } from '../shared/sarif/severity.js'
import { DEFAULT_SEMGREP_CONFIG } from '../shared/scanners/semgrep.js'
import { scannerFor } from '../shared/scanners/install.js'
import { booleanFlag } from './flags.js'
import type { Parsed } from './main.js'
import { defaultSarifPath, exitCode, report } from './output.js'

export async function sastCommand(p: Parsed, logger: Logger): Promise<number> {
  const v = p.values as Record<string, string | undefined>
  const root = resolve(p.positionals[0] ?? '.')
  const result = await runSastStage({
    root,
    config: v.config ?? DEFAULT_SEMGREP_CONFIG,
    offlineFallback: booleanFlag(v['offline-fallback'], 'offline-fallback', true),
    pathsIgnore: parsePathsIgnore(v['paths-ignore'] ?? ''),
    newFindingsOnly: booleanFlag(v['new-findings-only'], 'new-findings-only', true),
    base: v.base,
    event: readEventContext(),
    failOn: parseFailOn(v['fail-on'] ?? 'high', '--fail-on'),
    onScannerError: parseOnScannerError(v['on-scanner-error'] ?? 'fail'),
    sarifPath: v.sarif ? resolve(v.sarif) : await defaultSarifPath(root, 'sast'),
    scanner: scannerFor('semgrep', { path: v['semgrep-path'], logger }),
    logger
  })
  report('sast', result, SAST_COLUMNS, { summary: v.summary })
  if (result.outcome === 'error' && v['on-scanner-error'] === 'warn') return 0
  return exitCode(result)
}
