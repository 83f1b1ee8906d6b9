/** The secrets action's inputs, keyed by their names in secrets/action.yml, read and validated in one place. */
import * as core from '@actions/core'
import { join } from 'node:path'
import { parseScope, type ScopeInput } from '../../shared/git/scope.js'
import { parseFailOn, type FailOn } from '../../shared/sarif/severity.js'
import { booleanInput } from '../common/inputs.js'

export interface Inputs {
  path: string
  scope: ScopeInput
  base: string
  config: string
  'fail-on': FailOn
  'sarif-file': string
  'upload-sarif': boolean
  token: string
  'gitleaks-version': string
  'gitleaks-checksum': string
  'gitleaks-path': string
  'tool-mirror': string
}

export function getInputs(): Inputs {
  return {
    path: core.getInput('path') || '.',
    scope: parseScope(core.getInput('scope')),
    base: core.getInput('base'),
    config: core.getInput('config'),
    'fail-on': parseFailOn(core.getInput('fail-on') || 'low'),
    'sarif-file': core.getInput('sarif-file') || join(process.env.RUNNER_TEMP ?? '.devsecops', 'devsecops', 'secrets.sarif'),
    'upload-sarif': booleanInput('upload-sarif'),
    token: core.getInput('token'),
    'gitleaks-version': core.getInput('gitleaks-version'),
    'gitleaks-checksum': core.getInput('gitleaks-checksum'),
    'gitleaks-path': core.getInput('gitleaks-path'),
    'tool-mirror': core.getInput('tool-mirror')
  }
}
