/**
 * Advisory severities: CVSS v3.x base scores computed from the vector an OSV record carries (OSV stores vectors, not
 * scores), and the CVSS bands that turn a score into our scale.
 */
import type { Severity } from '../sarif/model.js'

/** CVSS v3 qualitative bands: 9.0-10.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0 none. */
export function severityFromCvssScore(score: number): Severity {
  if (score >= 9.0) return 'critical'
  if (score >= 7.0) return 'high'
  if (score >= 4.0) return 'medium'
  if (score > 0) return 'low'
  return 'info'
}

const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
}

/** CVSS v3.1's round-up to one decimal, done in integers so 4.000000001 does not become 4.1. */
function roundUp(x: number): number {
  const i = Math.round(x * 100000)
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10
}

/**
 * The base score of a CVSS v3.0/v3.1 vector (`CVSS:3.1/AV:N/AC:L/...`); undefined for anything else or a vector
 * missing a base metric. Temporal and environmental metrics are ignored, as advisories rank by base score.
 */
export function cvss3BaseScore(vector: string): number | undefined {
  const m = /^CVSS:3\.[01]\/(.+)$/.exec(vector.trim())
  if (!m) return undefined
  const metrics = new Map<string, string>()
  for (const part of m[1].split('/')) {
    const [k, v] = part.split(':')
    if (k && v) metrics.set(k, v)
  }
  const get = (k: string): number | undefined => WEIGHTS[k]?.[metrics.get(k) ?? '']
  const scope = metrics.get('S')
  const pr = metrics.get('PR')
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(get)
  if (scope !== 'U' && scope !== 'C') return undefined
  const prWeight = pr === 'N' ? 0.85 : pr === 'L' ? (scope === 'C' ? 0.68 : 0.62) : pr === 'H' ? (scope === 'C' ? 0.5 : 0.27) : undefined
  if ([av, ac, ui, c, i, a, prWeight].some(x => x === undefined)) return undefined
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!)
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15)
  const exploitability = 8.22 * av! * ac! * prWeight! * ui!
  if (impact <= 0) return 0
  return scope === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10))
}

/** The best score an OSV `severity[]` list gives: a numeric score as such, else a v3 vector computed. */
export function scoreFromOsvSeverity(entries: unknown): number | undefined {
  if (!Array.isArray(entries)) return undefined
  let best: number | undefined
  for (const e of entries) {
    const score = typeof e === 'object' && e ? (e as { score?: unknown }).score : undefined
    if (typeof score !== 'string' && typeof score !== 'number') continue
    const n = typeof score === 'number' ? score : /^\d+(\.\d+)?$/.test(score.trim()) ? Number(score) : cvss3BaseScore(score)
    if (n !== undefined && Number.isFinite(n) && n >= 0 && n <= 10 && (best === undefined || n > best)) best = n
  }
  return best
}
