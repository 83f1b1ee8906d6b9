/** `devsecops sca`: the SCA stage in a terminal; its flags mirror the action's inputs. */
import { resolve } from 'node:path'
import { parseList, parseScaScanner, runScaStage, SCA_COLUMNS } from '../actions/sca/stage.js'
import { readEventContext } from '../shared/git/event.js'
import type { Logger } from '../shared/log.js'
import { parseFailOn } from '../shared/sarif/severity.js'
import { scannerFor } from '../shared/scanners/install.js'
import { booleanFlag } from './flags.js'
import type { Parsed } from './main.js'
import { defaultSarifPath, exitCode, report } from './output.js'

export async function scaCommand(p: Parsed, logger: Logger): Promise<number> {
  const v = p.values as Record<string, string | undefined>
  const root = resolve(p.positionals[0] ?? '.')
  const result = await runScaStage({
    root,
    scanner: parseScaScanner(v.scanner ?? 'trivy', '--scanner'),
    vulnerabilityDb: v['vulnerability-db'] ? resolve(v['vulnerability-db']) : undefined,
    dbRepositories: parseList(v['db-repository'] ?? ''),
    cacheDir: v['cache-dir'] ? resolve(v['cache-dir']) : undefined,
    failOn: parseFailOn(v['fail-on'] ?? 'high', '--fail-on'),
    ignoreUnfixed: booleanFlag(v['ignore-unfixed'], 'ignore-unfixed', false),
    newFindingsOnly: booleanFlag(v['new-findings-only'], 'new-findings-only', true),
    base: v.base,
    event: readEventContext(),
    skipDirs: parseList(v['skip-dirs'] ?? ''),
    sarifPath: v.sarif ? resolve(v.sarif) : await defaultSarifPath(root, 'sca'),
    tools: {
      trivy: scannerFor('trivy', { path: v['trivy-path'], logger }),
      'osv-scanner': scannerFor('osv-scanner', { path: v['osv-scanner-path'], logger }),
      'trivy-db': scannerFor('trivy-db', { logger })
    },
    logger
  })
  report('sca', result, SCA_COLUMNS, { summary: v.summary })
  return exitCode(result)
}
