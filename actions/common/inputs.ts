/** Input helpers shared by every action: strict parsing with errors that name the input and the allowed values. */
import * as core from '@actions/core'
import { ConfigurationError } from '../../shared/errors.js'

/** A boolean input: only YAML's true/false spellings, as core.getBooleanInput, but with our error. */
export function booleanInput(name: string): boolean {
  const raw = core.getInput(name).trim()
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE', ''].includes(raw)) return false
  throw new ConfigurationError(`Input '${name}' is '${raw}'; allowed values: true, false.`)
}
