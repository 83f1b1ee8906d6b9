/** The SCA action: read inputs, run the stage, publish the result. */
import { resolve } from 'node:path'
import { readEventContext } from '../../shared/git/event.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { actionsLogger } from '../common/logger.js'
import { failOnException, publish } from '../common/publish.js'
import { getInputs } from './inputs.js'
import { runScaStage } from './stage.js'

export async function run(): Promise<void> {
  const started = new Date()
  try {
    const inputs = getInputs()
    const root = resolve(process.env.GITHUB_WORKSPACE ?? '.', inputs.path)
    const mirror = inputs['tool-mirror']
    const result = await runScaStage({
      root,
      scanner: inputs.scanner,
      vulnerabilityDb: inputs['vulnerability-db'] || undefined,
      dbRepositories: inputs['db-repository'],
      cacheDir: inputs['cache-dir'] || undefined,
      failOn: inputs['fail-on'],
      ignoreUnfixed: inputs['ignore-unfixed'],
      newFindingsOnly: inputs['new-findings-only'],
      base: inputs.base || undefined,
      event: readEventContext(),
      skipDirs: inputs['skip-dirs'],
      sarifPath: inputs['sarif-file'],
      tools: {
        trivy: scannerFor('trivy', { path: inputs['trivy-path'], version: inputs['trivy-version'], mirror, logger: actionsLogger }),
        'osv-scanner': scannerFor('osv-scanner', { path: inputs['osv-scanner-path'], version: inputs['osv-scanner-version'], mirror, logger: actionsLogger }),
        'trivy-db': scannerFor('trivy-db', { logger: actionsLogger })
      },
      logger: actionsLogger
    })
    await publish('SCA', result, { upload: inputs['upload-sarif'], token: inputs.token, root, started, logger: actionsLogger })
  } catch (err) {
    failOnException('SCA', err)
  }
}
