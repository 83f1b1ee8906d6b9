/**
 * The SCA stage, free of GitHub Actions specifics so the action and `devsecops sca` run the same code: find the
 * lockfiles, get the vulnerability data (Trivy's database, downloaded with retries or built here from local OSV
 * records; or OSV-Scanner's local database laid out from the same records), scan, point every finding at the line
 * that declares the package, and on pull requests tell the vulnerabilities a PR adds from those its base already had.
 */
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { ConfigurationError, errorMessage, ScannerError } from '../../shared/errors.js'
import { findMergeBase, inWorktree } from '../../shared/git/baseline.js'
import { tryGit } from '../../shared/git/git.js'
import type { EventContext } from '../../shared/git/scope.js'
import type { Logger } from '../../shared/log.js'
import type { Column } from '../../shared/report/summary.js'
import type { Finding, ScanRun } from '../../shared/sarif/model.js'
import type { FailOn } from '../../shared/sarif/severity.js'
import { loadAdvisories, recordFixes, writeOsvScannerDb, type AdvisorySet } from '../../shared/sca/advisories.js'
import { locatePackage } from '../../shared/sca/locate.js'
import { findDependencyFiles, isSkipped, requirementIncludes, type Manifest } from '../../shared/sca/manifests.js'
import { baselineKey, toFindings, type DependencyVulnerability } from '../../shared/sca/vulnerability.js'
import { OSV_SCANNER_URI, runOsvScanner } from '../../shared/scanners/osv.js'
import { buildTrivyDb, DEFAULT_DB_REPOSITORIES, downloadTrivyDb, isFresh, readDbMetadata, runTrivyFs, TRIVY_URI } from '../../shared/scanners/trivy.js'
import { TOOLS } from '../../shared/tools/specs.js'
import { finishStage, plural, type StageResult } from '../common/stage.js'

export type ScaScanner = 'trivy' | 'osv-scanner'
export const SCA_SCANNERS: readonly ScaScanner[] = ['trivy', 'osv-scanner']

type Binary = () => Promise<{ path: string; version: string }>

export interface ScaOptions {
  root: string
  scanner: ScaScanner
  /** A folder of OSV-format advisory records: scan offline against exactly these. */
  vulnerabilityDb?: string
  /** Where Trivy downloads its database from (mirrors first), when no local records are given. */
  dbRepositories?: string[]
  /** Where vulnerability databases are kept between runs (default: the devsecops cache folder). */
  cacheDir?: string
  failOn: FailOn
  ignoreUnfixed: boolean
  newFindingsOnly: boolean
  base?: string
  event?: EventContext
  /** Folders to leave out, relative to root. */
  skipDirs: string[]
  sarifPath: string
  tools: { trivy: Binary; 'osv-scanner': Binary; 'trivy-db': Binary }
  logger: Logger
  /** For tests: the database download's retry delays. */
  backoffMs?: (attempt: number) => number
}

export interface ScaResult extends StageResult {
  manifests: Manifest[]
  /** Lockfiles and manifests the scanner read, relative to the scanned folder. */
  scanned: string[]
  preExisting: Finding[]
  baseline?: string
}

/** The `scanner` input. */
export function parseScaScanner(value: string, inputName = 'scanner'): ScaScanner {
  const v = (value || 'trivy').trim().toLowerCase()
  if ((SCA_SCANNERS as readonly string[]).includes(v)) return v as ScaScanner
  throw new ConfigurationError(`Input '${inputName}' is '${value}'; allowed values: ${SCA_SCANNERS.join(', ')}.`)
}

/** A list input: one entry per line or comma-separated. */
export function parseList(value: string): string[] {
  return value.split(/[\n,]+/).map(s => s.trim()).filter(Boolean)
}

/** The folder where databases are kept between runs. */
export function defaultScaCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DEVSECOPS_DB_CACHE_DIR) return env.DEVSECOPS_DB_CACHE_DIR
  const base = env.RUNNER_TOOL_CACHE || (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'devsecops') : join(homedir(), '.cache', 'devsecops'))
  return join(base, 'devsecops-db')
}

interface ScanData {
  /** One line for the summary: where the vulnerability data came from. */
  source: string
  warnings: string[]
  scan: (dir: string) => Promise<{ vulns: DependencyVulnerability[]; scanned: string[] }>
}

const TOOL_NAMES: Record<ScaScanner, string> = { trivy: 'Trivy', 'osv-scanner': 'OSV-Scanner' }

