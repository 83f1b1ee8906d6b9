/**
 * Two checks of a SARIF log before it leaves us: the official SARIF 2.1.0 JSON schema, and what GitHub code scanning
 * itself requires beyond the schema ("Upload limits", "What GitHub reads" and "Locations" in github-sarif.md). Both
 * return readable messages, one per problem; an empty list means the log passed.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04'
import { GITHUB_HARD_LIMITS, gzipSize } from './limits.js'
import type { SarifLocation, SarifLog, SarifResult, SarifRun } from './types.js'

// ajv-draft-04 is CommonJS: under NodeNext its default import is the whole module, whose `default` is the class.
const Ajv = AjvModule.default

const compiled = new WeakMap<object, ValidateFunction>()

/** RFC 3986 characters, or a percent escape: what `uri` and `uri-reference` may contain. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/

/**
 * Validates `log` against the SARIF 2.1.0 schema (draft-04) passed in as `schema`. The schema is not shipped with the
 * product; tests load the official file. Returns "path: message" strings.
 */
export function validateSchema(log: unknown, schema: object): string[] {
  let validate = compiled.get(schema)
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false })
    // The schema's formats, checked without another dependency: URIs by their character set, times as RFC 3339.
    ajv.addFormat('uri', (s: string) => SCHEME.test(s) && URI_CHARS.test(s))
    ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s))
    ajv.addFormat('date-time', (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))))
    validate = ajv.compile(schema)
    compiled.set(schema, validate)
  }
  if (validate(log)) return []
  return (validate.errors ?? []).map(formatError)
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '/' : e.instancePath
  const params = e.params as Record<string, unknown>
  let detail = ''
  if (typeof params['additionalProperty'] === 'string') detail = ` ("${params['additionalProperty']}")`
  else if (Array.isArray(params['allowedValues'])) detail = ` (${params['allowedValues'].map(String).join(', ')})`
  return `${where}: ${e.message ?? e.keyword}${detail}`
}

/** Collects problems, keeping the first few of each kind so one systematic fault cannot produce 25,000 lines. */
class Problems {
  private readonly lines: string[] = []
  private readonly counts = new Map<string, number>()
  constructor(private readonly perKind = 10) {}

  add(kind: string, message: string): void {
    const n = (this.counts.get(kind) ?? 0) + 1
    this.counts.set(kind, n)
    if (n <= this.perKind) this.lines.push(message)
  }

  list(): string[] {
    const more = [...this.counts].filter(([, n]) => n > this.perKind)
    return [...this.lines, ...more.map(([kind, n]) => `... and ${n - this.perKind} more: ${kind}`)]
  }
}

/**
 * Checks what GitHub requires of an upload beyond the schema: its hard limits, complete rules, a numeric
 * security-severity, a file location on every result, well-formed categories. Returns one message per problem.
 */
export function checkGitHubRules(log: SarifLog): string[] {
  const p = new Problems()
  const L = GITHUB_HARD_LIMITS
  const runs = Array.isArray(log.runs) ? log.runs : []
  if (runs.length > L.runs) p.add('runs', `${runs.length} runs: GitHub accepts at most ${L.runs} per file`)

  const categories = new Map<string, number>()
  runs.forEach((run, r) => {
    const at = `runs[${r}]`
    if (!run.tool?.driver?.name) p.add('tool', `${at}: tool.driver.name is missing`)
    checkRun(run, at, p)
    const id = run.automationDetails?.id
    if (id !== undefined && !id.endsWith('/')) {
      p.add('category', `${at}.automationDetails.id "${id}" should end with "/" (GitHub splits it at the last "/")`)
    }
    const key = JSON.stringify([toolIdentity(run), id === undefined ? '' : categoryOf(id)])
    const first = categories.get(key)
    if (first !== undefined) {
      p.add('duplicate', `${at} has the same tool and category as runs[${first}]: GitHub rejects the file`)
    } else {
      categories.set(key, r)
    }
  })

  const size = gzipSize(log)
  if (size > L.gzipBytes) p.add('size', `compressed size ${size} bytes is over GitHub's ${L.gzipBytes}`)
  return p.list()
}

function toolIdentity(run: SarifRun): unknown[] {
  const d = run.tool?.driver as (SarifRun['tool']['driver'] & { guid?: string }) | undefined
  return [d?.name, d?.fullName, d?.version, d?.semanticVersion, d?.guid]
}

