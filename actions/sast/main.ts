/** The SAST action: read inputs, run the stage, publish the result. */
import { resolve } from 'node:path'
import { readEventContext } from '../../shared/git/event.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { actionsLogger } from '../common/logger.js'
import { failOnException, publish } from '../common/publish.js'
import { getInputs } from './inputs.js'
import { runSastStage } from './stage.js'

export async function run(): Promise<void> {
  const started = new Date()
  try {
    const inputs = getInputs()
    const root = resolve(process.env.GITHUB_WORKSPACE ?? '.', inputs.path)
    const result = await runSastStage({
      root,
      config: inputs.config,
      offlineFallback: inputs['offline-fallback'],
      pathsIgnore: inputs['paths-ignore'],
      newFindingsOnly: inputs['new-findings-only'],
      base: inputs.base || undefined,
      event: readEventContext(),
      failOn: inputs['fail-on'],
      onScannerError: inputs['on-scanner-error'],
      sarifPath: inputs['sarif-file'],
      scanner: scannerFor('semgrep', { path: inputs['semgrep-path'], version: inputs['semgrep-version'], logger: actionsLogger }),
      logger: actionsLogger
    })
    await publish('SAST', result, {
      upload: inputs['upload-sarif'],
      token: inputs.token,
      root,
      started,
      logger: actionsLogger,
      errorIsWarning: inputs['on-scanner-error'] === 'warn'
    })
  } catch (err) {
    failOnException('SAST', err)
  }
}
