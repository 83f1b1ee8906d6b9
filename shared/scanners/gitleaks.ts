/**
 * The gitleaks adapter: how to call it for each scope and how to read what it wrote. gitleaks runs with --redact,
 * so secret values never even reach this process; the report's e-mails and authors are dropped by the parser.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { ConfigurationError, ScannerError } from '../errors.js'
import { logOptions, type Scope } from '../git/scope.js'
import type { Logger } from '../log.js'
import type { ScanRun } from '../sarif/model.js'
import { runProcess, type RunResult } from '../tools/process.js'
import { parseGitleaksReport } from './gitleaks-report.js'

export const GITLEAKS_URI = 'https://github.com/gitleaks/gitleaks'
/** An exit code gitleaks uses only for "leaks found", so that 1 (its error code) stays an error. */
const LEAKS_EXIT = 42

export interface GitleaksOptions {
  binary: string
  version: string
  /** The repository (or folder) to scan. */
  root: string
  scope: Scope
  /** A gitleaks config file; otherwise gitleaks reads the repository's .gitleaks.toml or its defaults. */
  config?: string
  timeoutSeconds?: number
  logger: Logger
}

/** The argument list for a scope. Exported for tests and for the log. */
export function gitleaksArgs(o: Pick<GitleaksOptions, 'root' | 'scope' | 'config'>, reportPath: string): string[] {
  const target =
    o.scope.kind === 'working-tree'
      ? // Relative to the root (gitleaks runs there), so paths and .gitleaksignore fingerprints stay stable.
        ['dir', '.']
      : o.scope.kind === 'staged'
        ? ['git', '--staged', o.root]
        : ['git', '--log-opts', logOptions(o.scope) ?? '', o.root]
  const ignore = existsSync(join(o.root, '.gitleaksignore')) ? ['--gitleaks-ignore-path', o.root] : []
  return [
    ...target,
    ...(o.config ? ['--config', o.config] : []),
    ...ignore,
    '--report-format', 'json',
    '--report-path', reportPath,
    '--redact',
    '--no-banner',
    '--no-color',
    '--exit-code', String(LEAKS_EXIT),
    '--log-level', 'info'
  ]
}

/** Runs gitleaks on the scope and returns the run for the SARIF builder. Throws ScannerError when it breaks. */
export async function runGitleaks(o: GitleaksOptions): Promise<ScanRun> {
  if (o.config && !existsSync(o.config)) {
    throw new ConfigurationError(`The gitleaks config file '${o.config}' does not exist.`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'devsecops-gitleaks-'))
  const reportPath = join(dir, 'report.json')
  const startTime = new Date()
  try {
    const args = gitleaksArgs(o, reportPath)
    o.logger.info(`Running gitleaks ${o.version}: gitleaks ${args.map(a => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`)
    let res: RunResult
    try {
      res = await runProcess(o.binary, args, {
        cwd: o.root,
        timeoutMs: o.timeoutSeconds ? o.timeoutSeconds * 1000 : undefined,
        onLine: line => o.logger.debug(`gitleaks: ${line}`)
      })
    } catch (err) {
      throw new ScannerError(`gitleaks could not be started (${(err as Error).message}).`)
    }
    const endTime = new Date()
    if (res.timedOut) throw new ScannerError(`gitleaks did not finish within ${o.timeoutSeconds} s.`)
    if (res.code !== 0 && res.code !== LEAKS_EXIT) {
      const lines = res.stderr.split('\n').map(l => l.trim()).filter(Boolean).slice(-8)
      throw new ScannerError(`gitleaks failed with exit code ${res.code}.`, lines)
    }
    if (!existsSync(reportPath)) throw new ScannerError('gitleaks finished but wrote no report.')
    const report = parseGitleaksReport(readFileSync(reportPath, 'utf8'))
    // Secrets are masked before anything else is logged; e-mails and authors are simply never used.
    for (const value of report.secrets) o.logger.mask(value)
    if (res.code === LEAKS_EXIT && report.findings.length === 0) {
      throw new ScannerError('gitleaks said it found leaks but its report lists none.')
    }
    for (const f of report.findings) f.location.path = repoPath(o.root, f.location.path)
    return {
      stage: 'secrets',
      tool: { name: 'gitleaks', version: o.version, informationUri: GITLEAKS_URI },
      rules: report.rules,
      findings: report.findings,
      invocation: { successful: true, exitCode: res.code, errors: [], warnings: [], startTime, endTime }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** gitleaks' `dir` mode reports paths as given on the command line; we publish them relative to the repository. */
function repoPath(root: string, file: string): string {
  const abs = isAbsolute(file) ? file : resolve(root, file)
  const rel = relative(root, abs)
  return rel.startsWith('..') ? file : rel.split('\\').join('/')
}
