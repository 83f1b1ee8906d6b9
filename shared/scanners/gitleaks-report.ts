/**
 * Reads every report gitleaks has written over its versions into our finding model: v8 JSON and CSV (PascalCase
 * fields), v8 SARIF (commit data in partialFingerprints), v7 JSON (camelCase, display names as rules) and v7 SARIF
 * (no ruleId in results). Secret values, matched lines, authors and e-mails are never copied into a finding; they
 * are returned in `sensitive` so the caller can mask them before anything is logged.
 */
import { ScannerError } from '../errors.js'
import type { Finding, Rule } from '../sarif/model.js'
import { secretRule } from './gitleaks-rules.js'

export interface GitleaksReport {
  findings: Finding[]
  rules: Rule[]
  /**
   * Values that must never be printed: secrets, matched lines, e-mails, author names. None of them is copied into a
   * finding; `secrets` is the subset the caller should register for masking (a redacted report has none).
   */
  sensitive: string[]
  secrets: string[]
  /** Which generation of report this was, for the log. */
  format: 'v8-json' | 'v8-csv' | 'v8-sarif' | 'v7-json' | 'v7-sarif' | 'empty'
}

/** One leak as the formats have in common, before it becomes a finding. */
interface Leak {
  ruleId: string
  ruleName?: string
  description?: string
  file: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
  commit?: string
  date?: string
  tags: string[]
}

/** Parses a gitleaks report (format detected from the content). Throws ScannerError when it is unreadable. */
export function parseGitleaksReport(text: string): GitleaksReport {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '') return { findings: [], rules: [], sensitive: [], secrets: [], format: 'empty' }
  if (trimmed.startsWith('RuleID,')) return fromLeaks(parseCsv(trimmed), 'v8-csv')
  let data: unknown
  try {
    data = JSON.parse(trimmed)
  } catch (err) {
    throw new ScannerError(`The gitleaks report is not valid JSON, SARIF or CSV (${(err as Error).message}).`)
  }
  if (Array.isArray(data)) {
    if (data.length === 0) return { findings: [], rules: [], sensitive: [], secrets: [], format: 'empty' }
    if (data.some(e => !e || typeof e !== 'object' || Array.isArray(e))) {
      throw new ScannerError('The gitleaks report lists something that is not a leak record (null, a number or a list).')
    }
    const first = data[0] as Record<string, unknown>
    if (first && typeof first === 'object' && 'RuleID' in first) return fromLeaks(v8Json(data), 'v8-json')
    if (first && typeof first === 'object' && ('offender' in first || 'rule' in first)) return fromLeaks(v7Json(data), 'v7-json')
    throw new ScannerError('The gitleaks report is a JSON array whose entries have neither RuleID (v8) nor rule/offender (v7).')
  }
  if (data && typeof data === 'object' && Array.isArray((data as { runs?: unknown }).runs)) {
    const runs = (data as { runs: unknown[] }).runs
    if (runs.some(r => !r || typeof r !== 'object')) throw new ScannerError('The gitleaks SARIF report has a run that is not an object.')
    return fromSarif(data as SarifIn)
  }
  throw new ScannerError('The gitleaks report is JSON but neither a list of leaks nor a SARIF log.')
}

function fromLeaks(parsed: { leaks: Leak[]; sensitive: string[]; secrets: string[] }, format: GitleaksReport['format']): GitleaksReport {
  const rules = new Map<string, Rule>()
  const findings: Finding[] = []
  for (const leak of parsed.leaks) {
    if (!rules.has(leak.ruleId)) rules.set(leak.ruleId, secretRule(leak.ruleId, leak.ruleName, leak.description, leak.tags))
    findings.push(toFinding(leak, rules.get(leak.ruleId)!))
  }
  const secrets = [...new Set(parsed.secrets.filter(v => v && !/^(REDACTED|\*+)$/.test(v.trim())))]
  return { findings, rules: [...rules.values()], sensitive: parsed.sensitive.filter(Boolean), secrets, format }
}

function toFinding(leak: Leak, rule: Rule): Finding {
  const short = leak.commit ? leak.commit.slice(0, 7) : undefined
  const where = `${leak.file}${leak.startLine ? `:${leak.startLine}` : ''}`
  const when = short ? ` in commit ${short}${leak.date ? ` (${leak.date.slice(0, 10)})` : ''}` : ''
  return {
    ruleId: leak.ruleId,
    message: `${rule.title} found at ${where}${when}. Revoke or rotate it, then remove it from the code.`,
    severity: rule.severity,
    location: {
      path: leak.file,
      startLine: leak.startLine,
      endLine: leak.endLine,
      startColumn: leak.startColumn,
      endColumn: leak.endColumn
    },
    // A leak is a fact about one commit and line; it does not move, so the line is part of its identity.
    identity: [leak.ruleId, leak.file, leak.commit ?? 'worktree', String(leak.startLine ?? 0)],
    properties: {
      ...(leak.commit ? { commit: leak.commit } : {}),
      ...(leak.date ? { commitDate: leak.date } : {})
    }
  }
}

type Row = Record<string, unknown>
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : Number.parseInt(str(v), 10)
  return Number.isFinite(n) ? n : undefined
}

