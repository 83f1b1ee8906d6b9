/**
 * The SAST stage, free of GitHub Actions specifics so the action and `devsecops sast` run the same code: choose the
 * rules (registry packs, local rules, or our bundled ruleset when the registry cannot be reached), run Semgrep, and
 * on pull requests tell new findings from those already on the merge base, so only what a PR introduces fails it.
 */
import { existsSync, realpathSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigurationError, errorMessage, ScannerError } from '../../shared/errors.js'
import { findMergeBase, inWorktree } from '../../shared/git/baseline.js'
import type { EventContext } from '../../shared/git/scope.js'
import type { Logger } from '../../shared/log.js'
import type { Column } from '../../shared/report/summary.js'
import type { Finding, ScanRun } from '../../shared/sarif/model.js'
import type { FailOn } from '../../shared/sarif/severity.js'
import { bundledRulesDir, isRegistryConfig, parseConfigs, runSemgrep, SEMGREP_URI } from '../../shared/scanners/semgrep.js'
import { checkRegistry } from '../../shared/scanners/semgrep-registry.js'
import { TOOLS } from '../../shared/tools/specs.js'
import { decide } from '../../shared/policy/gate.js'
import { finishStage, plural, type StageResult } from '../common/stage.js'

export type OnScannerError = 'fail' | 'warn'

export interface SastOptions {
  root: string
  /** The `config` input: registry packs and/or local rule files and folders, or `bundled`. */
  config: string
  offlineFallback: boolean
  pathsIgnore: string[]
  newFindingsOnly: boolean
  /** A revision to compare with (its merge base with HEAD); otherwise a pull request event's base. */
  base?: string
  event?: EventContext
  failOn: FailOn
  onScannerError: OnScannerError
  sarifPath: string
  scanner: () => Promise<{ path: string; version: string }>
  logger: Logger
  /** For tests: where the registry lives. */
  registryUrl?: string
}

export interface SastResult extends StageResult {
  /** Identity keys of findings that were already on the merge base. */
  preExisting: Finding[]
  baseline?: string
  configs: string[]
}

export function parseOnScannerError(value: string): OnScannerError {
  const v = (value || 'fail').trim().toLowerCase()
  if (v === 'fail' || v === 'warn') return v
  throw new ConfigurationError(`Input 'on-scanner-error' is '${value}'; allowed values: fail, warn.`)
}

/** The `paths-ignore` input: one glob per line or comma-separated. */
export function parsePathsIgnore(value: string): string[] {
  return value.split(/[\n,]+/).map(s => s.trim()).filter(Boolean)
}

const key = (f: Finding): string => f.identity.join('\u0000')

