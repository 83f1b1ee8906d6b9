/** The last steps before a SARIF log is written: GitHub-compatible fingerprints, then GitHub's limits. */
import type { Logger } from '../log.js'
import { addFingerprints } from './fingerprint-files.js'
import { enforceLimits } from './limits.js'
import type { SarifLog } from './types.js'

export async function finalizeSarif(log: SarifLog, checkoutRoot: string, logger: Logger): Promise<SarifLog> {
  const fp = await addFingerprints(log, checkoutRoot, logger)
  logger.debug(`Fingerprinted ${fp.added} result(s); ${fp.missingFiles.length} file(s) not in the checkout.`)
  return enforceLimits(log, logger)
}
