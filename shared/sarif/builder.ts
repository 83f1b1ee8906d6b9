/**
 * Turns scan runs (our finding model) into one SARIF 2.1.0 log that GitHub code scanning accepts: one run per
 * tool per stage, a category `devsecops/<stage>/`, every rule complete (descriptions, help, tags, precision and a
 * numeric security-severity), repository-relative URIs under %SRCROOT%, regions >= 1, and an invocation that says
 * whether the scanner itself succeeded.
 */
import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import type { Finding, Rule, ScanRun } from './model.js'
import { sarifLevel, securitySeverity, severityFromScore } from './severity.js'
import type { Region, ReportingDescriptor, SarifLog, SarifResult, SarifRun } from './types.js'
import { SARIF_SCHEMA_URI } from './types.js'

/** GitHub's length limits on rule texts. */
const MAX_NAME = 255
const MAX_DESCRIPTION = 1024
/** GitHub shows 10 tags per rule. */
const MAX_TAGS = 10
/** The partialFingerprints key for our line-independent identity. */
export const IDENTITY_KEY = 'devsecopsIdentity/v1'

export interface BuildOptions {
  /** Absolute path of the checkout root; becomes `originalUriBaseIds["%SRCROOT%"]`. Omitted when undefined. */
  checkoutRoot?: string
  /** Leave out start/end times (golden tests). */
  omitTimes?: boolean
}

/** The category of a stage's run. Ends in `/` so GitHub reads the whole id as the category. */
export function category(stage: string): string {
  return `devsecops/${stage}/`
}

/** A short stable hash of a finding's identity parts. */
export function identityHash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}

/** Builds one SARIF log holding one run per scan run. */
export function buildSarif(runs: ScanRun[], options: BuildOptions = {}): SarifLog {
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: runs.map(r => buildRun(r, options)) }
}

function buildRun(run: ScanRun, options: BuildOptions): SarifRun {
  const rules = new Map<string, Rule>()
  for (const rule of run.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule)
  // A finding whose rule the scanner did not describe still needs a complete rule for GitHub.
  for (const f of run.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, stubRule(f))
  const ruleList = [...rules.values()]
  const index = new Map(ruleList.map((r, i) => [r.id, i]))
  const inv = run.invocation
  const sarifRun: SarifRun = {
    tool: {
      driver: {
        name: run.tool.name,
        version: run.tool.version,
        ...(semver(run.tool.version) ? { semanticVersion: semver(run.tool.version) } : {}),
        informationUri: run.tool.informationUri,
        rules: ruleList.map(descriptor)
      }
    },
    automationDetails: { id: category(run.stage) },
    ...(options.checkoutRoot
      ? { originalUriBaseIds: { '%SRCROOT%': { uri: dirUri(options.checkoutRoot) } } }
      : {}),
    invocations: [
      {
        executionSuccessful: inv.successful,
        ...(inv.exitCode !== undefined ? { exitCode: inv.exitCode } : {}),
        ...(!options.omitTimes && inv.startTime ? { startTimeUtc: inv.startTime.toISOString() } : {}),
        ...(!options.omitTimes && inv.endTime ? { endTimeUtc: inv.endTime.toISOString() } : {}),
        toolExecutionNotifications: [
          ...inv.errors.map(text => ({ level: 'error' as const, message: { text } })),
          ...inv.warnings.map(text => ({ level: 'warning' as const, message: { text } }))
        ]
      }
    ],
    results: run.findings.map(f => result(f, index.get(f.ruleId) ?? 0)),
    ...(run.properties && Object.keys(run.properties).length > 0 ? { properties: { ...run.properties } } : {})
  }
  return sarifRun
}

function descriptor(rule: Rule): ReportingDescriptor {
  const tags = dedupe(['security', ...(rule.tags ?? [])]).slice(0, MAX_TAGS)
  const own = rule.score !== undefined && Number.isFinite(rule.score) && rule.score > 0 && severityFromScore(rule.score) === rule.severity
  const score = own ? rule.score!.toFixed(1) : securitySeverity(rule.severity)
  const help = rule.helpText.trim() || rule.description
  return {
    id: rule.id,
    name: clip(pascalName(rule.id), MAX_NAME),
    shortDescription: { text: clip(oneLine(rule.title || rule.id), MAX_DESCRIPTION) },
    fullDescription: { text: clip(oneLine(rule.description || rule.title || rule.id), MAX_DESCRIPTION) },
    help: { text: help, ...(rule.helpMarkdown ? { markdown: rule.helpMarkdown } : {}) },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags,
      precision: rule.confidence ?? 'medium',
      ...(score ? { 'security-severity': score } : { 'problem.severity': 'recommendation' })
    }
  }
}

function result(f: Finding, ruleIndex: number): SarifResult {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(f.location.path), uriBaseId: '%SRCROOT%' },
          region: region(f)
        }
      }
    ],
    partialFingerprints: { [IDENTITY_KEY]: identityHash(f.identity) },
    properties: { severity: f.severity, ...(f.standIn ? { standInLocation: true } : {}), ...(f.properties ?? {}) }
  }
}

/** A region that always satisfies the schema: every number >= 1, end never before start. */
function region(f: Finding): Region {
  const l = f.location
  const startLine = positive(l.startLine) ?? 1
  const r: Region = { startLine }
  const endLine = positive(l.endLine)
  if (endLine && endLine >= startLine) r.endLine = endLine
  const startColumn = positive(l.startColumn)
  if (startColumn) r.startColumn = startColumn
  const endColumn = positive(l.endColumn)
  const sameLine = (r.endLine ?? startLine) === startLine
  if (endColumn && (!sameLine || !startColumn || endColumn > startColumn)) r.endColumn = endColumn
  return r
}

function stubRule(f: Finding): Rule {
  return {
    id: f.ruleId,
    title: f.ruleId,
    description: `Findings of the rule ${f.ruleId}.`,
    helpText: `The scanner reported ${f.ruleId} without describing the rule. See the finding's message.`,
    severity: f.severity
  }
}

/** SARIF wants integers >= 1; a scanner's nonsense (negative, fractional, astronomically large) is dropped. */
function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n >= 1 && n <= 2 ** 31 - 1 ? Math.floor(n) : undefined
}

/** Repository-relative, forward slashes, percent-encoded where a URI requires it. */
export function encodePath(path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '')
  return clean
    .split('/')
    .map(seg => encodeURIComponent(seg).replace(/%40/g, '@').replace(/%2B/g, '+'))
    .join('/')
}

function dirUri(root: string): string {
  const u = pathToFileURL(root).href
  return u.endsWith('/') ? u : `${u}/`
}

function semver(v: string): string | undefined {
  const m = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/.exec(v.trim())
  return m ? m[1] : undefined
}

function pascalName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean)
  const name = words.map(w => w[0].toUpperCase() + w.slice(1)).join('')
  return name || 'Rule'
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs.map(x => x.trim()).filter(Boolean))]
}
