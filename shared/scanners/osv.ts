/**
 * The OSV-Scanner adapter for dependency scanning: `osv-scanner scan source` on a folder, either against osv.dev or,
 * air-gapped, against a local database laid out from OSV records (see shared/sca/advisories.ts). Its exit codes say
 * "vulnerabilities found" (1) apart from "no packages" (128) and real failures (127, 129, 130), and we keep them apart.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ScannerError } from '../errors.js'
import type { Logger } from '../log.js'
import { errorLines, runProcess, type RunResult } from '../tools/process.js'
import { parseOsvReport, type OsvReport } from './osv-report.js'

export const OSV_SCANNER_URI = 'https://google.github.io/osv-scanner/'

export interface OsvScanOptions {
  binary: string
  root: string
  /** A local database folder (`<dir>/osv-scalibr/<Ecosystem>/all.zip`): scan offline against it. */
  localDb?: string
  /** Folders to leave out, relative to root. */
  skipDirs?: string[]
  logger: Logger
  timeoutMs?: number
}

export interface OsvScanOutcome {
  report: OsvReport
  exitCode: number
  durationMs: number
}

const EXIT_MEANING: Record<number, string> = {
  127: 'OSV-Scanner reported a general error',
  129: 'OSV-Scanner could not reach the OSV API',
  130: 'OSV-Scanner rejected its configuration'
}

const OSV_ERROR = /error|fail|cannot|unable|no offline|not found|invalid/i

/** Runs OSV-Scanner recursively on `root`. Throws ScannerError when it could not scan. */
export async function runOsvScanner(o: OsvScanOptions): Promise<OsvScanOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'devsecops-osv-'))
  const out = join(dir, 'report.json')
  const args = [
    'scan',
    'source',
    '--format', 'json',
    '--output-file', out,
    // Every package (so the summary can say which lockfiles were read) and every vulnerability (none hidden as
    // "uncalled" or "unimportant": the gate and ignore lists decide, not the scanner).
    '--all-packages',
    '--all-vulns',
    // No call analysis: it builds the code under scan (Rust's runs build scripts), which a pull request controls,
    // and it needs the network. Reachability does not decide the gate here.
    '--no-call-analysis=all',
    ...(o.localDb ? ['--offline', '--local-db-path', o.localDb] : []),
    // OSV-Scanner skips folders by name; folders given as paths are filtered out of its report by the stage.
    ...(o.skipDirs ?? []).filter(d => !/[\\/:]/.test(d)).flatMap(d => ['--experimental-exclude', d]),
    '--recursive',
    '.'
  ]
  o.logger.info(`Running osv-scanner ${args.join(' ')}`)
  try {
    let res: RunResult
    try {
      res = await runProcess(o.binary, args, { cwd: o.root, timeoutMs: o.timeoutMs ?? 1_800_000, onLine: l => o.logger.debug(`osv-scanner: ${l}`) })
    } catch (err) {
      throw new ScannerError(`OSV-Scanner could not be started (${(err as Error).message}).`)
    }
    const text = existsSync(out) ? readFileSync(out, 'utf8') : ''
    if (res.code === 128) {
      // No package manifest at all: nothing to check (the stage says so from its own lockfile search).
      return { report: { format: 'json', sources: [], vulnerabilities: [], errors: [], warnings: [] }, exitCode: res.code, durationMs: res.ms }
    }
    if ((res.code !== 0 && res.code !== 1) || !text.trim()) {
      const meaning = EXIT_MEANING[res.code] ?? (res.timedOut ? 'OSV-Scanner timed out' : `OSV-Scanner exited with code ${res.code}`)
      throw new ScannerError(`${meaning}${text.trim() ? '' : ' and wrote no report'}${describeDbProblem(res, o.localDb)}.`, errorLines(res, OSV_ERROR))
    }
    return { report: parseOsvReport(text, { root: o.root }), exitCode: res.code, durationMs: res.ms }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A local database OSV-Scanner cannot read is the usual cause of an offline failure: say so in plain words. */
function describeDbProblem(res: RunResult, localDb: string | undefined): string {
  const text = `${res.stderr}\n${res.stdout}`
  if (!localDb) {
    return /api\.osv\.dev|no such host|dial tcp|i\/o timeout|connection refused|rpc error/i.test(text)
      ? ': the OSV API (api.osv.dev) cannot be reached from this machine. Scan offline with vulnerability-db (CLI: --vulnerability-db) naming a folder of OSV advisory records'
      : ''
  }
  if (/no offline version|not available|no such file/i.test(text)) return `: the local vulnerability database in '${localDb}' is missing`
  if (/zip|corrupt|checksum|unexpected EOF|invalid/i.test(text)) return `: the local vulnerability database in '${localDb}' is corrupt`
  return ''
}
