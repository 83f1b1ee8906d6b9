/**
 * The gitleaks adapter: how to call it for each scope and how to read what it wrote. gitleaks runs with --redact,
 * so secret values never even reach this process; the report's e-mails and authors are dropped by the parser.
 *
 * A secret scan that quietly sees less than it claims is worse than none, so: git's own output is pinned against
 * user and repository settings that would hide diffs, staged files are scanned as their staged content (no diff
 * that .gitattributes could turn into "Binary files differ"), and any error gitleaks logs fails the scan.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { ConfigurationError, ScannerError } from '../errors.js'
import { git } from '../git/git.js'
import { logOptions, type Scope } from '../git/scope.js'
import type { Logger } from '../log.js'
import type { ScanRun } from '../sarif/model.js'
import { runProcess, type RunResult } from '../tools/process.js'
import { parseGitleaksReport } from './gitleaks-report.js'

export const GITLEAKS_URI = 'https://github.com/gitleaks/gitleaks'
/** An exit code gitleaks uses only for "leaks found", so that 1 (its error code) stays an error. */
const LEAKS_EXIT = 42
const DEFAULT_TIMEOUT_SECONDS = 30 * 60

/**
 * git settings that change what `git log -p` prints (colour codes, a hidden root commit, signatures, prefixes)
 * would make gitleaks miss secrets. Passed as GIT_CONFIG_* variables, they outrank every config file.
 */
const PINNED_GIT_CONFIG: Array<[string, string]> = [
  ['color.ui', 'never'],
  ['color.diff', 'never'],
  ['log.showRoot', 'true'],
  ['log.showSignature', 'false'],
  ['diff.noprefix', 'false'],
  ['diff.mnemonicPrefix', 'false'],
  ['diff.relative', 'false'],
  ['core.quotePath', 'false']
]

export interface GitleaksOptions {
  binary: string
  version: string
  /** The repository's top level (or a plain folder). Paths in findings are relative to it. */
  root: string
  /** A folder inside root to limit the scan to ('' or '.' for all of it). */
  subdir?: string
  scope: Scope
  /** A gitleaks config file. */
  config?: string
  /** How many commits the scope covers, to check gitleaks really saw them. */
  expectedCommits?: number
  timeoutSeconds?: number
  logger: Logger
}

/** The argument list for a scope. Exported for tests and for the log. */
export function gitleaksArgs(o: Pick<GitleaksOptions, 'root' | 'scope' | 'config' | 'subdir'>, reportPath: string, target = '.'): string[] {
  const sub = o.subdir && o.subdir !== '.' ? o.subdir : ''
  const mode =
    o.scope.kind === 'working-tree' || o.scope.kind === 'staged'
      ? // Relative to the folder gitleaks runs in, so paths and .gitleaksignore fingerprints stay stable.
        ['dir', sub && o.scope.kind === 'working-tree' ? sub : target]
      : ['git', '--log-opts', `${logOptions(o.scope) ?? ''}${sub ? ` -- ${sub}` : ''}`, o.root]
  const ignore = existsSync(join(o.root, '.gitleaksignore')) ? ['--gitleaks-ignore-path', o.root] : []
  return [
    ...mode,
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
    let cwd = o.root
    if (o.scope.kind === 'staged') {
      cwd = join(dir, 'staged')
      const n = await exportStaged(o.root, cwd, o.subdir)
      o.logger.info(`Scanning the staged content of ${n} file${n === 1 ? '' : 's'}.`)
    }
    const args = gitleaksArgs(o, reportPath)
    o.logger.info(`Running gitleaks ${o.version}: gitleaks ${args.map(a => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`)
    const timeout = o.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS
    let res: RunResult
    try {
      res = await runProcess(o.binary, args, {
        cwd,
        env: { ...process.env, ...pinnedGitEnv() },
        timeoutMs: timeout * 1000,
        onLine: line => o.logger.debug(`gitleaks: ${stripAnsi(line)}`)
      })
    } catch (err) {
      throw new ScannerError(`gitleaks could not be started (${(err as Error).message}).`)
    }
    const endTime = new Date()
    if (res.timedOut) throw new ScannerError(`gitleaks did not finish within ${timeout} s.`)
    const lines = res.stderr.split('\n').map(l => stripAnsi(l).trim()).filter(Boolean)
    if (res.code !== 0 && res.code !== LEAKS_EXIT) {
      throw new ScannerError(`gitleaks failed with exit code ${res.code}.`, telling(lines))
    }
    // gitleaks logs git's failures (an unreadable object, a broken config) and still exits 0 with an empty report.
    const errors = lines.filter(l => /\b(ERR|FTL|PNC)\b|^panic:|fatal:/.test(l))
    if (errors.length > 0) throw new ScannerError('gitleaks reported errors, so the scan is not complete.', errors.slice(0, 8))
    // gitleaks' own count leaves out commits with nothing to diff, so only "none at all" is a sure sign of trouble.
    const seen = /(\d+) commits scanned/.exec(lines.join('\n'))
    if (o.expectedCommits && seen && Number(seen[1]) === 0) {
      throw new ScannerError(`gitleaks scanned none of the ${o.expectedCommits} commits in scope, so the scan is not complete.`)
    }
    const text = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : ''
    // gitleaks always writes at least "[]": nothing at all means it did not get to the end.
    if (!text.trim()) throw new ScannerError('gitleaks finished but wrote no report.', telling(lines))
    const report = parseGitleaksReport(text)
    // Secrets are masked before anything else is logged; e-mails and authors are simply never used.
    for (const value of report.secrets) o.logger.mask(value)
    if (res.code === LEAKS_EXIT && report.findings.length === 0) {
      throw new ScannerError('gitleaks said it found leaks but its report lists none.')
    }
    for (const f of report.findings) f.location.path = repoPath(cwd, f.location.path)
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

/** The GIT_CONFIG_* variables that pin git's output for gitleaks. */
export function pinnedGitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(PINNED_GIT_CONFIG.length) }
  PINNED_GIT_CONFIG.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k
    env[`GIT_CONFIG_VALUE_${i}`] = v
  })
  return env
}

/** Writes the staged version of every added or changed file into `dest`, keeping repository-relative paths. */
async function exportStaged(root: string, dest: string, subdir?: string): Promise<number> {
  const pathspec = subdir && subdir !== '.' ? ['--', subdir] : []
  const names = (await git(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', ...pathspec]))
    .split('\0')
    .filter(Boolean)
  const prefix = `${dest}/`
  for (let i = 0; i < names.length; i += 200) {
    await git(root, ['checkout-index', '--force', `--prefix=${prefix}`, '--', ...names.slice(i, i + 200)])
  }
  if (names.length === 0) mkdirSync(dest, { recursive: true })
  return names.length
}

/** The lines of gitleaks' output that say what went wrong: errors first (a panic's cause, not its stack), then the end. */
function telling(lines: string[]): string[] {
  const cause = lines.filter(l => /error|panic|fatal|invalid|cannot|failed/i.test(l) && !/^\s*(goroutine|\/|[a-z0-9_./]+\(0x)/i.test(l))
  return [...new Set([...cause.slice(0, 4), ...lines.slice(-4)])].slice(0, 8)
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
}

/** gitleaks reports paths as given on the command line; we publish them relative to the repository. */
function repoPath(root: string, file: string): string {
  const abs = isAbsolute(file) ? file : resolve(root, file)
  const rel = relative(root, abs)
  return rel.startsWith('..') ? file : rel.split('\\').join('/')
}
