import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkGitHubRules, validateSchema } from '../../shared/sarif/validate.js'
import type { ReportingDescriptor, SarifLog, SarifResult, SarifRun } from '../../shared/sarif/types.js'
import { multitoolValidate } from '../helpers/multitool.js'
import { sharedFixtures } from '../helpers/paths.js'
import { loadSarifSchema } from '../helpers/schema.js'

const fixture = (file: string): SarifLog =>
  JSON.parse(readFileSync(path.join(sharedFixtures, file), 'utf8')) as SarifLog

function rule(id: string, extra: Partial<ReportingDescriptor> = {}): ReportingDescriptor {
  return {
    id,
    name: 'ExampleRule',
    shortDescription: { text: 'Short' },
    fullDescription: { text: 'Full description.' },
    help: { text: 'Fix it.', markdown: '**Fix it.**' },
    properties: { tags: ['security'], 'security-severity': '8.0' },
    ...extra
  }
}

function result(extra: Partial<SarifResult> = {}): SarifResult {
  return {
    ruleId: 'r1',
    ruleIndex: 0,
    level: 'error',
    message: { text: 'Something was found.' },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: 'src/app.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } }
      }
    ],
    ...extra
  }
}

function run(extra: Partial<SarifRun> = {}): SarifRun {
  return {
    tool: { driver: { name: 'Example', version: '1.0.0', informationUri: 'https://example.com', rules: [rule('r1')] } },
    automationDetails: { id: 'devsecops/example/' },
    originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///home/runner/work/repo/' } },
    results: [result()],
    ...extra
  }
}

function log(...runs: SarifRun[]): SarifLog {
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }
}

describe('validateSchema', () => {
  const schema = loadSarifSchema()

  it('accepts a well-formed log and real scanner output', () => {
    expect(validateSchema(log(run()), schema)).toEqual([])
    expect(validateSchema(fixture('osv-scanner/osv-scanner-v2.5-cli-sarif-empty.sarif'), schema)).toEqual([])
    expect(validateSchema(fixture('semgrep/semgrep-sarif-dataflow-traces.sarif'), schema)).toEqual([])
    expect(validateSchema(fixture('trivy/trivy-image-alpine-310.sarif.golden'), schema)).toEqual([])
  })

  it('reports the path and the problem', () => {
    const bad = {
      version: '2.1.0',
      extra: true,
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }]
    }
    const errors = validateSchema(bad, schema)
    expect(errors).toContain('/: must NOT have additional properties ("extra")')
    const level = '/runs/0/results/0/level: must be equal to one of the allowed values ('
    expect(errors.some(e => e.startsWith(level))).toBe(true)
  })

  it('checks region lines, URIs and timestamps', () => {
    const errors = validateSchema(
      log(
        run({
          results: [
            result({
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'src/my file.js' }, region: { startLine: 0 } } }
              ]
            })
          ],
          invocations: [{ executionSuccessful: true, startTimeUtc: 'yesterday' }]
        })
      ),
      schema
    )
    expect(errors).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/locations/0/physicalLocation/region/startLine: must be >= 1',
        '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri: must match format "uri-reference"',
        '/runs/0/invocations/0/startTimeUtc: must match format "date-time"'
      ])
    )
    expect(validateSchema(fixture('osv-scanner/osv-scanner-v2.5-cli-sarif-with-vulns.sarif'), schema)).toContain(
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri: must match format "uri-reference"'
    )
  })
})

