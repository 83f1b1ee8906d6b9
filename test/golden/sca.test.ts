/**
 * Golden tests: every real Trivy and OSV-Scanner report in the shared fixtures (JSON, legacy JSON and SARIF) in, our
 * SARIF out. Regenerate with UPDATE_GOLDEN=1 and review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSarif } from '../../shared/sarif/builder.js'
import type { ScanRun } from '../../shared/sarif/model.js'
import { parseOsvReport } from '../../shared/scanners/osv-report.js'
import { parseTrivyReport } from '../../shared/scanners/trivy-report.js'
import { toFindings } from '../../shared/sca/vulnerability.js'
import { fixture, repoRoot } from '../helpers/paths.js'
import { expectGitHubReady } from '../helpers/sarif.js'

function runFor(tool: 'trivy' | 'osv-scanner', text: string): ScanRun {
  if (tool === 'trivy') {
    const r = parseTrivyReport(text)
    const v = toFindings(r.vulnerabilities)
    return {
      stage: 'sca',
      tool: { name: 'Trivy', version: '0.74.0', informationUri: 'https://trivy.dev' },
      rules: [...v.rules, ...r.misconfigurations.rules],
      findings: [...v.findings, ...r.misconfigurations.findings],
      invocation: { successful: r.errors.length === 0, errors: r.errors, warnings: r.warnings }
    }
  }
  const r = parseOsvReport(text, { root: '/path/to' })
  const v = toFindings(r.vulnerabilities)
  return {
    stage: 'sca',
    tool: { name: 'OSV-Scanner', version: '2.5.0', informationUri: 'https://google.github.io/osv-scanner/' },
    rules: v.rules,
    findings: v.findings,
    invocation: { successful: r.errors.length === 0, errors: r.errors, warnings: r.warnings }
  }
}

describe.each(['trivy', 'osv-scanner'] as const)('%s reports', tool => {
  const dir = fixture(tool)
  const reports = readdirSync(dir).filter(f => !f.startsWith('.'))
  describe.each(reports)('%s', name => {
    const sarif = buildSarif([runFor(tool, readFileSync(join(dir, name), 'utf8'))], { omitTimes: true })
    const text = `${JSON.stringify(sarif, null, 2)}\n`
    // The report's own extension stays in the name: a scan's JSON and SARIF reports are separate inputs.
    const expectedFile = join(repoRoot, 'test', 'golden', tool, `${name.replace(/\.golden$/, '')}.expected.sarif`)

    it('matches the expected SARIF', () => {
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, text)
      if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run the tests once with UPDATE_GOLDEN=1 and review it`)
      expect(text).toBe(readFileSync(expectedFile, 'utf8'))
    })

    it('gives every rule a numeric security-severity and a help text', () => {
      for (const rule of sarif.runs[0].tool.driver.rules ?? []) {
        expect(Number(rule.properties?.['security-severity'])).toBeGreaterThan(0)
        expect(rule.help?.text).toBeTruthy()
      }
    })

    it('passes the official schema and GitHub rules', async () => {
      await expectGitHubReady(sarif)
    })
  })
})

describe('what the Trivy reports say', () => {
  const read = (name: string) => parseTrivyReport(readFileSync(fixture(join('trivy', name)), 'utf8'))

  it('points an npm vulnerability at the lockfile line Trivy gives, with the fix', () => {
    const r = read('trivy-fs-npm.json.golden')
    expect(r.vulnerabilities).toHaveLength(1)
    const v = r.vulnerabilities[0]
    expect(v).toMatchObject({ id: 'CVE-2019-11358', package: 'jquery', installed: '3.3.9', fixed: ['3.4.0'], path: 'package-lock.json' })
    expect(v.startLine).toBeGreaterThan(1)
    expect(v.aliases).toContain('GHSA-6c3j-c64m-qhgq')
    const { findings } = toFindings(r.vulnerabilities)
    expect(findings[0].severity).toBe('medium')
    expect(findings[0].message).toContain('Upgrade jquery to 3.4.0 or later')
  })

  it('reads the JSON and the SARIF of the same image scan alike, on a stand-in file', () => {
    const json = read('trivy-image-alpine-310.json.golden').vulnerabilities
    const sarif = read('trivy-image-alpine-310.sarif.golden').vulnerabilities
    const key = (v: { id: string; package: string; installed: string; fixed: string[] }) => `${v.id} ${v.package} ${v.installed} ${v.fixed.join()}`
    expect(sarif.map(key).sort()).toEqual(json.map(key).sort())
    expect(json.every(v => v.standIn && v.path === 'Dockerfile' && v.subject?.includes('alpine'))).toBe(true)
  })

  it('reads the legacy array format', () => {
    const r = read('trivy-legacy-pre-v0.20-image-alpine-310-array-format.json.golden')
    expect(r.format).toBe('legacy-json')
    expect(r.vulnerabilities).toHaveLength(8)
  })

  it('reads config scans as misconfigurations on the resource lines, JSON and SARIF alike', () => {
    const json = read('trivy-v0.72.0-config-terraform-report.json').misconfigurations.findings
    const sarif = read('trivy-v0.72.0-config-terraform-report.sarif').misconfigurations.findings
    expect(json).toHaveLength(8)
    expect(sarif).toHaveLength(8)
    expect(json.map(f => f.ruleId).sort()).toEqual(sarif.map(f => f.ruleId).sort())
    expect(json.every(f => f.location.path === 'main.tf' && (f.location.startLine ?? 0) >= 1)).toBe(true)
  })

  it('rejects what is not a Trivy report, by name', () => {
    expect(() => parseTrivyReport('{"results": []}')).toThrow(/not a Trivy JSON or SARIF report/)
    expect(() => parseTrivyReport('{"Results": [')).toThrow(/Trivy report is not valid JSON/)
  })
})

describe('what the OSV-Scanner reports say', () => {
  const read = (name: string) => parseOsvReport(readFileSync(fixture(join('osv-scanner', name)), 'utf8'), { root: '/path/to' })

  it('gives one finding per group of records, named by its CVE, with the others as aliases', () => {
    const r = read('osv-scanner-json-test-vuln-results-a.json')
    const regex = r.vulnerabilities.filter(v => v.package === 'regex')
    expect(regex).toHaveLength(1)
    expect(regex[0].id).toBe('CVE-2022-24713')
    expect(regex[0].aliases).toEqual(expect.arrayContaining(['GHSA-m5pq-gvj9-9vr8', 'RUSTSEC-2022-0013']))
    expect(regex[0].fixed).toEqual(['1.5.5'])
    expect(r.sources.map(s => s.path).sort()).toEqual(['go.mod', 'sub-rust-project/Cargo.lock'])
  })

  it('reads the JSON and the SARIF of the same scan alike', () => {
    const json = read('osv-scanner-json-test-vuln-results-a.json').vulnerabilities
    const sarif = read('osv-scanner-sarif-from-test-vuln-results-a.sarif').vulnerabilities
    const key = (v: { id: string; package: string; installed: string; fixed: string[]; path: string }) => `${v.id} ${v.package} ${v.installed} ${v.fixed.join()} ${v.path}`
    expect(sarif.map(key).sort()).toEqual(json.map(key).sort())
  })

  it('takes the severity from the advisory, not the SARIF level', () => {
    const r = read('osv-scanner-v2.5-cli-sarif-with-vulns.sarif')
    const { findings } = toFindings(r.vulnerabilities)
    expect(findings).toHaveLength(1)
    expect(findings[0].severity).toBe('high')
  })

  it('reads empty reports as no findings', () => {
    expect(read('osv-scanner-json-results-empty.json').vulnerabilities).toEqual([])
    expect(read('osv-scanner-v2.5-cli-sarif-empty.sarif').vulnerabilities).toEqual([])
  })

  it('rejects what is not an OSV-Scanner report, by name', () => {
    expect(() => parseOsvReport('{"Results": []}')).toThrow(/not an OSV-Scanner JSON or SARIF report/)
  })
})