export async function runScaStage(o: ScaOptions): Promise<ScaResult> {
  const started = Date.now()
  if (!existsSync(resolve(o.root))) throw new ConfigurationError(`The path to scan '${o.root}' does not exist.`)
  if (!statSync(resolve(o.root)).isDirectory()) throw new ConfigurationError(`The path to scan '${o.root}' is a file; give the folder that holds the lockfiles.`)
  const root = realpathSync(resolve(o.root))
  // Findings are reported relative to the repository's top level, as code scanning expects, when root is inside one.
  const top = (await tryGit(root, ['rev-parse', '--show-toplevel']))?.trim()
  const repoRoot = top && existsSync(top) ? realpathSync(top) : root
  const prefix = relative(repoRoot, root).replace(/\\/g, '/')
  const { manifests, packageJsons } = findDependencyFiles(root, o.skipDirs)
  o.logger.info(manifests.length > 0 ? `Found ${plural(manifests.length, 'dependency file')}: ${manifests.map(m => m.path).join(', ')}` : 'Found no lockfile or manifest.')
  const toolName = TOOL_NAMES[o.scanner]
  const tool = { name: toolName, version: TOOLS[o.scanner].version, informationUri: o.scanner === 'trivy' ? TRIVY_URI : OSV_SCANNER_URI }
  const warnings: string[] = []
  let run: ScanRun | undefined
  let error: { message: string; lines: string[] } | undefined
  let preExisting: Finding[] = []
  let scanned: string[] = []
  let baseline: string | undefined
  let source = ''
  const work = mkdtempSync(join(tmpdir(), 'devsecops-sca-'))
  try {
    const advisories = o.vulnerabilityDb ? readAdvisories(resolve(root, o.vulnerabilityDb)) : undefined
    if (advisories) o.logger.info(`Read ${plural(advisories.records.length, 'advisory record')} from ${advisories.dir}.`)
    const bin = await o.logger.group(`Get ${toolName}`, o.tools[o.scanner])
    tool.version = bin.version
    const data = await o.logger.group('Get the vulnerability data', () => prepareData(o, bin.path, advisories, work))
    source = data.source
    warnings.push(...data.warnings)
    const scanIn = async (dir: string): Promise<{ vulns: DependencyVulnerability[]; scanned: string[] }> => {
      const r = await data.scan(dir)
      const kept = r.vulns.filter(v => v.standIn || !isSkipped(v.path, o.skipDirs))
      // With local records, the fixes are the records' own, whichever scanner matched them.
      const fixed = advisories ? kept.map(v => ({ ...v, fixed: recordFixes(advisories, [v.id, ...v.aliases], v.package) ?? v.fixed })) : kept
      return { vulns: fixed, scanned: r.scanned.filter(p => !isSkipped(p, o.skipDirs)) }
    }
    const head = await o.logger.group(`Scan with ${toolName}`, () => scanIn(root))
    scanned = head.scanned
    const { rules, findings } = toFindings(placed(head.vulns, root, prefix))
    run = {
      stage: 'sca',
      tool,
      rules,
      findings,
      invocation: { successful: true, exitCode: 0, errors: [], warnings: [] }
    }
    baseline = o.newFindingsOnly ? await findMergeBase(root, o) : undefined
    if (baseline) {
      const sha = baseline
      const keys = await o.logger.group(`Scan the merge base ${sha.slice(0, 7)}`, () =>
        inWorktree(repoRoot, sha, async tree => {
          // A pull request that adds the scanned folder: its base had no dependencies there at all.
          if (!existsSync(join(tree, prefix))) return new Set<string>()
          const base = await scanIn(join(tree, prefix))
          return new Set(toFindings(placed(base.vulns, join(tree, prefix), prefix)).findings.map(baselineKey))
        })
      )
      for (const f of findings) {
        const old = keys.has(baselineKey(f))
        if (old) preExisting.push(f)
        f.properties = { ...f.properties, baseline: old ? 'pre-existing' : 'new' }
      }
      o.logger.info(`${findings.length - preExisting.length} new, ${preExisting.length} already on the merge base.`)
    }
  } catch (err) {
    if (err instanceof ConfigurationError) throw err
    error = { message: errorMessage(err), lines: err instanceof ScannerError ? err.details : [] }
    preExisting = []
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  if (error) {
    o.logger.error(`The SCA scan did not complete: ${error.message}`)
    for (const l of error.lines) o.logger.error(`  ${l}`)
  }
  run ??= {
    stage: 'sca',
    tool,
    rules: [],
    findings: [],
    invocation: { successful: false, errors: [error?.message ?? 'unknown error', ...(error?.lines ?? [])], warnings: [] }
  }
  const missed = error ? [] : manifests.filter(m => !scanned.includes(m.path))
  const unlocked = unlockedPackageJsons(root, packageJsons)
  if (!error && manifests.length === 0 && scanned.length === 0) warnings.push('No lockfile or manifest was found, so no dependency was checked.')
  const notFollowed = missed.filter(m => m.includedBy)
  const notRead = missed.filter(m => !m.includedBy)
  if (notFollowed.length > 0) {
    warnings.push(`${toolName} does not follow requirements includes (-r, -c): ${notFollowed.map(m => m.path).join(', ')} ${notFollowed.length === 1 ? 'was' : 'were'} not checked. Scan with osv-scanner, or pin those packages in requirements.txt itself.`)
  }
  if (notRead.length > 0) {
    warnings.push(`${toolName} read no packages from ${notRead.map(m => m.path).join(', ')}: the file is empty, cannot be parsed, has no resolved versions, or is a kind ${toolName} does not read.`)
  }
  const pre = new Set(preExisting)
  const unfixed = (f: Finding): boolean => o.ignoreUnfixed && f.properties?.fixedVersion === undefined
  run.properties = {
    manifests: manifests.map(m => m.path).join(', '),
    ...(source ? { vulnerabilityData: source } : {}),
    ...(baseline ? { baseline } : {})
  }
  const shown = (paths: string[]): string => (paths.length > 0 ? paths.map(p => `\`${p}\``).join(', ') : 'none')
  const result = await finishStage({
    title: '📦 Dependencies (SCA)',
    root: repoRoot,
    run,
    failOn: o.failOn,
    sarifPath: o.sarifPath,
    started,
    logger: o.logger,
    scanned: [
      ['Lockfiles and manifests found', manifests.length > 0 ? manifests.map(m => `\`${m.path}\` (${m.ecosystem})`).join(', ') : 'none'],
      ['Scanned', error ? 'not completed' : shown(scanned)],
      ...(source ? [['Vulnerability data', source] as [string, string]] : []),
      ['Gate', `${baseline ? `new vulnerabilities only (merge base ${baseline.slice(0, 7)})` : 'all vulnerabilities'}${o.ignoreUnfixed ? '; those with no published fix do not gate (ignore-unfixed)' : ''}`]
    ],
    columns: SCA_COLUMNS,
    error,
    exempt: f => pre.has(f) || unfixed(f),
    exemptLabel: f => (pre.has(f) ? 'pre-existing' : 'no fix yet'),
    notes: unlocked.map(d => `\`${d}\` has no lockfile beside it, so its dependencies were not checked: commit the lockfile your package manager writes.`),
    warnings,
    onFailure: 'Each finding names the version to upgrade to. Upgrade the package (or the dependency that pulls it in), regenerate the lockfile, and push again.'
  })
  return { ...result, manifests, scanned, preExisting, baseline }
}

export const SCA_COLUMNS: Column[] = [
  { header: 'Package', value: f => `${String(f.properties?.package ?? '')} ${String(f.properties?.installedVersion ?? '')}`.trim() },
  { header: 'Fix', value: f => String(f.properties?.fixedVersion ?? 'none yet') },
  { header: 'Status', value: f => (f.properties?.baseline === 'pre-existing' ? 'pre-existing' : f.properties?.baseline === 'new' ? 'new' : '') }
]

/** Manifests that declare dependencies with no lockfile beside them: no scanner can tell which versions are used. */
function unlockedPackageJsons(root: string, packageJsons: string[]): string[] {
  return packageJsons.filter(p => {
      const dir = p.slice(0, Math.max(0, p.lastIndexOf('/')))
      const here = (name: string): boolean => existsSync(join(root, dir, name))
      if (['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'].some(here)) return false
      // A workspace member's lockfile lives at the workspace root.
      try {
        const pkg = JSON.parse(readFileSync(join(root, p), 'utf8')) as { dependencies?: object; devDependencies?: object; private?: boolean }
        return Object.keys(pkg.dependencies ?? {}).length > 0 && !existsSync(join(root, 'package-lock.json')) && !existsSync(join(root, 'yarn.lock')) && !existsSync(join(root, 'pnpm-lock.yaml'))
      } catch {
        return false
      }
    })
}

/** A missing or broken advisory folder is a database the scan cannot use: the error outcome, with the file named. */
function readAdvisories(dir: string): AdvisorySet {
  try {
    return loadAdvisories(dir, 'vulnerability-db')
  } catch (err) {
    throw new ScannerError(errorMessage(err))
  }
}

/**
 * Puts each vulnerability on the line that declares its package (when the scanner gave none) and makes its path
 * repo-relative. Each lockfile is read once, however many vulnerabilities it holds.
 */
function placed(vulns: DependencyVulnerability[], root: string, prefix: string): DependencyVulnerability[] {
  const texts = new Map<string, string | undefined>()
  const read = (file: string): string | undefined => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(join(root, file), 'utf8'))
      } catch {
        // the file is not there (a scanner-made target): the finding points at line 1 and says the line is unknown
        texts.set(file, undefined)
      }
    }
    return texts.get(file)
  }
  const includes = new Map<string, string[]>()
  return vulns.map(v => {
    let { startLine, endLine, path } = v
    if (startLine === undefined && !v.standIn && v.path) {
      // A requirements file's package may be declared in a file it includes (`-r base.txt`): point there.
      if (!includes.has(v.path)) includes.set(v.path, requirementIncludes(root, v.path))
      for (const file of [v.path, ...(includes.get(v.path) ?? [])]) {
        const text = read(file)
        // An included file is in requirements format whatever its name.
        const at = text === undefined ? undefined : locatePackage(file === v.path ? file : 'requirements.txt', text, v.package, v.installed)
        if (at) {
          ;({ startLine, endLine } = at)
          path = file
          break
        }
      }
    }
    return { ...v, path: prefix ? `${prefix}/${path}` : path, startLine, endLine }
  })
}

