/**
 * The official SARIF 2.1.0 schema for tests. It is reference material kept beside the checkout
 * (../shared/fixtures/sarif-schema), not part of the product; DEVSECOPS_SARIF_SCHEMA points elsewhere.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (this file is test/helpers/schema.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The reference fixtures beside the checkout: real scanner output, the schema (DEVSECOPS_FIXTURES overrides). */
export const sharedFixtures =
  process.env['DEVSECOPS_FIXTURES'] || path.resolve(repoRoot, '..', 'shared', 'fixtures')

/** Where the schema is read from. */
export function sarifSchemaPath(): string {
  return (
    process.env['DEVSECOPS_SARIF_SCHEMA'] || path.join(sharedFixtures, 'sarif-schema', 'sarif-schema-2.1.0.json')
  )
}

let cached: { file: string; schema: object } | undefined

/** The parsed schema; read once per file per test process (the validator caches its compiled form per object). */
export function loadSarifSchema(): object {
  const file = sarifSchemaPath()
  if (cached?.file !== file) cached = { file, schema: JSON.parse(readFileSync(file, 'utf8')) as object }
  return cached.schema
}
