import { randomBytes } from 'node:crypto'
import { enforceLimits, GITHUB_LIMITS, gzipSize, type GitHubLimits } from '../../shared/sarif/limits.js'
import { silentLogger, type Logger } from '../../shared/log.js'
import type { Level, ReportingDescriptor, SarifLog, SarifResult, SarifRun } from '../../shared/sarif/types.js'

const NO_LIMITS: GitHubLimits = {
  resultsPerRun: Infinity,
  rulesPerRun: Infinity,
  locationsPerResult: Infinity,
  threadFlowLocationsPerResult: Infinity,
  tagsPerRule: Infinity,
  gzipBytes: Infinity
}

function recorder(): Logger & { warnings: string[] } {
  const warnings: string[] = []
  return { ...silentLogger, warning: (m: string) => warnings.push(m), warnings }
}

function rule(id: string, severity?: string, extra: Partial<ReportingDescriptor> = {}): ReportingDescriptor {
  return {
    id,
    shortDescription: { text: id },
    ...(severity ? { properties: { 'security-severity': severity } } : {}),
    ...extra
  }
}

function result(
  ruleId: string,
  ruleIndex: number | undefined,
  name: string,
  extra: Partial<SarifResult> = {}
): SarifResult {
  return {
    ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    message: { text: name },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 1 } } }],
    ...extra
  }
}

function log(rules: ReportingDescriptor[], results: SarifResult[], extra: Partial<SarifRun> = {}): SarifLog {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules } }, results, ...extra }] }
}

const names = (l: SarifLog, run = 0): string[] => (l.runs[run]!.results ?? []).map(r => r.message.text)

