/** The secrets action: read inputs, run the stage, publish the result. */
import { resolve } from 'node:path'
import { actionsLogger } from '../common/logger.js'
import { readEventContext } from '../../shared/git/event.js'
import { failOnException, publish } from '../common/publish.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { getInputs } from './inputs.js'
import { runSecretsStage } from './stage.js'

export async function run(): Promise<void> {
  const started = new Date()
  try {
    const inputs = getInputs()
    const root = resolve(process.env.GITHUB_WORKSPACE ?? '.', inputs.path)
    const result = await runSecretsStage({
      root,
      scope: inputs.scope,
      base: inputs.base || undefined,
      event: readEventContext(),
      config: inputs.config || undefined,
      failOn: inputs['fail-on'],
      sarifPath: inputs['sarif-file'],
      scanner: scannerFor('gitleaks', {
        path: inputs['gitleaks-path'],
        version: inputs['gitleaks-version'],
        checksum: inputs['gitleaks-checksum'],
        mirror: inputs['tool-mirror'],
        logger: actionsLogger
      }),
      logger: actionsLogger
    })
    await publish('Secrets', result, { upload: inputs['upload-sarif'], token: inputs.token, root, started, logger: actionsLogger })
  } catch (err) {
    failOnException('Secrets', err)
  }
}
