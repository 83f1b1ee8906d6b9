/** The all-in-one action's inputs (action.yml at the repository root). */
import * as core from '@actions/core'
import { join } from 'node:path'
import { ConfigurationError } from '../../shared/errors.js'
import { parseFailOn, type FailOn } from '../../shared/sarif/severity.js'
import { booleanInput } from '../common/inputs.js'

/** The stages this release can run in one job; the others follow in later releases. */
export const AVAILABLE_STAGES = ['secrets', 'sast'] as const
export type StageName = (typeof AVAILABLE_STAGES)[number]

export interface Inputs {
  stages: StageName[]
  path: string
  'fail-on': FailOn
  'sarif-dir': string
  'upload-sarif': boolean
  token: string
}

export function parseStages(raw: string): StageName[] {
  const names = raw.split(/[\s,]+/).map(s => s.trim().toLowerCase()).filter(Boolean)
  if (names.length === 0) throw new ConfigurationError(`Input 'stages' is empty; allowed values: ${AVAILABLE_STAGES.join(', ')}.`)
  for (const n of names) {
    if (!(AVAILABLE_STAGES as readonly string[]).includes(n)) {
      throw new ConfigurationError(`Input 'stages' names '${n}'; allowed values in this release: ${AVAILABLE_STAGES.join(', ')}.`)
    }
  }
  return [...new Set(names)] as StageName[]
}

export function getInputs(): Inputs {
  return {
    stages: parseStages(core.getInput('stages') || 'secrets'),
    path: core.getInput('path') || '.',
    'fail-on': parseFailOn(core.getInput('fail-on') || 'low'),
    'sarif-dir': core.getInput('sarif-dir') || join(process.env.RUNNER_TEMP ?? '.devsecops', 'devsecops'),
    'upload-sarif': booleanInput('upload-sarif'),
    token: core.getInput('token')
  }
}
