import { semgrepConfidence, semgrepSeverity } from '../../shared/scanners/semgrep-severity.js'

describe('the Semgrep severity model', () => {
  it.each([
    ['CRITICAL', {}, 'critical'],
    ['ERROR', {}, 'high'],
    ['HIGH', {}, 'high'],
    ['WARNING', {}, 'medium'],
    ['MEDIUM', {}, 'medium'],
    ['INFO', {}, 'low'],
    ['LOW', {}, 'low'],
    ['INVENTORY', {}, 'info'],
    ['ERROR', { impact: 'HIGH', likelihood: 'HIGH' }, 'critical'],
    ['WARNING', { impact: 'HIGH', likelihood: 'HIGH' }, 'high'],
    ['ERROR', { impact: 'LOW' }, 'medium'],
    ['INFO', { impact: 'LOW' }, 'low'],
    ['INFO', { 'security-severity': '9.8' }, 'critical'],
    ['ERROR', { 'devsecops-severity': 'low' }, 'low'],
    ['nonsense', {}, 'medium']
  ])('%s with %j is %s', (severity, meta, expected) => {
    expect(semgrepSeverity(severity, meta)).toBe(expected)
  })

  it('turns confidence into precision', () => {
    expect(semgrepConfidence({ confidence: 'HIGH' })).toBe('high')
    expect(semgrepConfidence({ confidence: 'low' })).toBe('low')
    expect(semgrepConfidence({})).toBeUndefined()
  })
})
