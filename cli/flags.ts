/** Flag helpers shared by the `devsecops` commands. */
import { ConfigurationError } from '../shared/errors.js'

/** A true/false flag: absent means `fallback`; anything but true/false names the flag and the allowed values. */
export function booleanFlag(value: string | boolean | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (value === true || value === 'true') return true
  if (value === 'false') return false
  throw new ConfigurationError(`Option '--${name}' is '${String(value)}'; allowed values: true, false.`)
}
