/**
 * Reads OSV-Scanner's reports (its JSON, v1 and v2, and its SARIF) into dependency vulnerabilities. OSV-Scanner groups
 * records that describe the same vulnerability (a GHSA and a RUSTSEC, say): each group becomes one finding, named by
 * its CVE where it has one (as Trivy names it), else its first id, with the other ids as aliases. Its SARIF marks
 * every result "warning"; we take the severity from the advisory instead.
 */
import { relative, isAbsolute } from 'node:path'
import { ScannerError } from '../errors.js'
import { importSarif, isSarif, securitySeverityOf } from '../sarif/import.js'
import { scoreFromOsvSeverity } from '../sca/severity.js'
import type { DependencyVulnerability } from '../sca/vulnerability.js'
import { splitVersions } from '../sca/versions.js'
import { arr, obj, str, type Obj } from '../json.js'

export interface OsvSource {
  /** Relative to the scanned root when it is inside it. */
  path: string
  type: string
  packages: number
  vulnerabilities: number
}

export interface OsvReport {
  format: 'json' | 'sarif'
  sources: OsvSource[]
  vulnerabilities: DependencyVulnerability[]
  errors: string[]
  warnings: string[]
}

export interface OsvReportOptions {
  /** The scanned root: absolute source paths under it become relative. */
  root?: string
}


function relativePath(path: string, root: string | undefined): string {
  const clean = path.replace(/\\/g, '/')
  if (root && isAbsolute(clean)) {
    const rel = relative(root, clean).replace(/\\/g, '/')
    if (rel && !rel.startsWith('..')) return rel
  }
  return clean.replace(/^\.\//, '')
}

export function parseOsvReport(text: string, options: OsvReportOptions = {}): OsvReport {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new ScannerError(`The OSV-Scanner report is not valid JSON (${(err as Error).message}).`)
  }
  if (isSarif(data)) return fromSarif(data, options)
  const root = obj(data)
  if (!Array.isArray(root.results)) throw new ScannerError("The OSV-Scanner report has no 'results': it is not an OSV-Scanner JSON or SARIF report.")
  return fromJson(root, options)
}

/** The name an advisory is reported under: its CVE where it has one, else a GHSA, else its first id. */
export function primaryId(ids: string[]): string {
  return ids.find(i => /^CVE-/i.test(i)) ?? ids.find(i => /^GHSA-/i.test(i)) ?? ids[0]
}

const norm = (ecosystem: string, name: string): string => {
  const e = ecosystem.split(':')[0].toLowerCase()
  return e === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : e === 'maven' || e === 'nuget' || e === 'packagist' ? name.toLowerCase() : name
}

/** Every `fixed` event of the record's entries for this package. */
function fixedVersions(record: Obj, ecosystem: string, name: string): string[] {
  const want = norm(ecosystem, name)
  const out: string[] = []
  for (const a of arr(record.affected).map(obj)) {
    const p = obj(a.package)
    if (str(p.ecosystem).split(':')[0] !== ecosystem.split(':')[0] || norm(ecosystem, str(p.name)) !== want) continue
    for (const range of arr(a.ranges).map(obj)) {
      for (const e of arr(range.events).map(obj)) if (str(e.fixed)) out.push(...splitVersions(str(e.fixed)))
    }
  }
  return [...new Set(out)]
}