export async function runSastStage(o: SastOptions): Promise<SastResult> {
  const started = Date.now()
  if (!existsSync(resolve(o.root)) || !statSync(resolve(o.root)).isDirectory()) {
    throw new ConfigurationError(`The path to scan '${o.root}' is not a directory.`)
  }
  const root = realpathSync(resolve(o.root))
  let configs = parseConfigs(o.config, root)
  const warnings: string[] = []

  if (configs.some(isRegistryConfig)) {
    const check = await o.logger.group('Check the Semgrep registry', () => checkRegistry(configs, { baseUrl: o.registryUrl }))
    if (!check.reachable) {
      const sentence = `The Semgrep registry cannot be reached for '${check.pack}' (${check.reason})`
      if (!o.offlineFallback) throw new ConfigurationError(`${sentence}; set offline-fallback to use the bundled ruleset instead, or name local rules in 'config'.`)
      warnings.push(`${sentence}: scanned with the bundled ruleset instead.`)
      o.logger.warning(warnings[warnings.length - 1])
      configs = [...new Set([...configs.filter(c => !isRegistryConfig(c)), bundledRulesDir()])]
    }
  }

  const baseline = o.newFindingsOnly ? await findMergeBase(root, o) : undefined
  let version = TOOLS.semgrep.version
  let run: ScanRun | undefined
  let error: { message: string; lines: string[] } | undefined
  let preExisting: Finding[] = []
  let scannedFiles: number | undefined
  try {
    const bin = await o.logger.group('Get Semgrep', o.scanner)
    version = bin.version
    const head = await o.logger.group('Scan with Semgrep', () => runSemgrep({ binary: bin.path, root, configs, exclude: o.pathsIgnore, logger: o.logger }))
    scannedFiles = head.report.scannedFiles
    const rep = head.report
    for (const w of rep.warnings) o.logger.warning(`Semgrep: ${w}`)
    run = {
      stage: 'sast',
      tool: { name: 'Semgrep', version, informationUri: SEMGREP_URI },
      rules: rep.rules,
      findings: rep.findings,
      invocation: { successful: rep.errors.length === 0, exitCode: head.exitCode, errors: rep.errors, warnings: rep.warnings }
    }
    if (baseline) {
      const counts = await o.logger.group(`Scan the merge base ${baseline.slice(0, 7)}`, () => baselineCounts(root, baseline, configs, o.pathsIgnore, bin.path, o.logger))
      for (const f of rep.findings) {
        const left = counts.get(key(f)) ?? 0
        if (left > 0) {
          counts.set(key(f), left - 1)
          preExisting.push(f)
          f.properties = { ...f.properties, baseline: 'pre-existing' }
        } else f.properties = { ...f.properties, baseline: 'new' }
      }
      o.logger.info(`${plural(rep.findings.length - preExisting.length, 'new finding')}, ${preExisting.length} already on the merge base.`)
    }
    if (rep.errors.length > 0) {
      const broken = { message: `Semgrep reported ${plural(rep.errors.length, 'error')}, so the scan is not complete.`, lines: rep.errors.slice(0, 20) }
      // warn: the errors are reported and the findings still gate; but a scan with errors is never a pass.
      const pre = new Set(preExisting)
      const onFindings = decide(rep.findings, o.failOn, { ok: true }, f => pre.has(f))
      if (o.onScannerError === 'warn' && onFindings.outcome === 'failed') warnings.push(...broken.lines.map(e => `Semgrep error (on-scanner-error: warn): ${e}`))
      else error = broken
    }
  } catch (err) {
    if (err instanceof ConfigurationError) throw err
    error = { message: errorMessage(err), lines: err instanceof ScannerError ? err.details : [] }
    preExisting = []
  }
  if (error) {
    o.logger.error(`The SAST scan did not complete: ${error.message}`)
    for (const l of error.lines) o.logger.error(`  ${l}`)
  }
  run ??= {
    stage: 'sast',
    tool: { name: 'Semgrep', version, informationUri: SEMGREP_URI },
    rules: [],
    findings: [],
    invocation: { successful: false, errors: [error?.message ?? 'unknown error', ...(error?.lines ?? [])], warnings: [] }
  }
  const pre = new Set(preExisting)
  const shownConfigs = configs.map(c => (c === bundledRulesDir() ? 'bundled ruleset' : c.startsWith(root) ? c.slice(root.length + 1) || '.' : c))
  run.properties = { configs: shownConfigs.join(' '), ...(baseline ? { baseline } : {}), ...(scannedFiles !== undefined ? { files: scannedFiles } : {}) }
  const result = await finishStage({
    title: '🔍 SAST',
    root,
    run,
    failOn: o.failOn,
    sarifPath: o.sarifPath,
    started,
    logger: o.logger,
    scanned: [
      ['Rules', shownConfigs.join(', ')],
      ...(scannedFiles !== undefined ? [['Files', String(scannedFiles)] as [string, string]] : []),
      ['Gate', baseline ? `new findings only (merge base ${baseline.slice(0, 7)})` : 'all findings']
    ],
    columns: SAST_COLUMNS,
    error,
    exempt: f => pre.has(f),
    exemptLabel: 'pre-existing',
    warnings,
    onFailure: 'Each finding says what to do instead. A false positive? End that line with `# nosemgrep: <rule-id>` (with the reason in a comment above it), or add the path to .semgrepignore.'
  })
  return { ...result, preExisting, baseline, configs }
}

export const SAST_COLUMNS: Column[] = [{ header: 'Status', value: f => (f.properties?.baseline === 'pre-existing' ? 'pre-existing' : f.properties?.baseline === 'new' ? 'new' : '') }]

/** Runs the same rules on the merge base, in a temporary worktree, and counts each finding identity. */
async function baselineCounts(root: string, sha: string, configs: string[], exclude: string[], binary: string, logger: Logger): Promise<Map<string, number>> {
  // Local rule paths inside the repository are taken from the head, so both sides run the same rules.
  const base = await inWorktree(root, sha, tree => runSemgrep({ binary, root: tree, configs, exclude, logger }))
  const counts = new Map<string, number>()
  for (const f of base.report.findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1)
  return counts
}
