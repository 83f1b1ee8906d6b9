/**
 * The Trivy adapter for dependency scanning: keeping its vulnerability database (downloaded with retries, from a
 * mirror if asked, reused while fresh; or built here from local OSV records with Trivy's own database builder), and
 * running `trivy fs` on a folder with everything else that would reach the network switched off.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ScannerError } from '../errors.js'
import { formatDuration, type Logger } from '../log.js'
import { writeTrivyDbSources, type AdvisorySet } from '../sca/advisories.js'
import { errorLines, outputTail, runProcess, type RunResult } from '../tools/process.js'
import { parseTrivyReport, type TrivyReport } from './trivy-report.js'

export const TRIVY_URI = 'https://trivy.dev'
/** Where Trivy downloads its database from by default (its own order). */
export const DEFAULT_DB_REPOSITORIES = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']

/** Switches that keep Trivy from reaching out for anything but the database. */
const QUIET_FLAGS = ['--skip-version-check', '--disable-telemetry', '--skip-java-db-update', '--offline-scan', '--no-progress']

export interface DbMetadata {
  version?: number
  updatedAt?: Date
  nextUpdate?: Date
  downloadedAt?: Date
}

/** Reads `<cache>/db/metadata.json`; undefined when there is no database there. */
export function readDbMetadata(cacheDir: string): DbMetadata | undefined {
  const db = join(cacheDir, 'db', 'trivy.db')
  const meta = join(cacheDir, 'db', 'metadata.json')
  if (!existsSync(db) || !existsSync(meta)) return undefined
  try {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as Record<string, unknown>
    const date = (v: unknown): Date | undefined => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined)
    return { version: typeof m.Version === 'number' ? m.Version : undefined, updatedAt: date(m.UpdatedAt), nextUpdate: date(m.NextUpdate), downloadedAt: date(m.DownloadedAt) }
  } catch {
    return {}
  }
}

/** True when the database was downloaded today (UTC): Trivy publishes a new one every few hours, we take one a day. */
export function isFresh(meta: DbMetadata | undefined, now = new Date()): boolean {
  const at = meta?.downloadedAt ?? meta?.updatedAt
  return Boolean(at && at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10))
}

const TRIVY_ERROR = /FATAL|ERROR|error|failed|denied|TOOMANYREQUESTS|rate/i

/** Why a download failed, in a few words a person recognises. */
export function downloadFailureReason(text: string): string {
  if (/TOOMANYREQUESTS|429|rate limit/i.test(text)) return 'the registry is rate-limiting downloads (HTTP 429)'
  if (/denied|unauthorized|401|403/i.test(text)) return 'the registry refused access (401/403)'
  if (/no such host|lookup .* on|name resolution|dial tcp|connection refused|i\/o timeout|network is unreachable|TLS handshake/i.test(text)) return 'the registry cannot be reached from this machine'
  if (/manifest unknown|not found|404/i.test(text)) return 'the registry has no such database image'
  return 'the download failed'
}

export interface DownloadOptions {
  binary: string
  cacheDir: string
  repositories: string[]
  attempts?: number
  /** Delay before retry n (1-based), in ms; tests shorten it. */
  backoffMs?: (attempt: number) => number
  logger: Logger
}

/** Downloads the database into `cacheDir`, retrying with back-off. Throws ScannerError with one sentence on failure. */
export async function downloadTrivyDb(o: DownloadOptions): Promise<void> {
  const attempts = o.attempts ?? 3
  const backoff = o.backoffMs ?? ((n: number) => 5000 * 3 ** (n - 1))
  let last: RunResult | undefined
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const args = ['fs', '--download-db-only', '--cache-dir', o.cacheDir, '--db-repository', o.repositories.join(','), ...QUIET_FLAGS]
    o.logger.info(`Downloading the Trivy vulnerability database from ${o.repositories.join(', ')} (attempt ${attempt} of ${attempts})`)
    try {
      last = await runProcess(o.binary, args, { timeoutMs: 600_000, onLine: l => o.logger.debug(`trivy: ${l}`) })
    } catch (err) {
      throw new ScannerError(`Trivy could not be started (${(err as Error).message}).`)
    }
    if (last.code === 0 && readDbMetadata(o.cacheDir)) {
      o.logger.info(`Database downloaded in ${formatDuration(last.ms)}.`)
      return
    }
    if (attempt < attempts) {
      const wait = backoff(attempt)
      o.logger.warning(`The database download failed (${downloadFailureReason(`${last.stderr}\n${last.stdout}`)}); retrying in ${formatDuration(wait)}.`)
      await new Promise(r => setTimeout(r, wait))
    }
  }
  const text = last ? `${last.stderr}\n${last.stdout}` : ''
  throw new ScannerError(
    `The Trivy vulnerability database could not be downloaded from ${o.repositories.join(', ')}: ${downloadFailureReason(text)}. Put a mirror you can reach in db-repository (CLI: --db-repository), or scan offline with vulnerability-db (CLI: --vulnerability-db) naming a folder of OSV advisory records.`,
    last ? errorLines(last, TRIVY_ERROR) : []
  )
}

