/**
 * Golden tests: every real Semgrep report in the shared fixtures (JSON and SARIF, old and new) in, our SARIF out.
 * Regenerate with UPDATE_GOLDEN=1 and review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSarif } from '../../shared/sarif/builder.js'
import { parseSemgrepReport } from '../../shared/scanners/semgrep-report.js'
import { fixture, repoRoot } from '../helpers/paths.js'
import { expectGitHubReady } from '../helpers/sarif.js'

const dir = fixture('semgrep')
const expectedDir = join(repoRoot, 'test', 'golden', 'semgrep')
const reports = readdirSync(dir).filter(f => !f.startsWith('.'))

describe.each(reports)('Semgrep report %s', name => {
  const parsed = parseSemgrepReport(readFileSync(join(dir, name), 'utf8'))
  const sarif = buildSarif(
    [
      {
        stage: 'sast',
        tool: { name: 'Semgrep', version: '1.185.0', informationUri: 'https://semgrep.dev' },
        rules: parsed.rules,
        findings: parsed.findings,
        invocation: { successful: parsed.errors.length === 0, errors: parsed.errors, warnings: parsed.warnings }
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

  it('gives every rule a numeric security-severity or a recommendation, and a help text', () => {
    for (const rule of sarif.runs[0].tool.driver.rules ?? []) {
      const score = rule.properties?.['security-severity']
      expect(score === undefined ? rule.properties?.['problem.severity'] : Number(score)).toBeTruthy()
      expect(rule.help?.text).toBeTruthy()
    }
  })

  it('passes the official schema and GitHub rules', async () => {
    await expectGitHubReady(sarif)
  })
})

describe('what the Semgrep reports say', () => {
  const read = (name: string) => parseSemgrepReport(readFileSync(join(dir, name), 'utf8'))

  it('drops nosemgrep-suppressed results and keeps the rest', () => {
    const r = read('semgrep-json-nosem-disabled-many-results.json')
    expect(r.suppressed).toBeGreaterThan(0)
    expect(r.findings.length + r.suppressed).toBe(28)
    expect(read('semgrep-sarif-nosemgrep-suppression-and-error.sarif').findings.length).toBeLessThanOrEqual(1)
  })

  it("separates errors from Semgrep's warnings", () => {
    const nosem = read('semgrep-json-error-invalid-nosem-id.json')
    expect(nosem.errors).toEqual([])
    expect(nosem.warnings.length).toBeGreaterThan(0)
    expect(read('semgrep-sarif-when-errors.sarif').errors).toEqual(['File not found: targets/basic/inexistent.py'])
  })

  it('maps the old real-world scan onto our severities with CWE tags', () => {
    const r = read('semgrep-v0.x-json-real-python-scan-many-vulns.json')
    expect(r.findings).toHaveLength(48)
    expect(new Set(r.findings.map(f => f.severity))).toEqual(new Set(['high', 'medium']))
    expect(r.rules.some(rule => rule.tags?.some(t => t.startsWith('external/cwe/cwe-')))).toBe(true)
  })
})
