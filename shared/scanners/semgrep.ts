/**
 * The Semgrep adapter: which configs to run (registry packs, local rules, or our bundled ruleset when the registry
 * cannot be reached), how to call it, and how to read what it wrote. Semgrep exits 0 on many internal errors, so
 * its `errors[]` decide as much as its exit code.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { ConfigurationError, ScannerError } from '../errors.js'
import type { Logger } from '../log.js'
import { runProcess, type RunResult } from '../tools/process.js'
import { parseSemgrepReport, type SemgrepReport } from './semgrep-report.js'

export const SEMGREP_URI = 'https://semgrep.dev'
export const DEFAULT_SEMGREP_CONFIG = 'p/security-audit p/secrets p/owasp-top-ten'

/**
 * Our own ruleset, shipped beside the bundles: `rules/` at the repository root, two folders above both
 * `shared/scanners/` (sources) and `dist/<entry>/` (bundles).
 */
export function bundledRulesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  return resolve(here, '..', '..', 'rules')
}

/** A config that names something in Semgrep's registry rather than a local file or folder. */
export function isRegistryConfig(c: string): boolean {
  return /^(p|r|s|tags)\//.test(c) || c === 'auto' || /^https?:\/\//.test(c)
}

/** Splits the `config` input (spaces, commas or new lines) and checks local paths exist. */
export function parseConfigs(value: string, root: string): string[] {
  const items = value.split(/[\s,]+/).map(s => s.trim()).filter(Boolean)
  if (items.length === 0) return DEFAULT_SEMGREP_CONFIG.split(' ')
  return items.map(c => {
    if (c === 'bundled') return bundledRulesDir()
    if (isRegistryConfig(c)) {
      if (c === 'auto') throw new ConfigurationError("Config 'auto' needs Semgrep's metrics, which are off; name packs (p/...) or local rules instead.")
      return c
    }
    const local = resolve(root, c)
    if (!existsSync(local)) {
      throw new ConfigurationError(`Config '${c}' is neither a Semgrep registry pack (p/...) nor an existing file or folder under ${root}; 'bundled' selects our own ruleset.`)
    }
    return local
  })
}

export interface SemgrepRun {
  binary: string
  /** The folder to scan (the command runs there, so paths come out relative to it). */
  root: string
  configs: string[]
  exclude: string[]
  timeoutSeconds?: number
  logger: Logger
}

export interface SemgrepOutcome {
  report: SemgrepReport
  exitCode: number
  durationMs: number
}

/** True when Semgrep failed because a registry config could not be downloaded. */
export function isRegistryFailure(res: Pick<RunResult, 'stdout' | 'stderr'>, report?: SemgrepReport): boolean {
  const text = `${res.stderr}\n${res.stdout}\n${(report?.errors ?? []).join('\n')}`
  return /(failed to download|could not download|unable to (download|fetch)|network|connection|resolve host|name resolution|timed out|HTTPSConnectionPool|semgrep\.dev)/i.test(text)
}

/** Runs Semgrep once. Throws ScannerError when it could not run or wrote no readable report. */
/**
 * Semgrep prefixes the ids of rules it loads from a folder with that folder's path, so the same rule would get
 * another id in every checkout location and its alerts would never match across runs. Rule files named one by one
 * keep their own ids.
 */
export function expandConfigs(configs: string[]): string[] {
  return configs.flatMap(c => {
    if (isRegistryConfig(c) || !existsSync(c) || !statSync(c).isDirectory()) return [c]
    const files = (readdirSync(c, { recursive: true }) as string[])
      .filter(f => /\.ya?ml$/.test(f) && !f.split(/[\\/]/).some(part => part.startsWith('.')))
      .map(f => join(c, f))
      .sort()
    if (files.length === 0) throw new ConfigurationError(`The rules folder '${c}' holds no .yaml or .yml files.`)
    return files
  })
}

export async function runSemgrep(o: SemgrepRun): Promise<SemgrepOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'devsecops-semgrep-'))
  const out = join(dir, 'report.json')
  const args = [
    'scan',
    ...expandConfigs(o.configs).flatMap(c => ['--config', c]),
    ...o.exclude.flatMap(p => ['--exclude', p]),
    '--json-output', out,
    '--metrics', 'off',
    '--disable-version-check',
    '--quiet',
    '--timeout', String(o.timeoutSeconds ?? 30),
    '.'
  ]
  o.logger.info(`Running semgrep ${args.map(a => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`)
  try {
    let res: RunResult
    try {
      res = await runProcess(o.binary, args, {
        cwd: o.root,
        env: { ...process.env, SEMGREP_SEND_METRICS: 'off', SEMGREP_ENABLE_VERSION_CHECK: '0' },
        onLine: line => o.logger.debug(`semgrep: ${line}`)
      })
    } catch (err) {
      throw new ScannerError(`Semgrep could not be started (${(err as Error).message}).`)
    }
    const text = existsSync(out) ? readFileSync(out, 'utf8') : ''
    if (!text.trim()) {
      const lines = `${res.stderr}\n${res.stdout}`.split('\n').map(l => l.trim()).filter(Boolean).slice(-8)
      const err = new ScannerError(`Semgrep exited with code ${res.code} and wrote no report.`, lines)
      ;(err as ScannerError & { registry?: boolean }).registry = isRegistryFailure(res)
      throw err
    }
    // Many findings share a file: read each once.
    const sources = new Map<string, Buffer | undefined>()
    const source = (path: string): Buffer | undefined => {
      if (!sources.has(path)) sources.set(path, readSource(o.root, path))
      return sources.get(path)
    }
    const report = parseSemgrepReport(text, source)
    restoreRuleIds(report, localRuleIds(expandConfigs(o.configs)))
    if (res.code !== 0 && res.code !== 1 && report.errors.length === 0) {
      report.errors.push(`Semgrep exited with code ${res.code}.`)
    }
    return { report, exitCode: res.code, durationMs: res.ms }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function readSource(root: string, path: string): Buffer | undefined {
  try {
    return readFileSync(resolve(root, path))
  } catch {
    return undefined
  }
}

/** The ids the local rule files declare (registry packs keep Semgrep's ids). */
export function localRuleIds(configFiles: string[]): Set<string> {
  const ids = new Set<string>()
  for (const file of configFiles) {
    if (isRegistryConfig(file) || !existsSync(file) || statSync(file).isDirectory()) continue
    try {
      const doc = parseYaml(readFileSync(file, 'utf8')) as { rules?: Array<{ id?: unknown }> } | null
      for (const rule of doc?.rules ?? []) if (typeof rule?.id === 'string') ids.add(rule.id)
    } catch {
      // Semgrep reports a file it cannot parse itself; nothing to restore from it.
    }
  }
  return ids
}

/**
 * Semgrep prefixes the ids of rules from local files with the file's folder path (`work.repo.rules.py-xss`), which
 * differs between checkouts and would orphan alerts: the ids are put back to what the rule files declare.
 */
export function restoreRuleIds(report: SemgrepReport, ids: Set<string>): void {
  if (ids.size === 0) return
  const original = (checkId: string): string => {
    if (ids.has(checkId)) return checkId
    const parts = checkId.split('.')
    for (let i = 1; i < parts.length; i++) {
      const tail = parts.slice(i).join('.')
      if (ids.has(tail)) return tail
    }
    return checkId
  }
  for (const f of report.findings) {
    const id = original(f.ruleId)
    if (id !== f.ruleId) f.identity = f.identity.map(part => (part === f.ruleId ? id : part))
    f.ruleId = id
  }
  for (const r of report.rules) r.id = original(r.id)
}