/** GitHub reads `category/run-id`, split at the last "/". */
function categoryOf(id: string): string {
  const slash = id.lastIndexOf('/')
  return slash < 0 ? id : id.slice(0, slash)
}

function checkRun(run: SarifRun, at: string, p: Problems): void {
  const L = GITHUB_HARD_LIMITS
  const rules = run.tool?.driver?.rules ?? []
  const results = run.results ?? []
  if (results.length > L.resultsPerRun) p.add('results', `${at}: ${results.length} results, over ${L.resultsPerRun}`)
  if (rules.length > L.rulesPerRun) p.add('rules', `${at}: ${rules.length} rules, over ${L.rulesPerRun}`)

  rules.forEach((rule, i) => {
    const where = `${at}.tool.driver.rules[${i}]`
    if (!rule.id) p.add('rule id', `${where}: id is missing`)
    if (rule.name !== undefined && rule.name.length > 255) p.add('rule name', `${where}: name is over 255 characters`)
    for (const key of ['shortDescription', 'fullDescription'] as const) {
      const text = rule[key]?.text
      if (!text) p.add(`rule ${key}`, `${where}: ${key}.text is missing`)
      else if (text.length > 1024) p.add(`rule ${key}`, `${where}: ${key}.text is over 1024 characters`)
    }
    if (!rule.help?.text) p.add('rule help', `${where}: help.text is missing`)
    const tags = rule.properties?.['tags']
    if (Array.isArray(tags) && tags.length > L.tagsPerRule) {
      p.add('rule tags', `${where}: ${tags.length} tags, over ${L.tagsPerRule}`)
    }
    checkSecuritySeverity(rule.properties?.['security-severity'], `${where}.properties`, p)
  })

  results.forEach((result, i) => checkResult(result, `${at}.results[${i}]`, rules.length, p))
}

function checkResult(result: SarifResult, at: string, ruleCount: number, p: Problems): void {
  const L = GITHUB_HARD_LIMITS
  if (!result.message?.text) p.add('message', `${at}: message.text is missing`)
  if (result.ruleId === undefined && result.ruleIndex === undefined) p.add('rule ref', `${at}: ruleId is missing`)
  if (result.ruleIndex !== undefined && (result.ruleIndex < 0 || result.ruleIndex >= ruleCount)) {
    p.add('rule ref', `${at}: ruleIndex ${result.ruleIndex} is not an index into the run's rules`)
  }
  const locations = result.locations ?? []
  if (!locations[0]?.physicalLocation?.artifactLocation?.uri) {
    p.add('location', `${at}: locations[0].physicalLocation.artifactLocation.uri is missing`)
  }
  if (locations.length > L.locationsPerResult) {
    p.add('locations', `${at}: ${locations.length} locations, over ${L.locationsPerResult}`)
  }
  locations.forEach((location, j) => checkLocation(location, `${at}.locations[${j}]`, p))

  const flows = (result.codeFlows ?? []) as Array<{ threadFlows?: Array<{ locations?: unknown[] }> }>
  let steps = 0
  for (const flow of flows) for (const thread of flow.threadFlows ?? []) steps += thread.locations?.length ?? 0
  if (steps > L.threadFlowLocationsPerResult) {
    p.add('thread flows', `${at}: ${steps} thread-flow locations, over ${L.threadFlowLocationsPerResult}`)
  }
  checkSecuritySeverity(result.properties?.['security-severity'], `${at}.properties`, p)
}

function checkLocation(location: SarifLocation, at: string, p: Problems): void {
  const physical = location.physicalLocation
  const uri = physical?.artifactLocation?.uri
  if (uri !== undefined && SCHEME.test(uri) && !/^file:/i.test(uri)) {
    p.add('uri scheme', `${at}: URI "${uri}" must be relative or file://`)
  }
  const region = physical?.region
  if (region !== undefined) {
    const line = region.startLine
    if (line === undefined || !Number.isInteger(line) || line < 1) {
      p.add('region', `${at}: region.startLine must be an integer >= 1`)
    }
  }
}

function checkSecuritySeverity(value: unknown, at: string, p: Problems): void {
  if (value === undefined) return
  const ok = typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value) && Number(value) > 0 && Number(value) <= 10
  if (!ok) p.add('security-severity', `${at}: security-severity ${JSON.stringify(value)} is not a number in (0, 10]`)
}
