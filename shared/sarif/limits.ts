/**
 * GitHub rejects a whole SARIF upload when one object exceeds a hard limit ("Upload limits" in github-sarif.md).
 * A scanner that floods a repository with findings must not cost the user every alert, so before upload we cut the
 * log down to size: the most severe results survive, the rest are dropped, and the log and the run say so.
 */
import { gzipSync } from 'node:zlib'
import type { Logger } from '../log.js'
import type { ReportingDescriptor, SarifLog, SarifResult, SarifRun } from './types.js'

/** The limits {@link enforceLimits} applies. */
export interface GitHubLimits {
  resultsPerRun: number
  rulesPerRun: number
  locationsPerResult: number
  threadFlowLocationsPerResult: number
  /** Tags kept per rule. */
  tagsPerRule: number
  /** Bytes of the gzip-compressed log (see {@link gzipSize}). */
  gzipBytes: number
}

/**
 * GitHub's hard limits: one over rejects the upload. "10 MB" is read as 10^7 bytes, the stricter reading.
 * Runs per file cannot be fixed by dropping data, so only validation checks them.
 */
export const GITHUB_HARD_LIMITS = {
  runs: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  threadFlowLocationsPerResult: 10_000,
  tagsPerRule: 20,
  gzipBytes: 10_000_000
} as const

/** What we enforce: the hard limits, except tags, where GitHub shows only the first 10. */
export const GITHUB_LIMITS: GitHubLimits = { ...GITHUB_HARD_LIMITS, tagsPerRule: 10 }

/**
 * Size of the log gzip-compressed as it is written to disk (indented by two spaces): an upload of the compact form is
 * never larger, so a log that fits by this measure fits either way.
 */
export function gzipSize(log: SarifLog): number {
  return gzipSync(Buffer.from(JSON.stringify(log, null, 2), 'utf8')).length
}

const LEVEL_RANK: Record<string, number> = { error: 3, warning: 2, note: 1, none: 0 }

interface ThreadFlow {
  locations?: unknown[]
}
interface CodeFlow {
  threadFlows?: ThreadFlow[]
}
/** Results may reference their rule through `rule.index` as well as `ruleIndex`. */
type ResultWithRef = SarifResult & { rule?: { id?: string; index?: number } }

/** What happened to one run, for the log line and the run's property bag. */
interface RunReport {
  droppedResults: number
  reasons: string[]
  droppedRules: number
  truncatedLocations: number
  truncatedThreadFlows: number
  truncatedTags: number
}

/**
 * Returns a log within `limits`: results beyond the per-run limit (and, after that, beyond the compressed-size limit)
 * are dropped least severe first (numeric security-severity of the result or its rule, then level error > warning >
 * note); locations, thread-flow locations and tags are cut to their limits keeping the first ones; when a run has too
 * many rules, only rules referenced by kept results stay and rule indexes are renumbered. Every cut is counted in the
 * run's `properties` ("devsecops/dropped-results", "devsecops/dropped-reason", ...) and logged, as a warning unless
 * only tags were cut. The input is not modified; unchanged parts are shared with it.
 */
export function enforceLimits(log: SarifLog, logger: Logger, limits: GitHubLimits = GITHUB_LIMITS): SarifLog {
  const reports = log.runs.map(() => emptyReport())
  const runs = log.runs.map((run, i) => limitRun(run, limits, reports[i]!))
  let out: SarifLog = { ...log, runs }
  out = fitCompressedSize(out, limits.gzipBytes, reports, logger)

  out.runs = out.runs.map((run, i) => {
    const report = reports[i]!
    const overHardLimit =
      report.droppedResults + report.droppedRules + report.truncatedLocations + report.truncatedThreadFlows > 0
    if (!overHardLimit && report.truncatedTags === 0) return run
    const name = `${run.tool.driver.name}${run.automationDetails?.id ? ` (${run.automationDetails.id})` : ''}`
    // More than 10 tags is legal (GitHub just shows 10), so that alone is no warning.
    if (overHardLimit) logger.warning(describe(name, report))
    else logger.info(`SARIF run ${name}: kept the first ${limits.tagsPerRule} tags of ${report.truncatedTags} rule(s).`)
    const props: Record<string, unknown> = { ...run.properties }
    if (report.droppedResults > 0) {
      props['devsecops/dropped-results'] = report.droppedResults
      props['devsecops/dropped-reason'] = report.reasons.join('; ')
    }
    if (report.droppedRules > 0) props['devsecops/dropped-rules'] = report.droppedRules
    if (report.truncatedLocations > 0) props['devsecops/truncated-locations'] = report.truncatedLocations
    if (report.truncatedThreadFlows > 0) {
      props['devsecops/truncated-thread-flow-locations'] = report.truncatedThreadFlows
    }
    if (report.truncatedTags > 0) props['devsecops/truncated-tags'] = report.truncatedTags
    return { ...run, properties: props }
  })
  return out
}

