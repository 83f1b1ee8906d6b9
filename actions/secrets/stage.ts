/**
 * The secrets stage, free of GitHub Actions specifics so the action and the `devsecops` command run exactly the
 * same code: resolve the scope, get gitleaks, scan, write SARIF, gate, and render the summary.
 */
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigurationError, errorMessage, ScannerError } from '../../shared/errors.js'
import { isGitRepository } from '../../shared/git/git.js'
import { countCommits, countFiles, describeScope, resolveScope, type EventContext, type Scope, type ScopeInput } from '../../shared/git/scope.js'
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
  const root = resolve(o.root)
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new ConfigurationError(`The path to scan '${o.root}' is not a directory.`)
  }
  const config = o.config ? resolve(root, o.config) : undefined
  if (config && !existsSync(config)) throw new ConfigurationError(`The gitleaks config file '${o.config}' does not exist.`)
  const needsGit = o.scope !== 'working-tree'
  if (needsGit && !(await isGitRepository(root))) {
    throw new ConfigurationError(`'${o.root}' is not a git repository; scope '${o.scope}' needs one (use scope 'working-tree' for a plain folder).`)
  }

  // Whatever limits the scan's coverage (a history that could not be fetched) must reach the summary and the SARIF.
  const coverageWarnings: string[] = []
  const scopeLogger: Logger = { ...o.logger, warning: m => (coverageWarnings.push(m), o.logger.warning(m)) }
  const scope = needsGit
    ? await o.logger.group('Resolve what to scan', () => resolveScope(root, { scope: o.scope, base: o.base, head: o.head, event: o.event }, scopeLogger))
    : ({ kind: 'working-tree', reason: 'as requested' } as Scope)
  const [commits, files] = needsGit ? await Promise.all([countCommits(root, scope), countFiles(root, scope)]) : [undefined, undefined]
  const counted = [commits !== undefined ? plural(commits, 'commit') : '', files !== undefined ? plural(files, 'file') : ''].filter(Boolean)
  o.logger.info(`Scope: ${describeScope(scope)}, ${scope.reason}${counted.length ? `; ${counted.join(', ')}` : ''}.`)

  let run: ScanRun
  // Until the scanner reports otherwise, the version is the one we pinned and tried to install.
  let version = TOOLS.gitleaks.version
  let error: string | undefined
  let errorLines: string[] = []
  try {
    const bin = await o.logger.group('Get gitleaks', o.scanner)
    version = bin.version
    run = await o.logger.group('Scan for secrets', () => runGitleaks({ binary: bin.path, version, root, scope, config, logger: o.logger }))
  } catch (err) {
    if (err instanceof ConfigurationError) throw err
    error = errorMessage(err)
    errorLines = err instanceof ScannerError ? err.details : []
    o.logger.error(`The secret scan did not complete: ${error}`)
    for (const l of errorLines) o.logger.error(`  ${l}`)
    run = {
      stage: 'secrets',
      tool: { name: 'gitleaks', version, informationUri: GITLEAKS_URI },
      rules: [],
      findings: [],
      invocation: { successful: false, errors: [error, ...errorLines], warnings: [] }
    }
  }
  run.properties = {
    scope: scope.kind,
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
      ['Scope', `${describeScope(scope)}, ${scope.reason}`],
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
