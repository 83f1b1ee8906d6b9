/** The SCA action's inputs, keyed by their names in sca/action.yml, read and validated in one place. */
import * as core from '@actions/core'
import { join } from 'node:path'
import { parseFailOn, type FailOn } from '../../shared/sarif/severity.js'
import { booleanInput } from '../common/inputs.js'
import { parseList, parseScaScanner, type ScaScanner } from './stage.js'

export interface Inputs {
  path: string
  scanner: ScaScanner
  'vulnerability-db': string
  'db-repository': string[]
  'cache-dir': string
  'fail-on': FailOn
  'ignore-unfixed': boolean
  'new-findings-only': boolean
  base: string
  'skip-dirs': string[]
  'sarif-file': string
  'upload-sarif': boolean
  token: string
  'trivy-version': string
  'trivy-path': string
  'osv-scanner-version': string
  'osv-scanner-path': string
  'tool-mirror': string
}

export function getInputs(): Inputs {
  return {
    path: core.getInput('path') || '.',
    scanner: parseScaScanner(core.getInput('scanner')),
    'vulnerability-db': core.getInput('vulnerability-db'),
    'db-repository': parseList(core.getInput('db-repository')),
    'cache-dir': core.getInput('cache-dir'),
    'fail-on': parseFailOn(core.getInput('fail-on') || 'high'),
    'ignore-unfixed': booleanInput('ignore-unfixed'),
    'new-findings-only': booleanInput('new-findings-only'),
    base: core.getInput('base'),
    'skip-dirs': parseList(core.getInput('skip-dirs')),
    'sarif-file': core.getInput('sarif-file') || join(process.env.RUNNER_TEMP ?? '.devsecops', 'devsecops', 'sca.sarif'),
    'upload-sarif': booleanInput('upload-sarif'),
    token: core.getInput('token'),
    'trivy-version': core.getInput('trivy-version'),
    'trivy-path': core.getInput('trivy-path'),
    'osv-scanner-version': core.getInput('osv-scanner-version'),
    'osv-scanner-path': core.getInput('osv-scanner-path'),
    'tool-mirror': core.getInput('tool-mirror')
  }
}