function emptyReport(): RunReport {
  return {
    droppedResults: 0,
    reasons: [],
    droppedRules: 0,
    truncatedLocations: 0,
    truncatedThreadFlows: 0,
    truncatedTags: 0
  }
}

function describe(name: string, r: RunReport): string {
  const parts: string[] = []
  if (r.droppedResults > 0) parts.push(`dropped ${r.droppedResults} least severe result(s) (${r.reasons.join('; ')})`)
  if (r.droppedRules > 0) parts.push(`dropped ${r.droppedRules} rule(s) no kept result uses`)
  if (r.truncatedLocations > 0) parts.push(`cut the locations of ${r.truncatedLocations} result(s)`)
  if (r.truncatedThreadFlows > 0) parts.push(`cut the code flows of ${r.truncatedThreadFlows} result(s)`)
  if (r.truncatedTags > 0) parts.push(`cut the tags of ${r.truncatedTags} rule(s)`)
  return `SARIF run ${name} is over GitHub's upload limits: ${parts.join(', ')}.`
}

function limitRun(run: SarifRun, limits: GitHubLimits, report: RunReport): SarifRun {
  let rules = run.tool.driver.rules ?? []
  rules = rules.map(rule => {
    const tags = rule.properties?.['tags']
    if (!Array.isArray(tags) || tags.length <= limits.tagsPerRule) return rule
    report.truncatedTags++
    return { ...rule, properties: { ...rule.properties, tags: tags.slice(0, limits.tagsPerRule) } }
  })
  let results = (run.results ?? []).map(result => limitResult(result, limits, report))

  const ruleOf = ruleResolver(rules)
  const tooManyRules = rules.length > limits.rulesPerRun
  if (results.length > limits.resultsPerRun || tooManyRules) {
    const order = bySeverity(results, rules, ruleOf)
    const keep = new Array<boolean>(results.length).fill(false)
    const usedRules = new Set<number>()
    let kept = 0
    let overResults = 0
    let overRules = 0
    for (const i of order) {
      if (kept >= limits.resultsPerRun) {
        overResults++
        continue
      }
      const r = ruleOf(results[i]!)
      if (tooManyRules && r !== undefined && !usedRules.has(r)) {
        if (usedRules.size >= limits.rulesPerRun) {
          overRules++
          continue
        }
        usedRules.add(r)
      }
      keep[i] = true
      kept++
    }
    if (overResults > 0) report.reasons.push(`more than ${limits.resultsPerRun} results in the run`)
    if (overRules > 0) report.reasons.push(`results of rules beyond the ${limits.rulesPerRun}-rule limit`)
    report.droppedResults += overResults + overRules
    results = results.filter((_, i) => keep[i])
    if (tooManyRules) {
      const renumber = new Map<number, number>()
      const keptRules: ReportingDescriptor[] = []
      rules.forEach((rule, i) => {
        if (!usedRules.has(i)) return
        renumber.set(i, keptRules.length)
        keptRules.push(rule)
      })
      report.droppedRules += rules.length - keptRules.length
      results = results.map(result => renumberRule(result, ruleOf(result), renumber))
      rules = keptRules
    }
  }

  const driver = run.tool.driver.rules ? { ...run.tool.driver, rules } : run.tool.driver
  return { ...run, tool: { ...run.tool, driver }, ...(run.results ? { results } : {}) }
}

function limitResult(result: SarifResult, limits: GitHubLimits, report: RunReport): SarifResult {
  let out = result
  if (result.locations && result.locations.length > limits.locationsPerResult) {
    report.truncatedLocations++
    out = { ...out, locations: result.locations.slice(0, limits.locationsPerResult) }
  }
  const flows = result.codeFlows as CodeFlow[] | undefined
  const total = (flows ?? []).reduce(
    (n, f) => n + (f.threadFlows ?? []).reduce((m, t) => m + (t.locations?.length ?? 0), 0),
    0
  )
  if (flows && total > limits.threadFlowLocationsPerResult) {
    report.truncatedThreadFlows++
    let budget = limits.threadFlowLocationsPerResult
    const codeFlows: CodeFlow[] = []
    for (const flow of flows) {
      const threadFlows: ThreadFlow[] = []
      for (const thread of flow.threadFlows ?? []) {
        const locations = (thread.locations ?? []).slice(0, budget)
        budget -= locations.length
        // The schema wants at least one location per thread flow and one thread flow per code flow.
        if (locations.length > 0) threadFlows.push({ ...thread, locations })
      }
      if (threadFlows.length > 0) codeFlows.push({ ...flow, threadFlows })
    }
    out = { ...out, codeFlows }
  }
  return out
}

