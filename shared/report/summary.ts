/**
 * The job summary every stage writes: the verdict and why, what was scanned, counts by severity, then a table of
 * findings. Readable in ten seconds; never holds a secret value or an e-mail (findings carry neither).
 */
import type { Outcome, SeverityCounts } from '../policy/gate.js'
import { SEVERITIES, compareSeverity, type Finding } from '../sarif/model.js'

export interface Column {
  header: string
  value: (f: Finding) => string
}

export interface StageReport {
  /** e.g. "Secrets" */
  title: string
  outcome: Outcome
  reason: string
  /** What was scanned, as label/value pairs (scope, commit range, scanner, duration...). */
  scanned: Array<[string, string]>
  counts: SeverityCounts
  findings: Finding[]
  /** Stage-specific columns after Severity, Rule and Location. */
  columns?: Column[]
  /** Rule titles by id, for the Rule column. */
  ruleTitles?: Map<string, string>
  /** Error lines from a broken scan. */
  errors?: string[]
  notes?: string[]
  /** Findings that are reported but do not block (marked in the table). */
  exempt?: (f: Finding) => boolean
  /** How an exempt finding is marked: one label, or one per finding. */
  exemptLabel?: string | ((f: Finding) => string)
}

const ICON: Record<Outcome, string> = { passed: '✅ passed', failed: '❌ failed', error: '⚠️ scanner error' }
/** A summary over 1 MiB is dropped by GitHub; long tables are cut well before that, by rows and by size. */
const MAX_ROWS = 200
const MAX_TABLE_CHARS = 512 * 1024

/** Escapes text for a markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;')
}

/** A scanner's or advisory's own words in a cell, shown as written: markdown in them (links, emphasis) is not rendered. */
function literal(text: string): string {
  return cell(text).replace(/([*_[\]`])/g, '\\$1')
}

function code(text: string): string {
  return text ? `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\`` : ''
}

/** Keeps one table cell readable (and the summary under GitHub's size limit). */
function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function location(f: Finding): string {
  return `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ''}`
}

/** Sorts findings most severe first, then by location. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareSeverity(a.severity, b.severity) ||
      a.location.path.localeCompare(b.location.path) ||
      (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
      location(a).localeCompare(location(b))
  )
}

export function renderSummary(r: StageReport): string {
  const out: string[] = []
  out.push(`## ${r.title}: ${ICON[r.outcome]}`, '', `**${cell(r.reason)}**`, '')
  out.push(`| ${r.scanned.map(([k]) => cell(k)).join(' | ')} |`)
  out.push(`|${r.scanned.map(() => '---').join('|')}|`)
  out.push(`| ${r.scanned.map(([, v]) => cell(v)).join(' | ')} |`, '')
  // A broken scan has no meaningful counts: a row of zeros would read as "clean".
  if (r.outcome !== 'error') {
    const sev = SEVERITIES.filter(s => s !== 'info' || r.counts.info > 0)
    out.push(`| ${sev.map(s => s[0].toUpperCase() + s.slice(1)).join(' | ')} |`)
    out.push(`|${sev.map(() => '---:').join('|')}|`)
    out.push(`| ${sev.map(s => String(r.counts[s])).join(' | ')} |`, '')
  }
  if (r.errors && r.errors.length > 0) {
    out.push('### Scanner errors', '', '```text', ...r.errors.map(e => e.replace(/```/g, "'''")), '```', '')
  }
  if (r.findings.length > 0) {
    const cols = r.columns ?? []
    out.push('### Findings', '')
    const row = (cells: string[]): string => `| ${cells.join(' | ')} |`
    out.push(row(['Severity', 'Rule', 'Location', ...cols.map(c => cell(c.header))]))
    out.push(row(['---', '---', '---', ...cols.map(() => '---')]))
    const sorted = sortFindings(r.findings)
    let shown = 0
    let size = 0
    for (const f of sorted.slice(0, MAX_ROWS)) {
      const title = r.ruleTitles?.get(f.ruleId)
      const rule = title ? `${literal(clip(title))} (${code(clip(f.ruleId))})` : code(clip(f.ruleId))
      const mark = r.exempt?.(f) ? ` (${(typeof r.exemptLabel === 'function' ? r.exemptLabel(f) : r.exemptLabel) ?? 'not gating'})` : ''
      const line = row([`${f.severity}${mark}`, rule, code(clip(location(f))), ...cols.map(c => cell(clip(c.value(f))))])
      if (size + line.length > MAX_TABLE_CHARS) break
      out.push(line)
      size += line.length
      shown++
    }
    if (sorted.length > shown) out.push('', `… and ${sorted.length - shown} more: the SARIF file holds them all.`)
    out.push('')
  }
  for (const n of r.notes ?? []) out.push(`> ${n}`, '')
  return out.join('\n')
}
