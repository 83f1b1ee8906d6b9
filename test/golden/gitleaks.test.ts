/**
 * Golden tests: every real gitleaks report in the shared fixtures in, our SARIF out. The expected files are
 * regenerated with UPDATE_GOLDEN=1 and reviewed like code; each one must pass the official schema, our GitHub
 * checks and the SARIF multitool's GitHub rules.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSarif } from '../../shared/sarif/builder.js'
import { checkGitHubRules, validateSchema } from '../../shared/sarif/validate.js'
import { parseGitleaksReport } from '../../shared/scanners/gitleaks-report.js'
import { multitoolValidate } from '../helpers/multitool.js'
import { fixture, repoRoot } from '../helpers/paths.js'
import { loadSarifSchema } from '../helpers/schema.js'

const dir = fixture('gitleaks')
const expectedDir = join(repoRoot, 'test', 'golden', 'gitleaks')
const reports = readdirSync(dir).filter(f => !f.startsWith('.'))

describe.each(reports)('gitleaks report %s', name => {
  const input = readFileSync(join(dir, name), 'utf8')
  const parsed = parseGitleaksReport(input)
  const sarif = buildSarif(
    [
      {
        stage: 'secrets',
        tool: { name: 'gitleaks', version: '8.30.1', informationUri: 'https://github.com/gitleaks/gitleaks' },
        rules: parsed.rules,
        findings: parsed.findings,
        invocation: { successful: true, exitCode: parsed.findings.length > 0 ? 42 : 0, errors: [], warnings: [] }
      }
    ],
    { omitTimes: true }
  )
  const text = `${JSON.stringify(sarif, null, 2)}\n`
  const expectedFile = join(expectedDir, `${name.replace(/\.[a-z]+$/, '')}.expected.sarif`)

  it('matches the expected SARIF', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, text)
    if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run the tests once with UPDATE_GOLDEN=1 and review it`)
    expect(text).toBe(readFileSync(expectedFile, 'utf8'))
  })

  it('never carries a secret, matched line, author or e-mail', () => {
    // Rule texts are ours and fixed; everything that comes from a report lives in the results.
    const results = JSON.stringify(sarif.runs.map(r => r.results))
    for (const s of parsed.sensitive.filter(v => v.length >= 4)) expect(results).not.toContain(s)
    expect(text).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/)
  })

  it('passes the official schema and GitHub rules', async () => {
    expect(validateSchema(sarif, loadSarifSchema())).toEqual([])
    expect(checkGitHubRules(sarif)).toEqual([])
    expect(await multitoolValidate(sarif)).toEqual([])
  })
})