describe('enforceLimits', () => {
  it('returns an equal log when nothing is over, and warns about nothing', () => {
    const input = log([rule('a', '9.5')], [result('a', 0, 'x')])
    const logger = recorder()
    const out = enforceLimits(input, logger)
    expect(out).toEqual(input)
    expect(logger.warnings).toEqual([])
  })

  it('keeps the most severe results of a run, in their original order', () => {
    const rules = [
      rule('low', '2.0'),
      rule('crit', '9.5'),
      rule('plain', undefined, { defaultConfiguration: { level: 'error' } })
    ]
    const results = [
      result('low', 0, 'low-1'),
      result('plain', 2, 'plain-error'),
      result('crit', 1, 'crit-1'),
      result('low', 0, 'low-own-10', { properties: { 'security-severity': '10.0' } }),
      result('plain', 2, 'plain-note', { level: 'note' }),
      result('low', 0, 'low-2-error', { level: 'error' }),
      result('crit', 1, 'crit-2')
    ]
    const input = log(rules, results)
    const snapshot = JSON.stringify(input)
    const logger = recorder()
    const out = enforceLimits(input, logger, { ...NO_LIMITS, resultsPerRun: 4 })
    // 10.0 (own) > 9.5 > 9.5 > 2.0 error > 2.0 warning > no score error > no score note
    expect(names(out)).toEqual(['crit-1', 'low-own-10', 'low-2-error', 'crit-2'])
    expect(out.runs[0]!.properties).toEqual({
      'devsecops/dropped-results': 3,
      'devsecops/dropped-reason': 'more than 4 results in the run'
    })
    expect(logger.warnings).toEqual([
      "SARIF run T is over GitHub's upload limits: dropped 3 least severe result(s) (more than 4 results in the run)."
    ])
    expect(JSON.stringify(input)).toBe(snapshot)
  })

  it('keeps the first locations of a result', () => {
    const locations = Array.from({ length: 5 }, (_, i) => ({
      physicalLocation: { artifactLocation: { uri: `f${i}.js` }, region: { startLine: 1 } }
    }))
    const out = enforceLimits(log([rule('a')], [result('a', 0, 'x', { locations })]), silentLogger, {
      ...NO_LIMITS,
      locationsPerResult: 2
    })
    expect(out.runs[0]!.results![0]!.locations!.map(l => l.physicalLocation!.artifactLocation!.uri)).toEqual([
      'f0.js',
      'f1.js'
    ])
    expect(out.runs[0]!.properties).toEqual({ 'devsecops/truncated-locations': 1 })
  })

  it('cuts thread-flow locations across code flows, dropping flows left empty', () => {
    const step = (n: number) => ({ location: { message: { text: `s${n}` } } })
    const codeFlows = [
      { threadFlows: [{ locations: [step(1), step(2)] }, { locations: [step(3), step(4)] }] },
      { threadFlows: [{ locations: [step(5)] }] }
    ]
    const out = enforceLimits(log([rule('a')], [result('a', 0, 'x', { codeFlows })]), silentLogger, {
      ...NO_LIMITS,
      threadFlowLocationsPerResult: 3
    })
    expect(out.runs[0]!.results![0]!.codeFlows).toEqual([
      { threadFlows: [{ locations: [step(1), step(2)] }, { locations: [step(3)] }] }
    ])
    expect(out.runs[0]!.properties).toEqual({ 'devsecops/truncated-thread-flow-locations': 1 })
  })

  it('keeps the first tags of a rule', () => {
    const tags = Array.from({ length: 15 }, (_, i) => `t${i}`)
    const rules = [rule('a', undefined, { properties: { tags, 'security-severity': '5.5' } })]
    const logger = recorder()
    const out = enforceLimits(log(rules, []), logger)
    expect(logger.warnings).toEqual([])
    expect(out.runs[0]!.tool.driver.rules![0]!.properties).toEqual({
      tags: tags.slice(0, 10),
      'security-severity': '5.5'
    })
    expect(GITHUB_LIMITS.tagsPerRule).toBe(10)
    expect(out.runs[0]!.properties).toEqual({ 'devsecops/truncated-tags': 1 })
  })

  it('keeps the rules of the most severe results and renumbers ruleIndex', () => {
    const rules = [rule('r0', '2.0'), rule('r1', '9.5'), rule('r2', '5.5'), rule('r3', '8.0'), rule('unused', '9.9')]
    const results = [
      result('r0', 0, 'r0'),
      result('r3', 3, 'r3-a'),
      result('r2', 2, 'r2'),
      result('r1', 1, 'r1'),
      result('r3', undefined, 'r3-by-id'),
      { ...result('r3', undefined, 'r3-by-ref'), rule: { id: 'r3', index: 3 } }
    ]
    const logger = recorder()
    const out = enforceLimits(log(rules, results), logger, { ...NO_LIMITS, rulesPerRun: 2 })
    const run = out.runs[0]!
    expect(run.tool.driver.rules!.map(r => r.id)).toEqual(['r1', 'r3'])
    expect(names(out)).toEqual(['r3-a', 'r1', 'r3-by-id', 'r3-by-ref'])
    for (const r of run.results!) {
      const index = r.ruleIndex ?? (r as { rule?: { index: number } }).rule?.index
      if (index !== undefined) expect(run.tool.driver.rules![index]!.id).toBe(r.ruleId)
    }
    expect((run.results![3] as { rule?: unknown }).rule).toEqual({ id: 'r3', index: 1 })
    expect(run.properties).toEqual({
      'devsecops/dropped-results': 2,
      'devsecops/dropped-reason': 'results of rules beyond the 2-rule limit',
      'devsecops/dropped-rules': 3
    })
    expect(logger.warnings[0]).toContain('dropped 3 rule(s)')
  })

  it('applies the result and rule limits together', () => {
    const rules = Array.from({ length: 6 }, (_, i) => rule(`r${i}`, `${i + 1}.0`))
    const results = rules.flatMap((r, i) => [result(r.id, i, `${r.id}-a`), result(r.id, i, `${r.id}-b`)])
    const out = enforceLimits(log(rules, results), silentLogger, { ...NO_LIMITS, resultsPerRun: 3, rulesPerRun: 4 })
    expect(names(out)).toEqual(['r4-a', 'r5-a', 'r5-b'])
    expect(out.runs[0]!.tool.driver.rules!.map(r => r.id)).toEqual(['r4', 'r5'])
    expect(out.runs[0]!.results!.map(r => r.ruleIndex)).toEqual([0, 1, 1])
  })

  it('drops the least severe results across runs until the compressed log fits', () => {
    // Incompressible messages, about 2 KB each compressed, so the size follows the number of results.
    const big = (): string => randomBytes(2000).toString('base64')
    const levels: Level[] = ['note', 'warning', 'error']
    const run = (name: string, score: string): SarifRun => ({
      tool: { driver: { name, rules: [rule('r', score)] } },
      automationDetails: { id: `devsecops/${name}/` },
      results: Array.from({ length: 30 }, (_, i) => result('r', 0, `${name}-${i}-${big()}`, { level: levels[i % 3] }))
    })
    const input: SarifLog = { version: '2.1.0', runs: [run('low', '2.0'), run('high', '8.0')] }
    const limit = 40_000
    expect(gzipSize(input)).toBeGreaterThan(limit * 2)
    const logger = recorder()
    const out = enforceLimits(input, logger, { ...NO_LIMITS, gzipBytes: limit })
    expect(gzipSize(out)).toBeLessThanOrEqual(limit)
    const kept = (r: number) => out.runs[r]!.results!.length
    expect(kept(0)).toBe(0)
    expect(kept(1)).toBeGreaterThan(0)
    // Within the high run, errors go last and notes first.
    const level = (l: Level) => out.runs[1]!.results!.filter(r => r.level === l).length
    expect(level('error')).toBeGreaterThanOrEqual(level('warning'))
    expect(level('warning')).toBeGreaterThanOrEqual(level('note'))
    expect(out.runs[0]!.properties).toEqual({
      'devsecops/dropped-results': 30,
      'devsecops/dropped-reason': 'the compressed log is over 40000 bytes'
    })
    expect(out.runs[1]!.properties!['devsecops/dropped-results']).toBe(60 - kept(1) - 30)
    expect(logger.warnings).toHaveLength(2)
  })
})
