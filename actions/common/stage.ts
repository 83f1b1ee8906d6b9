/**
 * What every stage does once its scanner has run, free of GitHub Actions specifics (the CLI uses it too): build and
 * write the SARIF, decide with the one gate, and render the summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { ConfigurationError, errorMessage } from '../../shared/errors.js'
import { formatDuration, type Logger } from '../../shared/log.js'
import { decide, type GateDecision } from '../../shared/policy/gate.js'
import { renderSummary, type Column } from '../../shared/report/summary.js'
import { buildSarif } from '../../shared/sarif/builder.js'
import { finalizeSarif } from '../../shared/sarif/finalize.js'
import type { Finding, ScanRun } from '../../shared/sarif/model.js'
import type { FailOn } from '../../shared/sarif/severity.js'

export interface StageResult {
  outcome: GateDecision['outcome']
  decision: GateDecision
  findings: Finding[]
  sarifPath: string
  summary: string
  /** Why the scan broke, when outcome is error. */
  error?: string
  ruleTitles: Map<string, string>
  /** What limited the scan's coverage or needs a person's attention. */
  warnings: string[]
}

export interface FinishOptions {
  /** e.g. "🔑 Secrets" */
  title: string
  root: string
  run: ScanRun
  failOn: FailOn
  sarifPath: string
  started: number
  logger: Logger
  /** What was scanned, before the scanner, threshold and duration rows. */
  scanned: Array<[string, string]>
  columns?: Column[]
  /** Set when the scan broke: the message, and the scanner's own lines. */
  error?: { message: string; lines: string[] }
  /** Reported but not gating (e.g. pre-existing findings on a pull request). */
  exempt?: (f: Finding) => boolean
  exemptLabel?: string | ((f: Finding) => string)
  warnings?: string[]
  /** Advice shown when the gate fails. */
  onFailure?: string
  notes?: string[]
}

export async function finishStage(o: FinishOptions): Promise<StageResult> {
  const warnings = o.warnings ?? []
  o.run.invocation.warnings.push(...warnings)
  const sarifPath = resolve(o.sarifPath)
  const sarif = await finalizeSarif(buildSarif([o.run], { checkoutRoot: o.root }), o.root, o.logger)
  try {
    mkdirSync(dirname(sarifPath), { recursive: true })
    writeFileSync(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`)
  } catch (err) {
    throw new ConfigurationError(`The SARIF file '${sarifPath}' cannot be written (${errorMessage(err)}).`)
  }
  o.logger.info(`SARIF written to ${sarifPath}.`)

  const label = (f: Finding): string => (typeof o.exemptLabel === 'function' ? o.exemptLabel(f) : (o.exemptLabel ?? 'exempt'))
  const decision = decide(o.run.findings, o.failOn, { ok: !o.error, error: o.error?.message }, o.exempt, label)
  const ruleTitles = new Map(o.run.rules.map(r => [r.id, r.title]))
  const duration = formatDuration(Date.now() - o.started)
  const summary = renderSummary({
    title: o.title,
    outcome: decision.outcome,
    reason: decision.reason,
    scanned: [...o.scanned, ['Scanner', `${o.run.tool.name} ${o.run.tool.version}`], ['Fail on', o.failOn], ['Duration', duration]],
    counts: decision.counts,
    findings: o.run.findings,
    columns: o.columns,
    ruleTitles,
    errors: o.error ? [o.error.message, ...o.error.lines] : undefined,
    exempt: o.exempt,
    exemptLabel: o.exemptLabel,
    notes: [
      ...warnings.map(w => `⚠️ ${w}`),
      ...(o.notes ?? []),
      ...(decision.outcome === 'failed' && o.onFailure ? [o.onFailure] : [])
    ]
  })
  o.logger.info(`${o.title.replace(/^\W+/u, '')}: ${decision.outcome} in ${duration}. ${decision.reason}`)
  return { outcome: decision.outcome, decision, findings: o.run.findings, sarifPath, summary, error: o.error?.message, ruleTitles, warnings }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
