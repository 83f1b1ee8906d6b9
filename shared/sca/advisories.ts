/**
 * Local vulnerability data: a folder of OSV-format advisory records (JSON), for air-gapped runs and for private
 * advisories about in-house packages. Every record is read and checked before a scanner sees it, so a broken file
 * is named instead of being skipped silently; then the records are laid out the way each scanner's own database
 * builder or reader wants them.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { writeZip } from './zip.js'
import { obj, type Obj } from '../json.js'


export interface AdvisoryRecord {
  id: string
  /** The record exactly as read (what the digest covers). */
  text: string
  /** The record parsed once, for laying it out and for reading its fixes. */
  data: Obj
  /** The file it came from, relative to the folder. */
  file: string
  published?: string
  aliases: string[]
  /** OSV ecosystem names (`npm`, `PyPI`, `Go`, ...), without `:suffix`es. */
  ecosystems: string[]
}

export interface AdvisorySet {
  dir: string
  records: AdvisoryRecord[]
  /** A digest of every record's id and bytes: names a database built from exactly these records. */
  digest: string
}

/** The ecosystems OSV-Scanner's local database gets an archive for (an empty one where no record names it). */
export const KNOWN_ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'Maven', 'crates.io', 'RubyGems', 'Packagist', 'NuGet', 'Pub', 'Hex', 'SwiftURL'] as const


/** Every `*.json` file below `dir`, following symbolic links (each real folder once, so a link loop ends). */
function walk(dir: string, out: string[] = [], seen = new Set<string>()): string[] {
  const real = realpathSync(dir)
  if (seen.has(real)) return out
  seen.add(real)
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const full = join(dir, entry.name)
    let kind: 'dir' | 'file' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other'
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(full)
        kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other'
      } catch {
        throw new ConfigurationError(`'${full}' in the advisory folder is a broken symbolic link.`)
      }
    }
    if (kind === 'dir') walk(full, out, seen)
    else if (kind === 'file' && entry.name.toLowerCase().endsWith('.json')) out.push(full)
  }
  return out
}

/** Reads and checks every `*.json` record under `dir` (recursively). */
export function loadAdvisories(dir: string, inputName = 'vulnerability-db'): AdvisorySet {
  let kind: 'folder' | 'file' | 'missing' = 'missing'
  try {
    kind = statSync(dir).isDirectory() ? 'folder' : 'file'
  } catch {
    kind = 'missing'
  }
  const want = 'it must be a folder of OSV-format advisory records (*.json)'
  if (kind === 'missing') throw new ConfigurationError(`The ${inputName} '${dir}' does not exist; ${want}.`)
  if (kind === 'file') throw new ConfigurationError(`The ${inputName} '${dir}' is a file; ${want}.`)
  const files = walk(dir).sort()
  if (files.length === 0) throw new ConfigurationError(`The ${inputName} folder '${dir}' holds no *.json advisory records.`)
  const records: AdvisoryRecord[] = []
  const seen = new Map<string, string>()
  for (const file of files) {
    const rel = relative(dir, file).replace(/\\/g, '/')
    const text = readFileSync(file, 'utf8')
    let data: unknown
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch (err) {
      throw new ConfigurationError(`Advisory record '${rel}' in '${dir}' is not valid JSON (${(err as Error).message}).`)
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      throw new ConfigurationError(`Advisory record '${rel}' in '${dir}' is ${Array.isArray(data) ? 'a JSON array' : 'not a JSON object'}; each file must hold one OSV record (an object with 'id' and 'affected').`)
    }
    const r = obj(data)
    const id = typeof r.id === 'string' ? r.id.trim() : ''
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id)) throw new ConfigurationError(`Advisory record '${rel}' has no usable 'id' (OSV records need one, e.g. "GHSA-xxxx-xxxx-xxxx" or "ACME-2026-0001").`)
    if (!Array.isArray(r.affected) || r.affected.length === 0) throw new ConfigurationError(`Advisory record '${rel}' (${id}) has no 'affected' packages, so it cannot match anything.`)
    const ecosystems = new Set<string>()
    for (const a of r.affected) {
      const p = obj(obj(a).package)
      const eco = typeof p.ecosystem === 'string' ? p.ecosystem.split(':')[0] : ''
      if (!eco || typeof p.name !== 'string' || !p.name) throw new ConfigurationError(`Advisory record '${rel}' (${id}) has an 'affected' entry without package.ecosystem and package.name.`)
      ecosystems.add(eco)
    }
    if (seen.has(id)) throw new ConfigurationError(`Advisory id ${id} is in both '${seen.get(id)}' and '${rel}'; keep one.`)
    seen.set(id, rel)
    records.push({
      id,
      text,
      data: r,
      file: rel,
      published: typeof r.published === 'string' ? r.published : undefined,
      aliases: Array.isArray(r.aliases) ? r.aliases.filter((x): x is string => typeof x === 'string') : [],
      ecosystems: [...ecosystems]
    })
  }
  const hash = createHash('sha256')
  for (const r of records) hash.update(r.id).update('\0').update(r.text).update('\0')
  return { dir, records, digest: hash.digest('hex').slice(0, 16) }
}

