import { decide } from '../../shared/policy/gate.js'
import type { Finding, Severity } from '../../shared/sarif/model.js'
import { parseFailOn, sarifLevel, securitySeverity, severityFromScore } from '../../shared/sarif/severity.js'

const f = (severity: Severity, id = 'r'): Finding => ({ ruleId: id, message: 'm', severity, location: { path: 'a' }, identity: [id] })

describe('the gate', () => {
  it('fails on findings at or above the threshold, and only those block', () => {
    const d = decide([f('critical'), f('medium'), f('low')], 'high', { ok: true })
    expect(d.outcome).toBe('failed')
    expect(d.blocking.map(b => b.severity)).toEqual(['critical'])
    expect(d.counts).toEqual({ critical: 1, high: 0, medium: 1, low: 1, info: 0 })
  })

  it('passes below the threshold and with fail-on never', () => {
    expect(decide([f('medium')], 'high', { ok: true }).outcome).toBe('passed')
    expect(decide([f('critical')], 'never', { ok: true }).outcome).toBe('passed')
    expect(decide([], 'low', { ok: true }).reason).toBe('No findings.')
  })

  it('says why findings at or above the threshold did not gate', () => {
    const d = decide([f('critical', 'old'), f('high', 'nofix'), f('low')], 'high', { ok: true }, x => x.ruleId !== 'r', x => (x.ruleId === 'old' ? 'pre-existing' : 'no fix yet'))
    expect(d.outcome).toBe('passed')
    expect(d.reason).toBe("2 findings at or above 'high' do not gate (pre-existing, no fix yet); 1 below the threshold.")
  })

  it('never passes a broken scan, even with no findings or fail-on never', () => {
    expect(decide([], 'never', { ok: false, error: 'boom' }).outcome).toBe('error')
    expect(decide([], 'low', { ok: false, error: 'boom' }).reason).toContain('boom')
  })

  it('exempt findings are reported but do not block', () => {
    const old = f('critical', 'old')
    const d = decide([old, f('high', 'new')], 'high', { ok: true }, x => x.ruleId === 'old')
    expect(d.blocking.map(b => b.ruleId)).toEqual(['new'])
  })
})

describe('the severity model', () => {
  it('maps severities to numeric security-severity inside GitHub buckets', () => {
    expect(securitySeverity('critical')).toBe('9.5')
    expect(securitySeverity('high')).toBe('8.0')
    expect(securitySeverity('medium')).toBe('5.5')
    expect(securitySeverity('low')).toBe('2.0')
    expect(securitySeverity('info')).toBeUndefined()
    for (const s of ['critical', 'high', 'medium', 'low'] as Severity[]) {
      expect(severityFromScore(Number(securitySeverity(s)))).toBe(s)
    }
    expect(sarifLevel('high')).toBe('error')
    expect(sarifLevel('medium')).toBe('warning')
    expect(sarifLevel('info')).toBe('note')
  })

  it('parses fail-on strictly, naming the allowed values', () => {
    expect(parseFailOn('HIGH')).toBe('high')
    expect(() => parseFailOn('severe')).toThrow("Input 'fail-on' is 'severe'; allowed values: critical, high, medium, low, info, never.")
  })
})
