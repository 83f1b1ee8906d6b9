import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The reference fixtures (real scanner reports, the SARIF schema) kept beside the checkout in ../shared/fixtures, not
 * in this repository's own shared/ library; DEVSECOPS_FIXTURES points elsewhere.
 */
export const sharedFixtures = process.env.DEVSECOPS_FIXTURES || resolve(repoRoot, '..', 'shared', 'fixtures')

/** A file of the reference fixtures; a clear error when the folder is not there. */
export function fixture(rel: string): string {
  if (!existsSync(sharedFixtures)) {
    throw new Error(`The reference fixtures are not at ${sharedFixtures}: put shared/ beside the checkout or set DEVSECOPS_FIXTURES=DIR.`)
  }
  return resolve(sharedFixtures, rel)
}
