/**
 * Reads Trivy's reports into our model: the JSON report (schema 2, and the bare array of targets Trivy wrote before
 * v0.20) and Trivy's SARIF. Vulnerabilities become dependency vulnerabilities (pointing at the lockfile line Trivy
 * reports for the package, when it does); misconfigurations (`trivy config`) become findings on the resource's lines.
 * Packages in an image (OS packages, or language packages inside the image) have no file in the repository: they
 * point at a stand-in file and name the image target in the message.
 */
import { ScannerError } from '../errors.js'
import type { Finding, Rule } from '../sarif/model.js'
import { importSarif, isSarif, securitySeverityOf, uriToPath } from '../sarif/import.js'
import { labelSeverity, severityFromScore } from '../sarif/severity.js'
import type { DependencyVulnerability } from '../sca/vulnerability.js'
import { splitVersions } from '../sca/versions.js'
import { arr, obj, str, type Obj } from '../json.js'

export interface TrivyTarget {
  /** A lockfile or manifest path relative to the scanned folder, or an image description. */
  target: string
  class: string
  type: string
  packages: number
  vulnerabilities: number
  misconfigurations: number
}

export interface TrivyReport {
  format: 'json' | 'legacy-json' | 'sarif'
  version?: string
  artifactName?: string
  artifactType?: string
  targets: TrivyTarget[]
  vulnerabilities: DependencyVulnerability[]
  /** From config scans: failed checks only. */
  misconfigurations: { rules: Rule[]; findings: Finding[] }
  errors: string[]
  warnings: string[]
}

export interface TrivyReportOptions {
  /** The repository file that stands in for findings with no file of their own (default `Dockerfile`). */
  standIn?: string
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const line = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined)

export function parseTrivyReport(text: string, options: TrivyReportOptions = {}): TrivyReport {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new ScannerError(`The Trivy report is not valid JSON (${(err as Error).message}).`)
  }
  if (isSarif(data)) return fromSarif(data, options)
  if (Array.isArray(data)) return fromJson({ Results: data }, 'legacy-json', options)
  const root = obj(data)
  if (!('Results' in root) && !('SchemaVersion' in root) && !('ArtifactName' in root)) {
    throw new ScannerError("The Trivy report has no 'Results': it is not a Trivy JSON or SARIF report.")
  }
  return fromJson(root, 'json', options)
}

/**
 * The CVSS base score from the source Trivy took the severity from, else GHSA's, NVD's, or any: the higher of its v4
 * and v3 scores, as the OSV-Scanner path takes the highest, so both scanners rank one advisory the same.
 */
function cvssScore(v: Obj): number | undefined {
  const cvss = obj(v.CVSS)
  const order = [str(v.SeveritySource), 'ghsa', 'nvd', ...Object.keys(cvss)].filter(Boolean)
  for (const source of order) {
    const entry = obj(cvss[source])
    const scores = [num(entry.V40Score), num(entry.V3Score)].filter((x): x is number => x !== undefined && x > 0)
    if (scores.length > 0) return Math.max(...scores)
  }
  return undefined
}

/**
 * The vulnerability's other ids: Trivy's vendor ids (the GHSA id of a CVE). References often link related but
 * different advisories, so they are read for an id only as a last resort.
 */
function aliasesOf(v: Obj, id: string): string[] {
  const ids = new Set(arr(v.VendorIDs).map(str).filter(Boolean))
  if (ids.size === 0) {
    // Older reports have no vendor ids: a GHSA id is taken from the references only when they name exactly one.
    const named = new Set<string>()
    for (const ref of [str(v.PrimaryURL), ...arr(v.References).map(str)]) {
      for (const m of ref.matchAll(/\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/gi)) named.add(m[0])
    }
    if (named.size === 1) ids.add([...named][0])
  }
  ids.delete(id)
  return [...ids]
}