describe('checkGitHubRules', () => {
  it('accepts a log GitHub takes', () => {
    expect(checkGitHubRules(log(run()))).toEqual([])
    expect(checkGitHubRules(fixture('checkov/checkov-v3.2.425-sarif-terraform-384-rules-3-results.sarif'))).toEqual([])
  })

  it('requires complete rules within the length and tag limits', () => {
    const rules = [
      rule('r1', { name: 'n'.repeat(256), help: undefined }),
      rule('r2', { shortDescription: undefined, fullDescription: { text: 'x'.repeat(1025) } }),
      rule('r3', { properties: { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } })
    ]
    const problems = checkGitHubRules(log(run({ tool: { driver: { name: 'Example', rules } } })))
    expect(problems).toEqual([
      'runs[0].tool.driver.rules[0]: name is over 255 characters',
      'runs[0].tool.driver.rules[0]: help.text is missing',
      'runs[0].tool.driver.rules[1]: shortDescription.text is missing',
      'runs[0].tool.driver.rules[1]: fullDescription.text is over 1024 characters',
      'runs[0].tool.driver.rules[2]: 21 tags, over 20'
    ])
  })

  it.each([['9.5', true], ['10', true], ['10.0', true], ['0', false], ['10.5', false], ['high', false], ['', false]])(
    'security-severity %j accepted: %s',
    (value, ok) => {
      const rules = [rule('r1', { properties: { 'security-severity': value } })]
      const problems = checkGitHubRules(log(run({ tool: { driver: { name: 'E', rules } } })))
      expect(problems.length === 0).toBe(ok)
    }
  )

  it('rejects a security-severity that is a JSON number', () => {
    const rules = [rule('r1', { properties: { 'security-severity': 8 } })]
    expect(checkGitHubRules(log(run({ tool: { driver: { name: 'E', rules } } })))).toEqual([
      'runs[0].tool.driver.rules[0].properties: security-severity 8 is not a number in (0, 10]'
    ])
  })

  it('requires a file location, a start line and a message on every result', () => {
    const results = [
      result({ locations: [] }),
      result({ locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: {} } }] }),
      result({ locations: [{ physicalLocation: { artifactLocation: { uri: 'https://example.com/x' } } }] }),
      result({ message: { text: '' }, ruleId: undefined, ruleIndex: undefined }),
      result({ ruleIndex: 4 })
    ]
    expect(checkGitHubRules(log(run({ results })))).toEqual([
      'runs[0].results[0]: locations[0].physicalLocation.artifactLocation.uri is missing',
      'runs[0].results[1].locations[0]: region.startLine must be an integer >= 1',
      'runs[0].results[2].locations[0]: URI "https://example.com/x" must be relative or file://',
      'runs[0].results[3]: message.text is missing',
      'runs[0].results[3]: ruleId is missing',
      "runs[0].results[4]: ruleIndex 4 is not an index into the run's rules"
    ])
  })

  it('enforces the counts GitHub limits', () => {
    const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))
    const location = { physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 1 } } }
    const runs = many(21, i => run({ automationDetails: { id: `devsecops/c${i}/` } }))
    runs[0] = run({
      tool: { driver: { name: 'Example', rules: many(25_001, i => rule(`r${i}`)) } },
      results: [
        ...many(25_000, () => result()),
        result({
          locations: many(1_001, () => location),
          codeFlows: [{ threadFlows: [{ locations: many(10_001, () => ({ location })) }] }]
        })
      ]
    })
    expect(checkGitHubRules(log(...runs))).toEqual([
      '21 runs: GitHub accepts at most 20 per file',
      'runs[0]: 25001 results, over 25000',
      'runs[0]: 25001 rules, over 25000',
      'runs[0].results[25000]: 1001 locations, over 1000',
      'runs[0].results[25000]: 10001 thread-flow locations, over 10000'
    ])
  })

  it('wants categories that end in "/" and are unique per tool', () => {
    const problems = checkGitHubRules(
      log(
        run({ automationDetails: { id: 'devsecops/sca' } }),
        run({ automationDetails: { id: 'devsecops/sca/run-2' } }),
        run({ automationDetails: { id: 'devsecops/sca/' } }),
        run({ automationDetails: { id: 'devsecops/iac/' } }),
        run({ tool: { driver: { name: 'Other', rules: [rule('r1')] } }, automationDetails: { id: 'devsecops/iac/' } })
      )
    )
    expect(problems).toEqual([
      'runs[0].automationDetails.id "devsecops/sca" should end with "/" (GitHub splits it at the last "/")',
      'runs[1].automationDetails.id "devsecops/sca/run-2" should end with "/" (GitHub splits it at the last "/")',
      'runs[2] has the same tool and category as runs[1]: GitHub rejects the file'
    ])
  })

  it('limits the compressed size', () => {
    // Random base64 hardly compresses: 14 MB of it stays over 10 MB after gzip.
    const big = randomBytes(10_500_000).toString('base64')
    const problems = checkGitHubRules(log(run({ results: [result({ message: { text: big } })] })))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^compressed size \d+ bytes is over GitHub's 10000000$/)
  })

  it('reports the first ten problems of a kind and counts the rest', () => {
    const results = Array.from({ length: 25 }, () => result({ message: { text: '' } }))
    const problems = checkGitHubRules(log(run({ results })))
    expect(problems).toHaveLength(11)
    expect(problems[10]).toBe('... and 15 more: message')
  })
})

describe('multitoolValidate', () => {
  it('finds the GitHub rule violations in gitleaks output', async () => {
    const findings = await multitoolValidate(fixture('gitleaks/gitleaks-v8-sarif_simple.sarif'))
    expect(findings.map(f => f.ruleId)).toEqual(['GH2012', 'GH2012', 'GH2012', 'GH2012'])
    expect(findings[0]!.message).toMatch(/^runs\[0\]\.tool\.driver\.rules\[0\]: .*fullDescription/)
  })

  it('says clearly when the tool is missing', async () => {
    const saved = process.env['SARIF_MULTITOOL']
    process.env['SARIF_MULTITOOL'] = '/nonexistent/Sarif.Multitool'
    try {
      await expect(multitoolValidate(log(run()))).rejects.toThrow(/SARIF multitool not found or not executable/)
    } finally {
      if (saved === undefined) delete process.env['SARIF_MULTITOOL']
      else process.env['SARIF_MULTITOOL'] = saved
    }
  })

  it('finds nothing in clean output', async () => {
    expect(await multitoolValidate(fixture('osv-scanner/osv-scanner-v2.5-cli-sarif-empty.sarif'))).toEqual([])
    expect(await multitoolValidate(log(run()))).toEqual([])
  })
})
