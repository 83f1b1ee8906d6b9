import { buildSarif, category, encodePath, IDENTITY_KEY } from '../../shared/sarif/builder.js'
import type { ScanRun } from '../../shared/sarif/model.js'

const run = (over: Partial<ScanRun> = {}): ScanRun => ({
  stage: 'secrets',
  tool: { name: 'gitleaks', version: '8.30.1', informationUri: 'https://example.invalid/gitleaks' },
  rules: [
    {
      id: 'aws-access-token',
      title: 'AWS access token',
      description: 'x'.repeat(2000),
      helpText: 'Rotate it.',
      tags: Array.from({ length: 15 }, (_, i) => `t${i}`),
      severity: 'critical'
    }
  ],
  findings: [
    {
      ruleId: 'aws-access-token',
      message: 'found',
      severity: 'critical',
      location: { path: './src/a b.js', startLine: 0, startColumn: 5, endColumn: 3 },
      identity: ['aws-access-token', 'src/a b.js', 'c1', '3']
    },
    { ruleId: 'unknown-rule', message: 'm', severity: 'info', location: { path: 'x.txt', startLine: 2 }, identity: ['u'] }
  ],
  invocation: { successful: false, exitCode: 1, errors: ['it broke'], warnings: ['careful'] },
  ...over
})

describe('buildSarif', () => {
  const log = buildSarif([run()], { checkoutRoot: '/src/repo', omitTimes: true })
  const r = log.runs[0]

  it('sets the category, tool and a base URI for %SRCROOT%', () => {
    expect(r.automationDetails?.id).toBe(category('secrets'))
    expect(r.automationDetails?.id).toBe('devsecops/secrets/')
    expect(r.tool.driver).toMatchObject({ name: 'gitleaks', version: '8.30.1', semanticVersion: '8.30.1' })
    expect(r.originalUriBaseIds?.['%SRCROOT%'].uri).toBe('file:///src/repo/')
  })

  it('writes complete rules within GitHub limits, with a numeric security-severity', () => {
    const rule = r.tool.driver.rules![0]
    expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024)
    expect((rule.properties!.tags as string[]).length).toBe(10)
    expect((rule.properties!.tags as string[])[0]).toBe('security')
    expect(rule.properties!['security-severity']).toBe('9.5')
    expect(rule.help!.text).toBe('Rotate it.')
    // A rule the scanner did not describe still gets a complete descriptor; info is a recommendation.
    const stub = r.tool.driver.rules![1]
    expect(stub.id).toBe('unknown-rule')
    expect(stub.help?.text).toBeTruthy()
    expect(stub.properties!['problem.severity']).toBe('recommendation')
    expect(stub.properties!['security-severity']).toBeUndefined()
  })

  it('keeps regions valid and URIs relative and encoded', () => {
    const loc = r.results![0].locations![0].physicalLocation!
    expect(loc.artifactLocation).toEqual({ uri: 'src/a%20b.js', uriBaseId: '%SRCROOT%' })
    expect(loc.region).toEqual({ startLine: 1, startColumn: 5 })
    expect(r.results![1].ruleIndex).toBe(1)
    expect(r.results![0].partialFingerprints![IDENTITY_KEY]).toMatch(/^[0-9a-f]{32}$/)
  })

  it('records whether the scanner succeeded, with its errors as notifications', () => {
    expect(r.invocations![0]).toEqual({
      executionSuccessful: false,
      exitCode: 1,
      toolExecutionNotifications: [
        { level: 'error', message: { text: 'it broke' } },
        { level: 'warning', message: { text: 'careful' } }
      ]
    })
  })

  it('encodes paths safely', () => {
    expect(encodePath('a\\b\\c#1.js')).toBe('a/b/c%231.js')
    expect(encodePath('/abs/x@1+2.txt')).toBe('abs/x@1+2.txt')
  })
})
