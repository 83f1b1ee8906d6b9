/**
 * The official SARIF 2.1.0 schema for tests. It is reference material kept beside the checkout
 * (../shared/fixtures/sarif-schema), not part of the product; DEVSECOPS_SARIF_SCHEMA points elsewhere.
 */
import { readFileSync } from 'node:fs'
import { fixture } from './paths.js'

/** Where the schema is read from. */
export function sarifSchemaPath(): string {
  return process.env['DEVSECOPS_SARIF_SCHEMA'] || fixture('sarif-schema/sarif-schema-2.1.0.json')
}

let cached: { file: string; schema: object } | undefined

/** The parsed schema; read once per file per test process (the validator caches its compiled form per object). */
export function loadSarifSchema(): object {
  const file = sarifSchemaPath()
  if (cached?.file !== file) cached = { file, schema: JSON.parse(readFileSync(file, 'utf8')) as object }
  return cached.schema
}
