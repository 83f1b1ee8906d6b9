/** The SAST action's inputs, keyed by their names in sast/action.yml, read and validated in one place. */
import * as core from '@actions/core'
import { join } from 'node:path'
import { parseFailOn, type FailOn } from '../../shared/sarif/severity.js'
import { DEFAULT_SEMGREP_CONFIG } from '../../shared/scanners/semgrep.js'
import { booleanInput } from '../common/inputs.js'
import { parseOnScannerError, parsePathsIgnore, type OnScannerError } from './stage.js'

export interface Inputs {
  path: string
  config: string
  'offline-fallback': boolean
  'paths-ignore': string[]
  'new-findings-only': boolean
  base: string
  'fail-on': FailOn
  'on-scanner-error': OnScannerError
  'sarif-file': string
  'upload-sarif': boolean
  token: string
  'semgrep-version': string
  'semgrep-path': string
}

export function getInputs(): Inputs {
  return {
    path: core.getInput('path') || '.',
    config: core.getInput('config') || DEFAULT_SEMGREP_CONFIG,
    'offline-fallback': booleanInput('offline-fallback'),
    'paths-ignore': parsePathsIgnore(core.getInput('paths-ignore')),
    'new-findings-only': booleanInput('new-findings-only'),
    base: core.getInput('base'),
    'fail-on': parseFailOn(core.getInput('fail-on') || 'high'),
    'on-scanner-error': parseOnScannerError(core.getInput('on-scanner-error')),
    'sarif-file': core.getInput('sarif-file') || join(process.env.RUNNER_TEMP ?? '.devsecops', 'devsecops', 'sast.sarif'),
    'upload-sarif': booleanInput('upload-sarif'),
    token: core.getInput('token'),
    'semgrep-version': core.getInput('semgrep-version'),
    'semgrep-path': core.getInput('semgrep-path')
  }
}