function fromJson(root: Obj, options: OsvReportOptions): OsvReport {
  const sources: OsvSource[] = []
  const vulnerabilities: DependencyVulnerability[] = []
  for (const raw of arr(root.results)) {
    const result = obj(raw)
    const source = obj(result.source)
    const path = relativePath(str(source.path), options.root)
    const packages = arr(result.packages).map(obj)
    let count = 0
    for (const p of packages) {
      const pkg = obj(p.package)
      const name = str(pkg.name)
      const version = str(pkg.version)
      const ecosystem = str(pkg.ecosystem)
      const records = new Map(arr(p.vulnerabilities).map(obj).map(v => [str(v.id), v]))
      const groups = arr(p.groups).map(obj)
      // Older reports may have no groups: every record is its own group.
      const grouped = groups.length > 0 ? groups.map(g => ({ ids: arr(g.ids).map(str).filter(Boolean), aliases: arr(g.aliases).map(str), max: str(g.max_severity) })) : [...records.keys()].map(id => ({ ids: [id], aliases: [] as string[], max: '' }))
      for (const group of grouped) {
        const recs = group.ids.map(id => records.get(id)).filter((r): r is Obj => r !== undefined)
        const allIds = [...new Set([...group.ids, ...group.aliases, ...recs.flatMap(r => arr(r.aliases).map(str))].filter(Boolean))]
        if (allIds.length === 0) continue
        const id = primaryId(allIds)
        const scored = [/^\d+(\.\d+)?$/.test(group.max) ? Number(group.max) : undefined, ...recs.map(r => scoreFromOsvSeverity([...arr(r.severity), ...arr(r.affected).flatMap(a => arr(obj(a).severity))]))].filter(
          (n): n is number => n !== undefined && n > 0
        )
        const label = recs.map(r => str(obj(r.database_specific).severity)).find(Boolean)
        const first = recs[0] ?? {}
        count++
        vulnerabilities.push({
          id,
          aliases: allIds.filter(x => x !== id),
          package: name,
          ecosystem,
          installed: version,
          fixed: [...new Set(recs.flatMap(r => fixedVersions(r, ecosystem, name)))],
          path,
          severityLabel: label,
          score: scored.length > 0 ? Math.max(...scored) : undefined,
          title: str(first.summary) || undefined,
          description: str(first.details).split(/\n\s*\n/)[0] || undefined,
          cwes: recs.flatMap(r => arr(obj(r.database_specific).cwe_ids).map(str)).filter(c => /^CWE-\d+$/i.test(c))
        })
      }
    }
    sources.push({ path, type: str(source.type), packages: packages.length, vulnerabilities: count })
  }
  return { format: 'json', sources, vulnerabilities, errors: [], warnings: [] }
}

function fromSarif(data: unknown, options: OsvReportOptions): OsvReport {
  const runs = importSarif(data, 'OSV-Scanner')
  const vulnerabilities: DependencyVulnerability[] = []
  const sources = new Map<string, OsvSource>()
  const errors: string[] = []
  const warnings: string[] = []
  // OSV-Scanner writes one result per record of a group, all under the group's rule: keep one.
  const seen = new Set<string>()
  for (const run of runs) {
    errors.push(...run.errors)
    warnings.push(...run.warnings)
    for (const r of run.results) {
      if (seen.has(`${r.ruleId}\u0000${r.message}\u0000${r.uri}`)) continue
      seen.add(`${r.ruleId}\u0000${r.message}\u0000${r.uri}`)
      // "Package 'ansi-html@0.0.1' is vulnerable to 'CVE-2021-23424' (also known as 'GHSA-…')."
      const m = /Package '(.+)@([^@']+)' is vulnerable/.exec(r.message)
      const path = relativePath(r.uri ?? '', options.root)
      const source = sources.get(path) ?? { path, type: 'lockfile', packages: 0, vulnerabilities: 0 }
      sources.set(path, source)
      source.vulnerabilities++
      const ids = [r.ruleId, ...(r.rule?.aliases ?? [])]
      const id = primaryId(ids)
      const fixed = sarifFixedVersions(r.rule?.helpText ?? '', m?.[1] ?? '')
      vulnerabilities.push({
        id,
        aliases: [...new Set(ids)].filter(x => x !== id),
        package: m?.[1] ?? '',
        ecosystem: '',
        installed: m?.[2] ?? '',
        fixed,
        path,
        startLine: r.startLine,
        endLine: r.endLine,
        score: securitySeverityOf(r.rule?.properties),
        title: r.rule?.shortDescription?.replace(/^[^:]+:\s*/, ''),
        description: r.rule?.fullDescription
      })
    }
  }
  return { format: 'sarif', sources: [...sources.values()], vulnerabilities, errors, warnings }
}

/** The "Fixed Versions" table of OSV-Scanner's SARIF help text: `| id | package | version |` rows for a package. */
function sarifFixedVersions(help: string, pkg: string): string[] {
  const after = help.split(/#+\s*Fixed Versions/i)[1] ?? ''
  const out: string[] = []
  for (const row of after.split(/\r?\n/)) {
    const cells = row.split('|').map(c => c.trim())
    if (cells.length >= 5 && cells[2] === pkg && /^[0-9v]/.test(cells[3])) out.push(...splitVersions(cells[3]))
  }
  return [...new Set(out)]
}