/** PEP 503: Python package names compare lower-cased, with runs of `-`, `_` and `.` as one `-`. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/**
 * OSV-Scanner's local matcher compares PyPI names exactly, after lower-casing the names it reads from lockfiles:
 * a record naming `PyYAML` or `Django` would never match. Its records get the normalised names instead.
 */
function pythonNamesNormalized(r: AdvisoryRecord): string {
  const affected = (Array.isArray(r.data.affected) ? r.data.affected : []).map(a => {
    const p = obj(obj(a).package)
    const python = typeof p.ecosystem === 'string' && p.ecosystem.split(':')[0] === 'PyPI' && typeof p.name === 'string'
    return python ? { ...obj(a), package: { ...p, name: normalizePythonName(p.name as string) } } : a
  })
  return JSON.stringify({ ...r.data, affected })
}

/**
 * Lays the records out as OSV-Scanner's local database reads them: `<dir>/osv-scalibr/<Ecosystem>/all.zip`, each
 * zip holding that ecosystem's records at its top level (a record spanning ecosystems goes into each). An empty zip
 * is written for every known ecosystem without records, so OSV-Scanner reads "no advisories" there rather than
 * failing for lack of a database.
 */
export function writeOsvScannerDb(set: AdvisorySet, outDir: string): string[] {
  const byEcosystem = new Map<string, AdvisoryRecord[]>()
  for (const e of KNOWN_ECOSYSTEMS) byEcosystem.set(e, [])
  for (const r of set.records) for (const e of r.ecosystems) byEcosystem.set(e, [...(byEcosystem.get(e) ?? []), r])
  const written: string[] = []
  for (const [ecosystem, records] of byEcosystem) {
    const dir = join(outDir, 'osv-scalibr', ecosystem)
    mkdirSync(dir, { recursive: true })
    const text = (r: AdvisoryRecord): string => (ecosystem === 'PyPI' ? pythonNamesNormalized(r) : r.text)
    writeFileSync(join(dir, 'all.zip'), writeZip(records.map(r => ({ name: `${r.id}.json`, data: Buffer.from(text(r), 'utf8') }))))
    if (records.length > 0) written.push(ecosystem)
  }
  return written
}

/**
 * Lays the records out as Trivy's database builder reads them, in `cacheDir`:
 * - every record as GitHub's advisory database: `ghsa/advisories/github-reviewed/YYYY/MM/<id>/<id>.json`, dated by
 *   the record's `published` month;
 * - records about Go modules also as the Go vulnerability database (`govulndb/data/osv/<id>.json`): the builder
 *   takes the standard library and `golang.org/x/*` advisories only from there and skips them in GitHub's.
 * Returns the builder's source names to pass as `--only-update`.
 */
export function writeTrivyDbSources(set: AdvisorySet, cacheDir: string): string[] {
  const goDir = join(cacheDir, 'govulndb', 'data', 'osv')
  mkdirSync(goDir, { recursive: true })
  mkdirSync(join(cacheDir, 'ghsa', 'advisories', 'github-reviewed'), { recursive: true })
  for (const r of set.records) {
    const m = /^(\d{4})-(\d{2})/.exec(r.published ?? '')
    const [year, month] = m ? [m[1], m[2]] : ['1970', '01']
    const dir = join(cacheDir, 'ghsa', 'advisories', 'github-reviewed', year, month, r.id)
    mkdirSync(dir, { recursive: true })
    // Both of the builder's readers require a database_specific object; GitHub's records have one, private ones may not.
    const text = r.data.database_specific && typeof r.data.database_specific === 'object' ? r.text : JSON.stringify({ ...r.data, database_specific: {} })
    writeFileSync(join(dir, `${r.id}.json`), text)
    if (r.ecosystems.includes('Go')) writeFileSync(join(goDir, `${r.id}.json`), text)
  }
  return ['ghsa', 'govulndb']
}

/**
 * The fixed versions the records themselves give for `pkg` under any of `ids` (a record's id or aliases), from their
 * `fixed` events; undefined when no record names that package. With local records this is the one source of fixes
 * for both scanners: a database builder may read other fields (GitHub's `last_known_affected_version_range`) as a fix.
 */
export function recordFixes(set: AdvisorySet, ids: string[], pkg: string): string[] | undefined {
  const wanted = new Set(ids.map(i => i.toUpperCase()))
  // Names compare loosely (case, and `-`/`_`/`.` runs), as the most forgiving ecosystem (PyPI) does.
  const name = normalizePythonName(pkg)
  for (const r of set.records) {
    if (!wanted.has(r.id.toUpperCase()) && !r.aliases.some(a => wanted.has(a.toUpperCase()))) continue
    const entries = (Array.isArray(r.data.affected) ? r.data.affected : []).map(obj).filter(a => {
      const p = obj(a.package)
      return typeof p.name === 'string' && normalizePythonName(p.name) === name
    })
    if (entries.length === 0) continue
    const fixed = entries.flatMap(a => (Array.isArray(a.ranges) ? a.ranges : []).flatMap(range => (Array.isArray(obj(range).events) ? (obj(range).events as unknown[]) : []).map(e => obj(e).fixed)))
    return [...new Set(fixed.filter((f): f is string => typeof f === 'string' && f.length > 0))]
  }
  return undefined
}