/** gitleaks writes dates as RFC 3339 in real scans; keep anything else as it came. */
function isoDate(v: unknown): string | undefined {
  const s = str(v).trim()
  if (!s) return undefined
  const d = new Date(s)
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(d.getTime())) return s
  // Staged and working-tree leaks carry Go's zero time (0001-01-01): no date at all.
  return d.getUTCFullYear() < 1971 ? undefined : d.toISOString()
}

function v8Json(rows: Row[]): { leaks: Leak[]; sensitive: string[]; secrets: string[] } {
  const sensitive: string[] = []
  const secrets: string[] = []
  const leaks = rows.map(r => {
    secrets.push(str(r.Secret), str(r.Match))
    sensitive.push(str(r.Secret), str(r.Match), str(r.Email), str(r.Author))
    const tags = Array.isArray(r.Tags) ? r.Tags.map(str) : str(r.Tags).split(/[\s,]+/)
    return {
      ruleId: str(r.RuleID) || 'unknown-secret',
      description: str(r.Description) || undefined,
      file: str(r.File),
      startLine: num(r.StartLine),
      endLine: num(r.EndLine),
      startColumn: num(r.StartColumn),
      endColumn: num(r.EndColumn),
      commit: str(r.Commit) || undefined,
      date: isoDate(r.Date),
      tags: tags.filter(Boolean)
    }
  })
  return { leaks, sensitive, secrets }
}

function v7Json(rows: Row[]): { leaks: Leak[]; sensitive: string[]; secrets: string[] } {
  const sensitive: string[] = []
  const secrets: string[] = []
  const leaks = rows.map(r => {
    secrets.push(str(r.offender), str(r.line))
    sensitive.push(str(r.offender), str(r.line), str(r.email), str(r.author))
    const name = str(r.rule) || 'Unknown secret'
    return {
      ruleId: slug(name),
      ruleName: name,
      file: str(r.file),
      startLine: num(r.lineNumber),
      commit: str(r.commit) || undefined,
      date: isoDate(r.date),
      tags: str(r.tags).split(',').map(t => t.trim()).filter(Boolean)
    }
  })
  return { leaks, sensitive, secrets }
}

/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): { leaks: Leak[]; sensitive: string[]; secrets: string[] } {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') rows[rows.length - 1].push(field), (field = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      rows[rows.length - 1].push(field)
      field = ''
      rows.push([])
    } else field += c
  }
  rows[rows.length - 1].push(field)
  const [header, ...body] = rows.filter(r => r.length > 1 || r[0] !== '')
  const objects = body.map(cells => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])))
  return v8Json(objects)
}

interface SarifIn {
  runs: Array<{
    tool?: { driver?: { name?: string; rules?: Array<{ id?: string; name?: string; shortDescription?: { text?: string } }> } }
    results?: Array<{
      ruleId?: string
      message?: { text?: string }
      locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: Row & { snippet?: { text?: string } } } }>
      partialFingerprints?: Row
      properties?: Row
    }>
  }>
}

function fromSarif(log: SarifIn): GitleaksReport {
  const leaks: Leak[] = []
  const sensitive: string[] = []
  const secrets: string[] = []
  let v7 = false
  for (const run of log.runs) {
    const names = new Map<string, { name?: string; short?: string }>()
    for (const r of run.tool?.driver?.rules ?? []) if (r.id) names.set(r.id, { name: r.name, short: r.shortDescription?.text })
    for (const res of run.results ?? []) {
      const loc = res.locations?.[0]?.physicalLocation
      const region = loc?.region ?? {}
      const fp = res.partialFingerprints ?? {}
      const props = res.properties ?? {}
      secrets.push(str(region.snippet?.text), str(props.offender))
      sensitive.push(str(region.snippet?.text), str(fp.email), str(fp.author), str(props.offender), str(props.email), str(props.author))
      // v7 results have no ruleId: the rule's display name starts the message ("AWS Access Key secret detected").
      let ruleId = str(res.ruleId)
      let ruleName: string | undefined
      if (!ruleId) {
        v7 = true
        ruleName = str(res.message?.text).replace(/ secret detected.*$/s, '') || 'Unknown secret'
        ruleId = slug(ruleName)
      } else {
        const known = names.get(ruleId)
        // Before 8.19 the rule's shortDescription held its regex; its name is the readable title then.
        ruleName = known?.name ?? (known?.short && !looksLikeRegex(known.short) ? known.short : undefined)
      }
      const tags = Array.isArray(props.tags) ? props.tags.map(str) : str(props.tags).split(',').map(t => t.trim())
      leaks.push({
        ruleId,
        ruleName,
        file: str(loc?.artifactLocation?.uri),
        startLine: num(region.startLine),
        endLine: num(region.endLine),
        startColumn: num(region.startColumn),
        endColumn: num(region.endColumn),
        commit: str(fp.commitSha ?? props.commit) || undefined,
        date: isoDate(fp.date ?? props.date),
        tags: tags.filter(Boolean)
      })
    }
  }
  return fromLeaks({ leaks, sensitive, secrets }, v7 ? 'v7-sarif' : 'v8-sarif')
}

function looksLikeRegex(s: string): boolean {
  return /[\\()[\]{}|?*+^$]/.test(s) && !/\s[a-z]+\s/i.test(s.replace(/\(\?i\)/g, ''))
}

/** "AWS Access Key" -> "aws-access-key". */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unknown-secret'
}
