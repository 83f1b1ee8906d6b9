/**
 * The secrets stage, free of GitHub Actions specifics so the action and the `devsecops` command run exactly the
 * same code: resolve the scope, get gitleaks, scan, write SARIF, gate, and render the summary.
 */
import { existsSync, realpathSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ConfigurationError, errorMessage, ScannerError } from '../../shared/errors.js'
import { tryGit } from '../../shared/git/git.js'
import { countCommits, countFiles, describeScope, IncompleteHistoryError, resolveScope, type EventContext, type Scope, type ScopeInput } from '../../shared/git/scope.js'
import type { Logger } from '../../shared/log.js'
import type { Column } from '../../shared/report/summary.js'
import type { ScanRun } from '../../shared/sarif/model.js'
import type { FailOn } from '../../shared/sarif/severity.js'
import { GITLEAKS_URI, runGitleaks } from '../../shared/scanners/gitleaks.js'
import { TOOLS } from '../../shared/tools/specs.js'
import { finishStage, plural, type StageResult } from '../common/stage.js'

export interface ScannerBinary {
  path: string
  version: string
}

export interface SecretsOptions {
  /** The repository to scan. */
  root: string
  scope: ScopeInput
  base?: string
  head?: string
  event?: EventContext
  /** A gitleaks config file (relative to root or absolute). */
  config?: string
  failOn: FailOn
  /** Where to write the SARIF file. */
  sarifPath: string
  /** Finds or installs gitleaks (the installer, or a fixed path in tests). */
  scanner: () => Promise<ScannerBinary>
  logger: Logger
}

export interface SecretsResult extends StageResult {
  scope: Scope
}

/** Columns of the secrets findings table: when and where the secret entered. */
export const SECRET_COLUMNS: Column[] = [
  { header: 'Commit', value: f => (typeof f.properties?.commit === 'string' ? f.properties.commit.slice(0, 7) : 'not committed') },
  { header: 'Date', value: f => (typeof f.properties?.commitDate === 'string' ? f.properties.commitDate.slice(0, 10) : '') }
]

export async function runSecretsStage(o: SecretsOptions): Promise<SecretsResult> {
  const started = Date.now()
  if (!existsSync(resolve(o.root)) || !statSync(resolve(o.root)).isDirectory()) {
    throw new ConfigurationError(`The path to scan '${o.root}' is not a directory.`)
  }
  const given = realpathSync(resolve(o.root))
  const needsGit = o.scope !== 'working-tree'
  const top = await topLevel(given)
  if (needsGit && !top) {
    throw new ConfigurationError(`'${o.root}' is not a git repository; scope '${o.scope}' needs one (use scope 'working-tree' for a plain folder).`)
  }
  // Findings are published relative to the repository's top level, which is what code scanning resolves paths
  // against; a path inside the repository limits the scan to that folder.
  const root = top ?? given
  const subdir = relative(root, given).split('\\').join('/')
  const config = findConfig(given, root, o.config)

  // Whatever limits the scan's coverage must reach the summary and the SARIF.
  const coverageWarnings: string[] = []
  const scopeLogger: Logger = { ...o.logger, warning: m => (coverageWarnings.push(m), o.logger.warning(m)) }
  let scope: Scope = { kind: o.scope === 'staged' ? 'staged' : o.scope === 'working-tree' ? 'working-tree' : 'full-history', reason: 'as requested' }
  let error: string | undefined
  let errorLines: string[] = []
  try {
    if (needsGit) {
      scope = await o.logger.group('Resolve what to scan', () => resolveScope(root, { scope: o.scope, base: o.base, head: o.head, event: o.event }, scopeLogger))
    }
  } catch (err) {
    if (!(err instanceof IncompleteHistoryError)) throw err
    error = err.message
  }
  const [commits, files] = needsGit && !error ? await Promise.all([countCommits(root, scope, subdir), countFiles(root, scope, subdir)]) : [undefined, undefined]
  const counted = [commits !== undefined ? plural(commits, 'commit') : '', files !== undefined ? plural(files, 'file') : ''].filter(Boolean)
  o.logger.info(`Scope: ${describeScope(scope)}${subdir ? ` in ${subdir}/` : ''}, ${scope.reason}${counted.length ? `; ${counted.join(', ')}` : ''}.`)
  if (config) o.logger.info(`gitleaks config: ${relative(root, config) || config}.`)

  // Until the scanner reports otherwise, the version is the one we pinned and tried to install.
  let version = TOOLS.gitleaks.version
  let run: ScanRun | undefined
  if (!error) {
    try {
      const bin = await o.logger.group('Get gitleaks', o.scanner)
      version = bin.version
      run = await o.logger.group('Scan for secrets', () =>
        runGitleaks({ binary: bin.path, version, root, subdir, scope, config, expectedCommits: subdir ? undefined : commits, logger: o.logger })
      )
    } catch (err) {
      if (err instanceof ConfigurationError) throw err
      error = errorMessage(err)
      errorLines = err instanceof ScannerError ? err.details : []
    }
  }
  if (error) {
    o.logger.error(`The secret scan did not complete: ${error}`)
    for (const l of errorLines) o.logger.error(`  ${l}`)
  }
  run ??= {
    stage: 'secrets',
    tool: { name: 'gitleaks', version, informationUri: GITLEAKS_URI },
    rules: [],
    findings: [],
    invocation: { successful: false, errors: [error ?? 'unknown error', ...errorLines], warnings: [] }
  }
  run.properties = {
    scope: scope.kind,
    ...(subdir ? { path: subdir } : {}),
    ...(scope.kind === 'range' ? { base: scope.base, head: scope.head } : {}),
    ...(commits !== undefined ? { commits } : {}),
    ...(files !== undefined ? { files } : {})
  }
  const result = await finishStage({
    title: '🔑 Secrets',
    root,
    run,
    failOn: o.failOn,
    sarifPath: o.sarifPath,
    started,
    logger: o.logger,
    scanned: [
      ['Scope', `${describeScope(scope)}${subdir ? ` in ${subdir}/` : ''}, ${scope.reason}`],
      ...(config ? [['Config', relative(root, config) || config] as [string, string]] : []),
      ...(commits !== undefined ? [['Commits', String(commits)] as [string, string]] : []),
      ...(files !== undefined ? [['Files', String(files)] as [string, string]] : [])
    ],
    columns: SECRET_COLUMNS,
    error: error ? { message: error, lines: errorLines } : undefined,
    warnings: coverageWarnings.map(w => `Partial coverage: ${w}`),
    onFailure: 'Treat every secret found as compromised: revoke or rotate it first, then remove it from the code and history.'
  })
  return { ...result, scope }
}

/** The repository's top level, or undefined outside a git repository. */
async function topLevel(dir: string): Promise<string | undefined> {
  const top = (await tryGit(dir, ['rev-parse', '--show-toplevel']))?.trim()
  return top ? realpathSync(top) : undefined
}

/** The config to use: the one given (relative to the scanned path), else a .gitleaks.toml in the path or the top level. */
function findConfig(given: string, root: string, config?: string): string | undefined {
  if (config) {
    const file = resolve(given, config)
    if (!existsSync(file)) throw new ConfigurationError(`The gitleaks config file '${config}' does not exist.`)
    return file
  }
  // Passed explicitly (gitleaks would look only in the folder it scans, which for staged changes is a copy).
  return [join(given, '.gitleaks.toml'), join(root, '.gitleaks.toml')].find(f => existsSync(f))
}
