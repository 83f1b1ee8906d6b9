import { checkGitHubRules, validateSchema } from '../../shared/sarif/validate.js'
import type { SarifLog } from '../../shared/sarif/types.js'
import { multitoolValidate } from './multitool.js'
import { loadSarifSchema } from './schema.js'

/** Every SARIF the product writes must pass the official schema, our GitHub checks and the multitool's GitHub rules. */
export async function expectGitHubReady(sarif: string | SarifLog): Promise<void> {
  const log = (typeof sarif === 'string' ? JSON.parse(sarif) : sarif) as SarifLog
  expect(validateSchema(log, loadSarifSchema())).toEqual([])
  expect(checkGitHubRules(log)).toEqual([])
  expect(await multitoolValidate(log)).toEqual([])
}