function fromJson(root: Obj, format: TrivyReport['format'], options: TrivyReportOptions): TrivyReport {
  const artifactType = str(root.ArtifactType) || undefined
  const targets: TrivyTarget[] = []
  const vulnerabilities: DependencyVulnerability[] = []
  const rules = new Map<string, Rule>()
  const findings: Finding[] = []
  for (const raw of arr(root.Results)) {
    const result = obj(raw)
    const target = str(result.Target)
    const klass = str(result.Class)
    const type = str(result.Type)
    const packages = arr(result.Packages).map(obj)
    const vulns = arr(result.Vulnerabilities).map(obj)
    const misconfs = arr(result.Misconfigurations).map(obj).filter(m => str(m.Status) !== 'PASS' && str(m.Status) !== 'EXCEPTION')
    targets.push({ target, class: klass, type, packages: packages.length, vulnerabilities: vulns.length, misconfigurations: misconfs.length })

    // Where each package is declared: Trivy puts line ranges on packages, not on vulnerabilities.
    const byUid = new Map<string, Obj>()
    const byId = new Map<string, Obj>()
    for (const p of packages) {
      const uid = str(obj(p.Identifier).UID)
      if (uid) byUid.set(uid, p)
      if (str(p.ID)) byId.set(str(p.ID), p)
      byId.set(`${str(p.Name)}@${str(p.Version)}`, p)
    }
    const inImage = klass === 'os-pkgs' || artifactType === 'container_image' || artifactType === 'vm'
    for (const v of vulns) {
      const id = str(v.VulnerabilityID)
      if (!id) continue
      const pkgName = str(v.PkgName)
      const installed = str(v.InstalledVersion)
      const pkg = byUid.get(str(obj(v.PkgIdentifier).UID)) ?? byId.get(str(v.PkgID)) ?? byId.get(`${pkgName}@${installed}`)
      const loc = obj(arr(pkg?.Locations)[0])
      const pkgPath = str(pkg?.FilePath) || str(v.PkgPath)
      vulnerabilities.push({
        id,
        aliases: aliasesOf(v, id),
        package: pkgName,
        ecosystem: type || klass,
        installed,
        fixed: splitVersions(str(v.FixedVersion)),
        path: inImage ? options.standIn ?? 'Dockerfile' : target,
        ...(inImage ? { standIn: true, subject: pkgPath ? `${target} (${pkgPath})` : target } : { startLine: line(loc.StartLine), endLine: line(loc.EndLine) }),
        severityLabel: str(v.Severity) || undefined,
        score: cvssScore(v),
        title: str(v.Title) || undefined,
        description: str(v.Description) || undefined,
        url: str(v.PrimaryURL) || undefined,
        cwes: arr(v.CweIDs).map(str).filter(c => /^CWE-\d+$/i.test(c)),
        relationship: str(pkg?.Relationship) || undefined
      })
    }
    for (const m of misconfs) {
      const id = str(m.AVDID) || str(m.ID)
      if (!id) continue
      const severity = labelSeverity(str(m.Severity))
      if (!rules.has(id)) {
        const resolution = str(m.Resolution)
        rules.set(id, {
          id,
          title: str(m.Title) || id,
          description: str(m.Description).trim() || str(m.Title) || id,
          helpText: [str(m.Description).trim(), resolution ? `Fix: ${resolution}` : '', str(m.PrimaryURL)].filter(Boolean).join('\n\n'),
          helpUri: str(m.PrimaryURL) || undefined,
          tags: ['misconfiguration', type].filter(Boolean),
          severity,
          confidence: 'high'
        })
      }
      const cause = obj(m.CauseMetadata)
      const resource = str(cause.Resource)
      findings.push({
        ruleId: id,
        message: `${str(m.Message) || str(m.Title) || id}${resource ? ` (${resource})` : ''}`,
        severity,
        location: { path: target, startLine: line(cause.StartLine), endLine: line(cause.EndLine) },
        identity: ['trivy-config', id, target, resource || String(line(cause.StartLine) ?? '')]
      })
    }
  }
  return {
    format,
    version: str(obj(root.Trivy).Version) || undefined,
    artifactName: str(root.ArtifactName) || undefined,
    artifactType,
    targets,
    vulnerabilities,
    misconfigurations: { rules: [...rules.values()], findings },
    errors: [],
    warnings: []
  }
}


