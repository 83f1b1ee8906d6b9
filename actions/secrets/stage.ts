/**
 * The secrets stage, free of GitHub Actions specifics so the action and the `devsecops` command run exactly the
 * same code: resolve the scope, get gitleaks, scan, write SARIF, gate, and render the summary.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { ConfigurationError, errorMessage, ScannerError } from '../../shared/errors.js'
import { isGitRepository } from '../../shared/git/git.js'
import { countCommits, countFiles, describeScope, resolveScope, type EventContext, type Scope, type ScopeInput } from '../../shared/git/scope.js'
import { formatDuration, type Logger } from '../../shared/log.js'
import { decide, type GateDecision } from '../../shared/policy/gate.js'
import { renderSummary, type Column } from '../../shared/report/summary.js'
import { buildSarif } from '../../shared/sarif/builder.js'
import { finalizeSarif } from '../../shared/sarif/finalize.js'
import type { Finding, ScanRun } from '../../shared/sarif/model.js'
import type { FailOn } from '../../shared/sarif/severity.js'
import { GITLEAKS_URI, runGitleaks } from '../../shared/scanners/gitleaks.js'
import { TOOLS } from '../../shared/tools/specs.js'

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

export interface StageResult {
  outcome: GateDecision['outcome']
  decision: GateDecision
  findings: Finding[]
  sarifPath: string
  summary: string
  scope?: Scope
  /** Why the scan broke, when outcome is error. */
  error?: string
  ruleTitles: Map<string, string>
  /** What limited the scan's coverage (e.g. history that could not be fetched). */
  warnings: string[]
}

/** Columns of the secrets findings table: when and where the secret entered. */
export const SECRET_COLUMNS: Column[] = [
  { header: 'Commit', value: f => (typeof f.properties?.commit === 'string' ? f.properties.commit.slice(0, 7) : 'not committed') },
  { header: 'Date', value: f => (typeof f.properties?.commitDate === 'string' ? f.properties.commitDate.slice(0, 10) : '') }
]

export async function runSecretsStage(o: SecretsOptions): Promise<StageResult> {
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
  run.invocation.warnings.push(...coverageWarnings)
  run.properties = {
    scope: scope.kind,
    ...(scope.kind === 'range' ? { base: scope.base, head: scope.head } : {}),
    ...(commits !== undefined ? { commits } : {}),
    ...(files !== undefined ? { files } : {})
  }

  const sarifPath = resolve(o.sarifPath)
  const sarif = await finalizeSarif(buildSarif([run], { checkoutRoot: root }), root, o.logger)
  mkdirSync(dirname(sarifPath), { recursive: true })
  writeFileSync(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`)
  o.logger.info(`SARIF written to ${sarifPath}.`)

  const decision = decide(run.findings, o.failOn, { ok: error === undefined, error })
  const ruleTitles = new Map(run.rules.map(r => [r.id, r.title]))
  const duration = formatDuration(Date.now() - started)
  const scanned: Array<[string, string]> = [
    ['Scope', `${describeScope(scope)}, ${scope.reason}`],
    ...(commits !== undefined ? [['Commits', String(commits)] as [string, string]] : []),
    ...(files !== undefined ? [['Files', String(files)] as [string, string]] : []),
    ['Scanner', `gitleaks ${version}`],
    ['Fail on', o.failOn],
    ['Duration', duration]
  ]
  const summary = renderSummary({
    title: '🔑 Secrets',
    outcome: decision.outcome,
    reason: decision.reason,
    scanned,
    counts: decision.counts,
    findings: run.findings,
    columns: SECRET_COLUMNS,
    ruleTitles,
    errors: error ? [error, ...errorLines] : undefined,
    notes: [
      ...coverageWarnings.map(w => `⚠️ Partial coverage: ${w}`),
      ...(decision.outcome === 'failed'
        ? ['Treat every secret found as compromised: revoke or rotate it first, then remove it from the code and history.']
        : [])
    ]
  })
  o.logger.info(`Secrets: ${decision.outcome} in ${duration}. ${decision.reason}`)
  return { outcome: decision.outcome, decision, findings: run.findings, sarifPath, summary, scope, error, ruleTitles, warnings: coverageWarnings }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