export interface BuildDbOptions {
  /** The trivy-db builder binary. */
  builder: string
  advisories: AdvisorySet
  /** The Trivy cache folder to put the database in (`<cacheDir>/db/`). */
  cacheDir: string
  logger: Logger
}

/**
 * Builds Trivy's database from local OSV records with Trivy's own builder (`trivy-db build`), reading them as it
 * reads GitHub's advisory database, and installs it in `cacheDir`. A database built from the same records before is
 * reused.
 */
export async function buildTrivyDb(o: BuildDbOptions): Promise<void> {
  const stamp = join(o.cacheDir, 'db', 'devsecops-advisories.txt')
  if (readDbMetadata(o.cacheDir) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === o.advisories.digest) {
    o.logger.info(`Reusing the database built earlier from the same ${o.advisories.records.length} records.`)
    return
  }
  const work = mkdtempSync(join(tmpdir(), 'devsecops-trivy-db-'))
  try {
    const src = join(work, 'src')
    const out = join(work, 'out')
    const sources = writeTrivyDbSources(o.advisories, src)
    // The builder also walks the CocoaPods specs to map pod names; an empty folder is enough.
    mkdirSync(join(src, 'cocoapods-specs', 'Specs'), { recursive: true })
    mkdirSync(out, { recursive: true })
    const args = ['build', '--cache-dir', src, '--output-dir', out, '--update-interval', '24h', ...sources.flatMap(x => ['--only-update', x])]
    o.logger.info(`Building the Trivy database from ${o.advisories.records.length} advisory records: trivy-db ${args.join(' ')}`)
    let res: RunResult
    try {
      res = await runProcess(o.builder, args, { cwd: work, timeoutMs: 600_000, onLine: l => o.logger.debug(`trivy-db: ${l}`) })
    } catch (err) {
      throw new ScannerError(`Trivy's database builder could not be started (${(err as Error).message}).`)
    }
    if (res.code !== 0 || !existsSync(join(out, 'trivy.db')) || !existsSync(join(out, 'metadata.json'))) {
      throw new ScannerError(`Trivy's database builder failed (exit ${res.code}) on the records in '${o.advisories.dir}': ${outputTail(res, 3)}`, errorLines(res, TRIVY_ERROR))
    }
    const dbDir = join(o.cacheDir, 'db')
    rmSync(dbDir, { recursive: true, force: true })
    mkdirSync(dbDir, { recursive: true })
    cpSync(join(out, 'trivy.db'), join(dbDir, 'trivy.db'))
    cpSync(join(out, 'metadata.json'), join(dbDir, 'metadata.json'))
    writeFileSync(stamp, `${o.advisories.digest}\n`)
    o.logger.info(`Database built in ${formatDuration(res.ms)}.`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export interface TrivyFsOptions {
  binary: string
  root: string
  cacheDir: string
  /** Extra folders to leave out (relative to root). */
  skipDirs?: string[]
  logger: Logger
  timeoutMs?: number
}

export interface TrivyFsOutcome {
  report: TrivyReport
  exitCode: number
  durationMs: number
}

/** Runs `trivy fs` on `root` against the database already in `cacheDir`; never downloads anything. */
export async function runTrivyFs(o: TrivyFsOptions): Promise<TrivyFsOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'devsecops-trivy-'))
  const out = join(dir, 'report.json')
  const args = [
    'fs',
    '--scanners', 'vuln',
    '--format', 'json',
    '--list-all-pkgs',
    '--output', out,
    '--cache-dir', o.cacheDir,
    '--skip-db-update',
    ...QUIET_FLAGS,
    '--exit-code', '0',
    ...(o.skipDirs ?? []).flatMap(d => ['--skip-dirs', d]),
    '.'
  ]
  o.logger.info(`Running trivy ${args.join(' ')}`)
  try {
    let res: RunResult
    try {
      res = await runProcess(o.binary, args, { cwd: o.root, timeoutMs: o.timeoutMs ?? 1_800_000, onLine: l => o.logger.debug(`trivy: ${l}`) })
    } catch (err) {
      throw new ScannerError(`Trivy could not be started (${(err as Error).message}).`)
    }
    const text = existsSync(out) ? readFileSync(out, 'utf8') : ''
    if (res.code !== 0 || !text.trim()) {
      throw new ScannerError(`Trivy exited with code ${res.code}${text.trim() ? '' : ' and wrote no report'}${describeDbProblem(res)}.`, errorLines(res, TRIVY_ERROR))
    }
    return { report: parseTrivyReport(text), exitCode: res.code, durationMs: res.ms }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A database Trivy cannot open is the usual cause of a failed scan: say so in plain words. */
function describeDbProblem(res: RunResult): string {
  const text = `${res.stderr}\n${res.stdout}`
  if (/first run cannot skip|--skip-db-update cannot be specified|db.*not found|no such file.*trivy\.db/i.test(text)) return ': there is no vulnerability database in the cache'
  if (/(open|init|load).*(db|database)|bolt|invalid database|unexpected.*eof|metadata/i.test(text)) return ': the vulnerability database is missing or corrupt'
  return ''
}