/** What OSV-Scanner read: the sources with packages, and the files their requirements include (it follows `-r`). */
function osvScanned(dir: string, sources: Array<{ path: string; packages: number }>): string[] {
  const read = sources.filter(s => s.packages > 0).map(s => s.path)
  return [...new Set([...read, ...read.flatMap(p => requirementIncludes(dir, p))])]
}

async function prepareData(o: ScaOptions, binary: string, advisories: AdvisorySet | undefined, work: string): Promise<ScanData> {
  const cacheDir = o.cacheDir ?? defaultScaCacheDir()
  if (o.scanner === 'osv-scanner') {
    if (!advisories) {
      return {
        source: 'osv.dev (online)',
        warnings: [],
        scan: async dir => {
          const r = await runOsvScanner({ binary, root: dir, skipDirs: o.skipDirs, logger: o.logger })
          return { vulns: r.report.vulnerabilities, scanned: osvScanned(dir, r.report.sources) }
        }
      }
    }
    const db = join(work, 'osv-db')
    const ecosystems = writeOsvScannerDb(advisories, db)
    o.logger.info(`Laid out OSV-Scanner's local database for ${ecosystems.join(', ') || 'no ecosystem'} in ${db}.`)
    return {
      source: `${plural(advisories.records.length, 'local advisory record')} from \`${advisories.dir}\` (offline)`,
      warnings: [],
      scan: async dir => {
        const r = await runOsvScanner({ binary, root: dir, localDb: db, skipDirs: o.skipDirs, logger: o.logger })
        return { vulns: r.report.vulnerabilities, scanned: osvScanned(dir, r.report.sources) }
      }
    }
  }

  const warnings: string[] = []
  let trivyCache: string
  let source: string
  if (advisories) {
    trivyCache = join(cacheDir, 'trivy-local', advisories.digest)
    const builder = await o.logger.group("Get Trivy's database builder", o.tools['trivy-db'])
    await buildTrivyDb({ builder: builder.path, advisories, cacheDir: trivyCache, logger: o.logger })
    source = `Trivy database built from ${plural(advisories.records.length, 'local advisory record')} in \`${advisories.dir}\` (offline)`
  } else {
    trivyCache = join(cacheDir, 'trivy')
    const repositories = o.dbRepositories && o.dbRepositories.length > 0 ? o.dbRepositories : DEFAULT_DB_REPOSITORIES
    const meta = readDbMetadata(trivyCache)
    if (isFresh(meta)) {
      o.logger.info(`Using the Trivy database downloaded today (${meta?.downloadedAt?.toISOString() ?? 'today'}) from ${trivyCache}.`)
    } else {
      try {
        await downloadTrivyDb({ binary, cacheDir: trivyCache, repositories, logger: o.logger, backoffMs: o.backoffMs })
      } catch (err) {
        // A database from an earlier day is better than none; it is named in the summary, never used silently.
        const old = readDbMetadata(trivyCache)
        const at = old?.downloadedAt ?? old?.updatedAt
        if (!old || !(err instanceof ScannerError)) throw err
        warnings.push(`${err.message} Scanned with the database from ${at ? at.toISOString().slice(0, 10) : 'an earlier run'} instead.`)
        o.logger.warning(warnings[warnings.length - 1])
      }
    }
    const now = readDbMetadata(trivyCache)
    const at = now?.updatedAt ?? now?.downloadedAt
    source = `Trivy database${at ? ` of ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''} from ${repositories.join(', ')}`
  }
  return {
    source,
    warnings,
    scan: async dir => {
      const r = await runTrivyFs({ binary, root: dir, cacheDir: trivyCache, skipDirs: o.skipDirs, logger: o.logger })
      return { vulns: r.report.vulnerabilities, scanned: r.report.targets.filter(t => t.packages > 0 || t.vulnerabilities > 0).map(t => t.target) }
    }
  }
}