/** Maps a result to the index of its rule in `rules`, by index when given, else by id. */
function ruleResolver(rules: ReportingDescriptor[]): (result: SarifResult) => number | undefined {
  const byId = new Map<string, number>()
  rules.forEach((rule, i) => {
    if (!byId.has(rule.id)) byId.set(rule.id, i)
  })
  return result => {
    const ref = result as ResultWithRef
    const index = result.ruleIndex ?? ref.rule?.index
    if (index !== undefined && index >= 0 && index < rules.length) return index
    const id = result.ruleId ?? ref.rule?.id
    return id === undefined ? undefined : byId.get(id)
  }
}

function renumberRule(result: SarifResult, old: number | undefined, renumber: Map<number, number>): SarifResult {
  const ref = result as ResultWithRef
  const index = old === undefined ? undefined : renumber.get(old)
  if (index === undefined || (result.ruleIndex === undefined && ref.rule?.index === undefined)) return result
  const out: ResultWithRef = { ...result }
  if (result.ruleIndex !== undefined) out.ruleIndex = index
  if (ref.rule?.index !== undefined) out.rule = { ...ref.rule, index }
  return out
}

interface Severity {
  /** The numeric security-severity; -1 without one, so such results rank below every security alert. */
  score: number
  level: number
}

function severityOf(result: SarifResult, rule: ReportingDescriptor | undefined): Severity {
  const score =
    securitySeverity(result.properties?.['security-severity']) ??
    securitySeverity(rule?.properties?.['security-severity']) ??
    -1
  // SARIF's default level is warning.
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning'
  return { score, level: LEVEL_RANK[level] ?? 0 }
}

/** Negative when `a` is less severe than `b`. */
function compareSeverity(a: Severity, b: Severity): number {
  return a.score - b.score || a.level - b.level
}

function securitySeverity(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  return Number.isFinite(n) ? n : undefined
}

/** Result indexes, most severe first; ties keep their original order. */
function bySeverity(
  results: SarifResult[],
  rules: ReportingDescriptor[],
  ruleOf: (r: SarifResult) => number | undefined
): number[] {
  const scores = results.map(result => {
    const r = ruleOf(result)
    return severityOf(result, r === undefined ? undefined : rules[r])
  })
  return results.map((_, i) => i).sort((a, b) => compareSeverity(scores[b]!, scores[a]!) || a - b)
}

/**
 * Drops the least severe results across all runs, in batches sized from how far over the limit the log is, until
 * the compressed log fits. Rules stay: they are small next to results, and dropping them is what the rule limit is for.
 */
function fitCompressedSize(log: SarifLog, limit: number, reports: RunReport[], logger: Logger): SarifLog {
  let size = gzipSize(log)
  if (size <= limit) return log
  const ranked: Array<{ run: number; index: number; severity: Severity }> = []
  log.runs.forEach((run, r) => {
    const rules = run.tool.driver.rules ?? []
    const ruleOf = ruleResolver(rules)
    ;(run.results ?? []).forEach((result, index) => {
      const rule = ruleOf(result)
      ranked.push({ run: r, index, severity: severityOf(result, rule === undefined ? undefined : rules[rule]) })
    })
  })
  // Least severe first; among equals, later results go first.
  ranked.sort((a, b) => compareSeverity(a.severity, b.severity) || b.run - a.run || b.index - a.index)
  const dropped = log.runs.map(() => new Set<number>())
  let next = 0
  let current = log
  while (size > limit && next < ranked.length) {
    const remaining = ranked.length - next
    // Aim 10% below the limit so one or two batches usually suffice; always drop at least 5%.
    const target = Math.floor(remaining * Math.min(0.95, (limit / size) * 0.9))
    const end = next + Math.max(1, remaining - target)
    for (; next < end; next++) dropped[ranked[next]!.run]!.add(ranked[next]!.index)
    current = {
      ...log,
      runs: log.runs.map((run, r) =>
        dropped[r]!.size === 0 ? run : { ...run, results: (run.results ?? []).filter((_, i) => !dropped[r]!.has(i)) }
      )
    }
    size = gzipSize(current)
  }
  dropped.forEach((set, r) => {
    if (set.size === 0) return
    reports[r]!.droppedResults += set.size
    reports[r]!.reasons.push(`the compressed log is over ${limit} bytes`)
  })
  if (size > limit) {
    logger.warning(`SARIF log is still ${size} bytes compressed without any results; GitHub may reject it.`)
  }
  return current
}
