/**
 * Reads Semgrep's JSON report (and, for older pipelines, its SARIF) into our finding model. Semgrep exits 0 on many
 * internal errors, so its `errors[]` (or SARIF error notifications) are returned for the stage to judge; results
 * suppressed in the source (`nosemgrep`) are counted, not reported.
 */
import { createHash } from 'node:crypto'
import { ScannerError } from '../errors.js'
import type { Finding, Rule } from '../sarif/model.js'
import { semgrepConfidence, semgrepSeverity, severityFromLevel } from './semgrep-severity.js'
import { arr, obj, str, type Obj } from '../json.js'

export interface SemgrepReport {
  findings: Finding[]
  rules: Rule[]
  /** Errors that mean the scan is not complete (rule or config errors, crashes, timeouts on files). */
  errors: string[]
  /** Problems that do not invalidate the scan (e.g. a nosemgrep comment naming an unknown rule). */
  warnings: string[]
  /** Findings suppressed by nosemgrep comments. */
  suppressed: number
  scannedFiles?: number
  version?: string
  format: 'json' | 'sarif'
}

/** Reads a file's bytes so identities can use the matched code; undefined when it cannot be read. */
export type SourceReader = (path: string) => Buffer | undefined

const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : undefined)

export function parseSemgrepReport(text: string, readSource: SourceReader = () => undefined): SemgrepReport {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new ScannerError(`The Semgrep report is not valid JSON (${(err as Error).message}).`)
  }
  const root = obj(data)
  if (Array.isArray(root.runs)) return fromSarif(root, readSource)
  if (!Array.isArray(root.results) && !Array.isArray(root.errors)) {
    throw new ScannerError('The Semgrep report has neither results nor errors: it is not a Semgrep JSON or SARIF report.')
  }
  return fromJson(root, readSource)
}

function fromJson(root: Obj, readSource: SourceReader): SemgrepReport {
  const rules = new Map<string, Rule>()
  const findings: Finding[] = []
  let suppressed = 0
  for (const raw of arr(root.results)) {
    const r = obj(raw)
    const extra = obj(r.extra)
    if (extra.is_ignored === true) {
      suppressed++
      continue
    }
    const ruleId = str(r.check_id) || 'semgrep-finding'
    const meta = obj(extra.metadata)
    const severity = semgrepSeverity(str(extra.severity), meta)
    const message = str(extra.message).trim() || `Semgrep rule ${ruleId} matched.`
    if (!rules.has(ruleId)) rules.set(ruleId, ruleFrom(ruleId, message, meta, severity))
    const start = obj(r.start)
    const end = obj(r.end)
    const path = str(r.path)
    findings.push({
      ruleId,
      message,
      severity,
      location: { path, startLine: int(start.line), startColumn: int(start.col), endLine: int(end.line), endColumn: int(end.col) },
      identity: identity(ruleId, path, readSource(path), int(start.offset), int(end.offset), str(extra.lines), int(start.line))
    })
  }
  const errors: string[] = []
  const warnings: string[] = []
  for (const raw of arr(root.errors)) {
    const e = obj(raw)
    const text = describeError(e)
    // Semgrep marks harmless problems (an unknown id in a nosemgrep comment) as level "warn".
    if (str(e.level).toLowerCase().startsWith('warn')) warnings.push(text)
    else errors.push(text)
  }
  const scanned = arr(obj(root.paths).scanned).length
  return {
    findings,
    rules: [...rules.values()],
    errors,
    warnings,
    suppressed,
    scannedFiles: Array.isArray(obj(root.paths).scanned) ? scanned : undefined,
    version: str(root.version) || undefined,
    format: 'json'
  }
}

