/**
 * One severity model for Semgrep. Its scale changed (ERROR/WARNING/INFO, then CRITICAL/HIGH/MEDIUM/LOW since 1.72)
 * and neither maps cleanly onto critical/high/medium/low, so the rule's own metadata refines it:
 *
 * | input                                                        | our severity |
 * |--------------------------------------------------------------|--------------|
 * | metadata `devsecops-severity` (critical/high/medium/low/info)  | as given     |
 * | metadata `security-severity` (a CVSS-like number)             | GitHub's buckets: >9 critical, >=7 high, >=4 medium, else low |
 * | CRITICAL                                                     | critical     |
 * | ERROR or HIGH                                                | high; critical when impact and likelihood are both HIGH |
 * | WARNING or MEDIUM                                            | medium; high when impact and likelihood are both HIGH |
 * | INFO or LOW                                                  | low          |
 * | INVENTORY, EXPERIMENT                                        | info         |
 * | anything else                                                | medium       |
 *
 * Then an impact of LOW lowers the result one step (never below low). Confidence becomes the rule's precision.
 */
import type { Confidence, Severity } from '../sarif/model.js'
import { SEVERITIES } from '../sarif/model.js'
import { severityFromScore } from '../sarif/severity.js'

type Meta = Record<string, unknown>

const word = (v: unknown): string => (typeof v === 'string' ? v.trim().toUpperCase() : '')

export function semgrepSeverity(severity: string | undefined, metadata: Meta = {}): Severity {
  const explicit = typeof metadata['devsecops-severity'] === 'string' ? metadata['devsecops-severity'].toLowerCase() : ''
  if ((SEVERITIES as readonly string[]).includes(explicit)) return explicit as Severity
  const score = Number(metadata['security-severity'])
  if (metadata['security-severity'] !== undefined && Number.isFinite(score) && score > 0) return severityFromScore(score)

  const impact = word(metadata.impact)
  const likelihood = word(metadata.likelihood)
  const bothHigh = impact === 'HIGH' && likelihood === 'HIGH'
  let s: Severity
  switch (word(severity)) {
    case 'CRITICAL':
      s = 'critical'
      break
    case 'ERROR':
    case 'HIGH':
      s = bothHigh ? 'critical' : 'high'
      break
    case 'WARNING':
    case 'MEDIUM':
      s = bothHigh ? 'high' : 'medium'
      break
    case 'INFO':
    case 'LOW':
      s = 'low'
      break
    case 'INVENTORY':
    case 'EXPERIMENT':
      return 'info'
    default:
      s = 'medium'
  }
  if (impact === 'LOW' && s !== 'low') s = SEVERITIES[SEVERITIES.indexOf(s) + 1]
  return s
}

/** Semgrep's confidence (HIGH/MEDIUM/LOW) as SARIF precision. */
export function semgrepConfidence(metadata: Meta = {}): Confidence | undefined {
  switch (word(metadata.confidence)) {
    case 'HIGH':
      return 'high'
    case 'MEDIUM':
      return 'medium'
    case 'LOW':
      return 'low'
    default:
      return undefined
  }
}

/** SARIF level from a Semgrep SARIF rule, for reports that carry no Semgrep severity of their own. */
export function severityFromLevel(level: string | undefined): Severity {
  return level === 'error' ? 'high' : level === 'note' ? 'low' : level === 'none' ? 'info' : 'medium'
}