/** `Key: value` lines of Trivy's SARIF messages and help texts. */
function fields(text: string): Map<string, string> {
  const m = new Map<string, string>()
  for (const l of text.split(/\r?\n/)) {
    const match = /^([A-Za-z][A-Za-z ]+):\s*(.+)$/.exec(l.trim())
    if (match) m.set(match[1].toLowerCase(), match[2].trim())
  }
  return m
}

function fromSarif(data: unknown, options: TrivyReportOptions): TrivyReport {
  const runs = importSarif(data, 'Trivy')
  const vulnerabilities: DependencyVulnerability[] = []
  const rules = new Map<string, Rule>()
  const findings: Finding[] = []
  const targets = new Map<string, TrivyTarget>()
  const errors: string[] = []
  const warnings: string[] = []
  let version: string | undefined
  for (const run of runs) {
    version ??= run.tool.version
    errors.push(...run.errors)
    warnings.push(...run.warnings)
    const image = typeof run.properties.imageName === 'string' ? run.properties.imageName : undefined
    for (const r of run.results) {
      const f = fields(r.message)
      const tags = Array.isArray(r.rule?.properties.tags) ? (r.rule?.properties.tags as unknown[]).map(String) : []
      const path = r.uri ?? ''
      const target = targets.get(path) ?? { target: path, class: '', type: '', packages: 0, vulnerabilities: 0, misconfigurations: 0 }
      targets.set(path, target)
      const score = securitySeverityOf(r.rule?.properties)
      const label = f.get('severity') ?? tags.find(t => /^(CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)$/.test(t))
      if (tags.includes('vulnerability') || f.has('installed version')) {
        target.vulnerabilities++
        const inImage = Boolean(image) || r.uriBaseId === 'ROOTPATH'
        vulnerabilities.push({
          id: r.ruleId,
          aliases: r.rule?.aliases ?? [],
          package: f.get('package') ?? '',
          ecosystem: '',
          installed: f.get('installed version') ?? '',
          fixed: splitVersions(f.get('fixed version')),
          path: inImage ? options.standIn ?? 'Dockerfile' : path,
          ...(inImage ? { standIn: true, subject: image ?? path } : { startLine: r.startLine, endLine: r.endLine }),
          severityLabel: label,
          score: typeof r.rule?.properties.cvssv3_baseScore === 'number' ? (r.rule.properties.cvssv3_baseScore as number) : score,
          title: r.rule?.shortDescription,
          description: r.rule?.fullDescription,
          url: r.rule?.helpUri
        })
      } else {
        target.misconfigurations++
        const severity = label ? labelSeverity(label) : score !== undefined ? severityFromScore(score) : labelSeverity(r.level ?? '')
        if (!rules.has(r.ruleId)) {
          rules.set(r.ruleId, {
            id: r.ruleId,
            title: r.rule?.shortDescription ?? r.ruleId,
            description: r.rule?.fullDescription ?? r.rule?.shortDescription ?? r.ruleId,
            helpText: r.rule?.helpText ?? '',
            helpMarkdown: r.rule?.helpMarkdown,
            helpUri: r.rule?.helpUri,
            tags: ['misconfiguration'],
            severity,
            confidence: 'high'
          })
        }
        findings.push({
          ruleId: r.ruleId,
          message: f.get('message') ?? (r.message.split('\n')[0] || r.ruleId),
          severity,
          location: { path: uriToPath(path), startLine: r.startLine, endLine: r.endLine },
          identity: ['trivy-config', r.ruleId, path, String(r.startLine ?? '')]
        })
      }
    }
  }
  return {
    format: 'sarif',
    version,
    targets: [...targets.values()],
    vulnerabilities,
    misconfigurations: { rules: [...rules.values()], findings },
    errors,
    warnings
  }
}
