/** The all-in-one action: runs the chosen stages in this job with their defaults, one gate over all of them. */
import * as core from '@actions/core'
import { join, resolve } from 'node:path'
import { readEventContext } from '../../shared/git/event.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { actionsLogger } from '../common/logger.js'
import { failOnException, publish } from '../common/publish.js'
import { DEFAULT_SEMGREP_CONFIG } from '../../shared/scanners/semgrep.js'
import { runSastStage } from '../sast/stage.js'
import { runSecretsStage } from '../secrets/stage.js'
import { getInputs } from './inputs.js'

export async function run(): Promise<void> {
  const started = new Date()
  try {
    const inputs = getInputs()
    const root = resolve(process.env.GITHUB_WORKSPACE ?? '.', inputs.path)
    for (const stage of inputs.stages) {
      // Each stage has its own SARIF category, so their uploads never replace each other.
      if (stage === 'secrets') {
        const result = await runSecretsStage({
          root,
          scope: 'auto',
          event: readEventContext(),
          failOn: inputs['fail-on'],
          sarifPath: join(inputs['sarif-dir'], 'secrets.sarif'),
          scanner: scannerFor('gitleaks', { logger: actionsLogger }),
          logger: actionsLogger
        })
        await publish('Secrets', result, { upload: inputs['upload-sarif'], token: inputs.token, root, started, logger: actionsLogger })
      } else if (stage === 'sast') {
        const result = await runSastStage({
          root,
          config: DEFAULT_SEMGREP_CONFIG,
          offlineFallback: true,
          pathsIgnore: [],
          newFindingsOnly: true,
          event: readEventContext(),
          failOn: inputs['fail-on'],
          onScannerError: 'fail',
          sarifPath: join(inputs['sarif-dir'], 'sast.sarif'),
          scanner: scannerFor('semgrep', { logger: actionsLogger }),
          logger: actionsLogger
        })
        await publish('SAST', result, { upload: inputs['upload-sarif'], token: inputs.token, root, started, logger: actionsLogger })
      }
    }
    core.setOutput('sarif-dir', inputs['sarif-dir'])
  } catch (err) {
    failOnException('devsecops', err)
  }
}
