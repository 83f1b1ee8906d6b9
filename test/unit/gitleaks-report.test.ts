import { readFileSync } from 'node:fs'
import { parseGitleaksReport } from '../../shared/scanners/gitleaks-report.js'
import { fixture } from '../helpers/paths.js'

describe('parseGitleaksReport', () => {
  it('reads v8 JSON without copying secrets, authors or e-mails into findings', () => {
    const r = parseGitleaksReport(readFileSync(fixture('gitleaks/gitleaks-v8-json_simple.json'), 'utf8'))
    expect(r.format).toBe('v8-json')
    expect(r.findings).toHaveLength(1)
    const text = JSON.stringify(r.findings)
    for (const s of ['a secret', 'line containing secret', 'johndoe@gmail.com', 'John Doe']) expect(text).not.toContain(s)
    expect(r.sensitive).toEqual(expect.arrayContaining(['a secret', 'johndoe@gmail.com']))
    expect(r.findings[0].location).toMatchObject({ path: 'auth.py', startLine: 1, endLine: 2 })
  })

  it('reads the CSV, v7 JSON and both SARIF generations', () => {
    expect(parseGitleaksReport(readFileSync(fixture('gitleaks/gitleaks-v8-csv_simple.csv'), 'utf8')).findings).toHaveLength(1)
    const v7 = parseGitleaksReport(readFileSync(fixture('gitleaks/gitleaks-v7-basic-results.json'), 'utf8'))
    expect(v7.findings.map(f => f.ruleId)).toEqual(['aws-access-key', 'aws-access-key', 'aws-secret-key'])
    expect(v7.findings.every(f => f.severity === 'critical')).toBe(true)
    const v7s = parseGitleaksReport(readFileSync(fixture('gitleaks/gitleaks-v7.4.0-sarif-real-scan-no-ruleId.sarif'), 'utf8'))
    expect(v7s.format).toBe('v7-sarif')
    expect(v7s.findings).toHaveLength(8)
    expect(JSON.stringify(v7s.findings)).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}/i)
    const v818 = parseGitleaksReport(readFileSync(fixture('gitleaks/gitleaks-v8.18-sarif_simple-with-rule-names-and-regex.sarif'), 'utf8'))
    expect(v818.format).toBe('v8-sarif')
  })

  it('treats an empty list as no findings and garbage as a scanner error', () => {
    expect(parseGitleaksReport('[]').findings).toEqual([])
    expect(parseGitleaksReport('').format).toBe('empty')
    expect(() => parseGitleaksReport('{"nope": 1')).toThrow(/not valid JSON/)
    expect(() => parseGitleaksReport('[{"x":1}]')).toThrow(/neither RuleID/)
  })
})
