import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A file of the shared reference fixtures, beside the checkout (override with DEVSECOPS_FIXTURES). */
export function fixture(rel: string): string {
  return resolve(process.env.DEVSECOPS_FIXTURES ?? resolve(repoRoot, '..', 'shared', 'fixtures'), rel)
}
