/**
 * The one gate every stage uses. Reporting and gating are separate: the SARIF always holds everything found; the
 * gate decides pass or fail from the findings, the threshold and whether the scanner itself worked.
 */
import { atLeast, SEVERITIES, type Finding, type Severity } from '../sarif/model.js'
import type { FailOn } from '../sarif/severity.js'

/** passed: nothing at or above the threshold; failed: findings that block; error: the scan itself broke. */
export type Outcome = 'passed' | 'failed' | 'error'

export type SeverityCounts = Record<Severity, number>

export interface GateDecision {
  outcome: Outcome
  /** The findings that made the gate fail. */
  blocking: Finding[]
  counts: SeverityCounts
  /** One sentence saying why. */
  reason: string
}

export function countBySeverity(findings: Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as SeverityCounts
  for (const f of findings) counts[f.severity]++
  return counts
}

/**
 * Decides the outcome. A scanner error is never a pass, whatever was found. `exempt` marks findings that are
 * reported but may not fail the gate (e.g. pre-existing ones on a pull request).
 */
export function decide(
  findings: Finding[],
  failOn: FailOn,
  scanner: { ok: boolean; error?: string },
  exempt: (f: Finding) => boolean = () => false,
  /** Why an exempt finding does not gate (e.g. `pre-existing`), for the reason. */
  exemptLabel: (f: Finding) => string = () => 'exempt'
): GateDecision {
  const counts = countBySeverity(findings)
  if (!scanner.ok) {
    return { outcome: 'error', blocking: [], counts, reason: `The scanner did not complete: ${scanner.error ?? 'unknown error'}` }
  }
  const blocking = failOn === 'never' ? [] : findings.filter(f => atLeast(f.severity, failOn) && !exempt(f))
  if (blocking.length > 0) {
    return {
      outcome: 'failed',
      blocking,
      counts,
      reason: `${blocking.length} finding${blocking.length === 1 ? '' : 's'} at or above '${failOn}' severity.`
    }
  }
  const n = (k: number): string => `${k} finding${k === 1 ? '' : 's'}`
  const waived = failOn === 'never' ? [] : findings.filter(f => atLeast(f.severity, failOn))
  const why = [...new Set(waived.map(exemptLabel))].join(', ')
  const reason =
    findings.length === 0
      ? 'No findings.'
      : failOn === 'never'
        ? `${n(findings.length)} reported; the gate is off (fail-on: never).`
        : waived.length > 0
          ? `${n(waived.length)} at or above '${failOn}' ${waived.length === 1 ? 'does' : 'do'} not gate (${why}); ${findings.length - waived.length} below the threshold.`
          : `${n(findings.length)} below the '${failOn}' threshold.`
  return { outcome: 'passed', blocking, counts, reason }
}