function fromSarif(root: Obj, readSource: SourceReader): SemgrepReport {
  const rules = new Map<string, Rule>()
  const findings: Finding[] = []
  const errors: string[] = []
  const warnings: string[] = []
  let suppressed = 0
  let version: string | undefined
  for (const rawRun of arr(root.runs)) {
    const run = obj(rawRun)
    const driver = obj(obj(run.tool).driver)
    version = str(driver.semanticVersion) || str(driver.version) || version
    const described = new Map<string, Obj>()
    for (const raw of arr(driver.rules)) described.set(str(obj(raw).id), obj(raw))
    for (const rawRes of arr(run.results)) {
      const res = obj(rawRes)
      if (arr(res.suppressions).length > 0) {
        suppressed++
        continue
      }
      const ruleId = str(res.ruleId) || 'semgrep-finding'
      const d = described.get(ruleId) ?? {}
      const props = obj(d.properties)
      const severity = props['security-severity'] !== undefined
        ? semgrepSeverity(undefined, { 'security-severity': props['security-severity'] })
        : severityFromLevel(str(res.level) || str(obj(d.defaultConfiguration).level))
      const message = str(obj(res.message).text).trim() || `Semgrep rule ${ruleId} matched.`
      if (!rules.has(ruleId)) {
        const meta: Obj = { cwe: arr(props.tags).filter(t => /^CWE-/i.test(str(t))), confidence: precisionWord(str(props.precision)) }
        const full = str(obj(d.fullDescription).text) || message
        rules.set(ruleId, ruleFrom(ruleId, full, meta, severity, str(obj(d.help).markdown) || undefined))
      }
      const loc = obj(obj(arr(res.locations)[0]).physicalLocation)
      const region = obj(loc.region)
      const path = str(obj(loc.artifactLocation).uri)
      findings.push({
        ruleId,
        message,
        severity,
        location: { path, startLine: int(region.startLine), startColumn: int(region.startColumn), endLine: int(region.endLine), endColumn: int(region.endColumn) },
        identity: identity(ruleId, path, readSource(path), undefined, undefined, str(obj(region.snippet).text), int(region.startLine))
      })
    }
    for (const inv of arr(run.invocations)) {
      const i = obj(inv)
      for (const n of arr(i.toolExecutionNotifications)) {
        const note = obj(n)
        const text = str(obj(note.message).text) || 'Semgrep reported a problem without a message.'
        if (str(note.level) === 'error') errors.push(text)
        else warnings.push(text)
      }
      if (i.executionSuccessful === false && errors.length === 0) errors.push('Semgrep reported that the scan did not succeed.')
    }
  }
  return { findings, rules: [...rules.values()], errors, warnings, suppressed, version, format: 'sarif' }
}

function precisionWord(p: string): string {
  return p === 'very-high' || p === 'high' ? 'HIGH' : p === 'low' ? 'LOW' : p === 'medium' ? 'MEDIUM' : ''
}

function describeError(e: Obj): string {
  const type = str(e.type) || (Array.isArray(e.type) ? str((e.type as unknown[])[0]) : '') || 'Semgrep error'
  const where = str(e.path) ? ` in ${str(e.path)}` : str(e.rule_id) ? ` in rule ${str(e.rule_id)}` : ''
  const message = (str(e.message) || str(e.long_msg) || str(e.short_msg) || 'no message').trim().split('\n').slice(0, 3).join(' ')
  return `${type}${where}: ${message}`
}

/** A rule as Semgrep's JSON knows it: only its id, its message and its metadata. */
function ruleFrom(id: string, message: string, meta: Obj, severity: Finding['severity'], helpMarkdown?: string): Rule {
  const cwes = arr(meta.cwe).concat(typeof meta.cwe === 'string' ? [meta.cwe] : []).map(str).filter(Boolean)
  const owasp = arr(meta.owasp).concat(typeof meta.owasp === 'string' ? [meta.owasp] : []).map(str).filter(Boolean)
  const refs = arr(meta.references).map(str).filter(u => /^https?:\/\//.test(u))
  const cweTags = cwes.map(c => /CWE-(\d+)/i.exec(c)?.[1]).filter(Boolean).map(n => `external/cwe/cwe-${n}`)
  const owaspTags = owasp.map(o => /^(A\d{1,2}):(\d{4})/i.exec(o)).filter(Boolean).map(m => `owasp-${m![1].toLowerCase()}-${m![2]}`)
  const short = id.split('.').pop() ?? id
  const helpText = [message, ...(cwes.length ? ['', cwes.join('; ')] : []), ...(refs.length ? ['', ...refs] : [])].join('\n')
  return {
    id,
    title: short.replace(/[-_]+/g, ' ').replace(/^./, c => c.toUpperCase()),
    description: message,
    helpText,
    helpMarkdown: helpMarkdown ?? [message, ...(cwes.length ? ['', `**Weakness:** ${cwes.join('; ')}`] : []), ...(refs.length ? ['', ...refs.map(r => `- ${r}`)] : [])].join('\n'),
    helpUri: str(meta.source) || str(meta['source-rule-url']) || refs[0] || undefined,
    tags: [...cweTags, ...owaspTags, ...(str(meta.category) ? [str(meta.category)] : [])],
    severity,
    confidence: semgrepConfidence(meta)
  }
}

/**
 * What identifies a finding across commits: the rule, the file and the matched code with white space folded, so a
 * finding keeps its identity when lines move or unrelated code changes. Without the source, Semgrep's own copy of
 * the lines is used (unless it says "requires login"), and as a last resort the line number.
 */
function identity(ruleId: string, path: string, source: Buffer | undefined, startOffset: number | undefined, endOffset: number | undefined, lines: string, line: number | undefined): string[] {
  let code: string | undefined
  if (source !== undefined && startOffset !== undefined && endOffset !== undefined && endOffset >= startOffset) {
    // Semgrep's offsets count bytes of UTF-8, not UTF-16 units.
    code = source.subarray(startOffset, endOffset).toString('utf8')
  } else if (lines && !/requires login/i.test(lines)) {
    code = lines
  }
  const key = code !== undefined ? `code:${createHash('sha256').update(code.replace(/\s+/g, ' ').trim()).digest('hex')}` : `line:${line ?? 0}`
  return [ruleId, path, key]
}
