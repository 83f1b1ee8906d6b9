/**
 * Reads another tool's SARIF (Trivy's, OSV-Scanner's, ...) into plain records the adapters can map onto our model:
 * results with their rule, level, message, first location and properties, the rules with their texts and
 * `security-severity`, and the error notifications that say whether the scan is complete. Tolerant of the quirks
 * real tools write: `ruleIndex` without `ruleId`, `-1` sentinels, `file://` URIs, absolute paths, missing regions.
 */
import { ScannerError } from '../errors.js'
import { arr, obj, type Obj } from '../json.js'

export interface ImportedRule {
  id: string
  name?: string
  shortDescription?: string
  fullDescription?: string
  helpText?: string
  helpMarkdown?: string
  helpUri?: string
  level?: string
  properties: Record<string, unknown>
  /** Other ids of the rule (SARIF `deprecatedIds`), e.g. an advisory's aliases. */
  aliases: string[]
}

export interface ImportedResult {
  ruleId: string
  rule?: ImportedRule
  level?: string
  message: string
  /** As written, with `file://` and a leading `./` removed. */
  uri?: string
  uriBaseId?: string
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
  properties: Record<string, unknown>
  suppressed: boolean
}

export interface ImportedRun {
  tool: { name: string; version?: string }
  rules: ImportedRule[]
  results: ImportedResult[]
  errors: string[]
  warnings: string[]
  successful?: boolean
  properties: Record<string, unknown>
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined)
const pos = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined)
const text = (v: unknown): string | undefined => str(obj(v).text)

/** True when the parsed JSON looks like a SARIF log. */
export function isSarif(data: unknown): boolean {
  const o = obj(data)
  return Array.isArray(o.runs) && (typeof o.version === 'string' || typeof o.$schema === 'string')
}

/** Turns a SARIF artifact URI into a path: `file:///x/y` -> `/x/y`, percent-decoding, no leading `./`. */
export function uriToPath(uri: string): string {
  let u = uri
  if (/^file:/i.test(u)) u = u.replace(/^file:(\/\/)?/i, '')
  try {
    u = decodeURIComponent(u)
  } catch {
    // keep it as written
  }
  return u.replace(/^\.\//, '')
}

export function importSarif(data: unknown, toolLabel: string): ImportedRun[] {
  if (!isSarif(data)) throw new ScannerError(`The ${toolLabel} report is not a SARIF log (no 'runs').`)
  return arr(obj(data).runs).map(raw => importRun(obj(raw)))
}

function importRule(r: Obj): ImportedRule {
  const id = str(r.id) ?? str(r.name) ?? 'unknown-rule'
  return {
    id,
    name: str(r.name),
    shortDescription: text(r.shortDescription),
    fullDescription: text(r.fullDescription),
    helpText: text(r.help),
    helpMarkdown: str(obj(r.help).markdown),
    helpUri: str(r.helpUri),
    level: str(obj(r.defaultConfiguration).level),
    properties: obj(r.properties),
    aliases: arr(r.deprecatedIds).filter((x): x is string => typeof x === 'string' && x !== id)
  }
}

function importRun(run: Obj): ImportedRun {
  const driver = obj(obj(run.tool).driver)
  const rules = arr(driver.rules).map(r => importRule(obj(r)))
  const byId = new Map(rules.map(r => [r.id, r]))
  const results: ImportedResult[] = []
  for (const raw of arr(run.results)) {
    const r = obj(raw)
    const index = typeof r.ruleIndex === 'number' && r.ruleIndex >= 0 ? r.ruleIndex : undefined
    const rule = (str(r.ruleId) && byId.get(str(r.ruleId)!)) || (index !== undefined ? rules[index] : undefined)
    const ruleId = str(r.ruleId) ?? rule?.id ?? 'unknown-rule'
    const physical = obj(obj(arr(r.locations)[0]).physicalLocation)
    const artifact = obj(physical.artifactLocation)
    const region = obj(physical.region)
    const uri = str(artifact.uri)
    results.push({
      ruleId,
      rule,
      level: str(r.level),
      message: text(r.message) ?? '',
      uri: uri ? uriToPath(uri) : undefined,
      uriBaseId: str(artifact.uriBaseId),
      startLine: pos(region.startLine),
      startColumn: pos(region.startColumn),
      endLine: pos(region.endLine),
      endColumn: pos(region.endColumn),
      properties: obj(r.properties),
      suppressed: arr(r.suppressions).some(s => {
        const status = str(obj(s).status)
        return status === undefined || status === 'accepted'
      })
    })
  }
  const errors: string[] = []
  const warnings: string[] = []
  let successful: boolean | undefined
  for (const inv of arr(run.invocations).map(obj)) {
    if (typeof inv.executionSuccessful === 'boolean') successful = (successful ?? true) && inv.executionSuccessful
    for (const n of [...arr(inv.toolExecutionNotifications), ...arr(inv.toolConfigurationNotifications)].map(obj)) {
      const message = text(n.message)
      if (!message) continue
      if (str(n.level) === 'error') errors.push(message)
      else if (str(n.level) === 'warning') warnings.push(message)
    }
  }
  return {
    tool: { name: str(driver.name) ?? 'unknown', version: str(driver.version) ?? str(driver.semanticVersion) },
    rules,
    results,
    errors,
    warnings,
    successful,
    properties: obj(run.properties)
  }
}

/** A severity number from SARIF's `security-severity` property (a string or number in 0-10). */
export function securitySeverityOf(properties: Record<string, unknown> | undefined): number | undefined {
  const v = properties?.['security-severity']
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined
  return n !== undefined && n >= 0 && n <= 10 ? n : undefined
}
