/**
 * The SAST stage end to end with the real Semgrep (installed by the product's installer): the bundled ruleset finds
 * every planted problem in a small vulnerable JavaScript app and a small vulnerable Python app and nothing in their
 * fixed twins; an unreachable registry falls back to the bundled rules; on a pull request only the new finding
 * fails the gate, even when the old ones moved; a broken rule file is the scanner-error outcome.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSastStage, type SastOptions } from '../../actions/sast/stage.js'
import { silentLogger } from '../../shared/log.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { commit, gitIn, initRepo } from '../../examples/planted.js'
import { repoRoot } from '../helpers/paths.js'
import { expectGitHubReady } from '../helpers/sarif.js'
import { runBundle } from '../helpers/action.js'
import { execFile } from 'node:child_process'

const work = mkdtempSync(join(tmpdir(), 'devsecops-sast-it-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const semgrep = scannerFor('semgrep', { logger: silentLogger })
const apps = join(repoRoot, 'test', 'sast', 'apps')
let n = 0

function sast(root: string, extra: Partial<SastOptions> = {}) {
  return runSastStage({
    root,
    config: 'bundled',
    offlineFallback: true,
    pathsIgnore: [],
    newFindingsOnly: true,
    failOn: 'high',
    onScannerError: 'fail',
    sarifPath: join(work, `sast-${++n}.sarif`),
    scanner: semgrep,
    logger: silentLogger,
    ...extra
  })
}

/** A git repository holding a copy of one of the test apps. */
function repoWith(app: string): string {
  const dir = initRepo(join(work, `${app}-${++n}`))
  cpSync(join(apps, app), dir, { recursive: true })
  commit(dir, { message: app })
  return dir
}

/** The lines right after each `PLANTED <class>` comment: where a finding must be. */
function planted(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const file of readdirSync(dir).filter(f => /\.(js|py)$/.test(f))) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /^\s*(?:\/\/|#) PLANTED ([a-z-]+)\s*$/.exec(line)
        if (m) out.set(`${file}:${i + 2}`, m[1])
      })
  }
  return out
}

describe.each([
  ['JavaScript', 'js-vulnerable', 'js-fixed'],
  ['Python', 'py-vulnerable', 'py-fixed']
])('the bundled ruleset on a %s app', (_lang, vulnerable, fixed) => {
  it('finds every planted problem, of every class', async () => {
    const dir = repoWith(vulnerable)
    const r = await sast(dir)
    const found = new Set(r.findings.map(f => `${f.location.path}:${f.location.startLine}`))
    const missed = [...planted(dir)].filter(([where]) => !found.has(where)).map(([where, what]) => `${what} at ${where}`)
    expect(missed).toEqual([])
    expect(r.outcome).toBe('failed')
    await expectGitHubReady(readFileSync(r.sarifPath, 'utf8'))
  })

  it('finds nothing in the fixed twin', async () => {
    const r = await sast(repoWith(fixed))
    expect(r.findings.map(f => `${f.ruleId} ${f.location.path}:${f.location.startLine}`)).toEqual([])
    expect(r.outcome).toBe('passed')
  })
})

describe('registry packs', () => {
  it('fall back to the bundled ruleset, with a warning naming the pack, when the registry cannot be reached', async () => {
    // A port that was open a moment ago and is closed now: connections are refused at once.
    const port = await new Promise<number>(resolve => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port
        s.close(() => resolve(p))
      })
    })
    const dir = repoWith('py-vulnerable')
    const registryUrl = `http://127.0.0.1:${port}`
    const r = await sast(dir, { config: 'p/security-audit p/secrets', registryUrl })
    expect(r.warnings.join('\n')).toMatch(/The Semgrep registry cannot be reached for 'p\/security-audit'.*bundled ruleset/)
    expect(r.findings.length).toBeGreaterThan(5)
    expect(r.summary).toContain('bundled ruleset')
    await expect(sast(dir, { config: 'p/security-audit', registryUrl, offlineFallback: false })).rejects.toThrow(/cannot be reached for 'p\/security-audit'/)
  })
})

describe('new findings only', () => {
  it('fails a pull request on exactly the finding it adds, though the old ones moved', async () => {
    const dir = initRepo(join(work, 'pr'))
    const oldCode = [
      'import subprocess',
      'import pickle',
      'from flask import Flask, request',
      'app = Flask(__name__)',
      '',
      '@app.route("/ping")',
      'def ping():',
      '    return subprocess.check_output("ping -c 1 " + request.args.get("host"), shell=True)',
      '',
      '@app.route("/load", methods=["POST"])',
      'def load():',
      '    return pickle.loads(request.get_data())',
      ''
    ]
    const base = commit(dir, { message: 'two old findings', files: { 'app.py': oldCode.join('\n') } })
    gitIn(dir, ['checkout', '-q', '-b', 'feature'])
    const moved = [
      ...oldCode.slice(0, 4),
      '',
      '# A docstring and a helper push the old code down the file.',
      'def helper():',
      '    return "unrelated"',
      '',
      '@app.route("/calc")',
      'def calc():',
      '    return str(eval(request.args.get("expr")))',
      '',
      ...oldCode.slice(4)
    ]
    commit(dir, { message: 'one new finding', files: { 'app.py': moved.join('\n') } })
    const r = await sast(dir, { event: { name: 'pull_request', payload: { number: 3, pull_request: { number: 3, base: { sha: base }, head: { sha: gitIn(dir, ['rev-parse', 'HEAD']) } } } } })
    expect(r.baseline).toBe(base)
    // Several rules may flag one line; what matters is which lines gate and which are pre-existing.
    const lines = (fs: Array<{ location: { startLine?: number } }>): number[] => [...new Set(fs.map(f => f.location.startLine!))].sort((a, b) => a - b)
    expect(lines(r.decision.blocking)).toEqual([12])
    expect(lines(r.preExisting)).toEqual([17, 21])
    expect(r.outcome).toBe('failed')
    expect(r.summary).toContain('pre-existing')
    // Without new-findings-only (as on a push) every finding gates.
    const all = await sast(dir, { newFindingsOnly: false })
    expect(lines(all.decision.blocking)).toEqual([12, 17, 21])
  })
})

describe('scanner errors', () => {
  it('a rule file that does not parse is the scanner-error outcome, never a pass', async () => {
    const dir = repoWith('py-fixed')
    writeFileSync(join(dir, 'broken-rules.yaml'), 'rules:\n  - id: broken\n    pattern: "eval("\n    message: x\n    languages: [python]\n    severity: HIGH\n')
    const r = await sast(dir, { config: 'broken-rules.yaml' })
    expect(r.outcome).toBe('error')
    expect(r.summary).toContain('scanner error')
    const sarif = JSON.parse(readFileSync(r.sarifPath, 'utf8'))
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false)
    await expectGitHubReady(sarif)
    const warned = await sast(dir, { config: 'broken-rules.yaml', onScannerError: 'warn' })
    expect(warned.outcome).not.toBe('passed')
  })
})

describe('the sast action bundle and command', () => {
  it('runs from dist/ with inputs, outputs and a summary, and the CLI exits 1 on findings', async () => {
    const dir = repoWith('py-vulnerable')
    const r = await runBundle('sast', dir, { config: 'bundled', 'upload-sarif': 'false' }, { name: 'push', payload: {} }, { api: 'http://127.0.0.1:9', work })
    expect(r.code).toBe(1)
    expect(r.outputs.outcome).toBe('failed')
    expect(Number(r.outputs.findings)).toBeGreaterThanOrEqual(planted(dir).size)
    expect(r.summary).toContain('## 🔍 SAST: ❌ failed')
    await expectGitHubReady(r.sarif)
    const cli = await new Promise<number>(resolve =>
      execFile(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), 'sast', dir, '--config', 'bundled'], { env: { ...process.env, GITHUB_ACTIONS: '' } }, err =>
        resolve(err ? Number((err as { code?: number }).code) : 0)
      )
    )
    expect(cli).toBe(1)
  })
})

describe('suppressions', () => {
  it('honours nosemgrep comments, .semgrepignore and paths-ignore', async () => {
    const dir = initRepo(join(work, 'suppressed'))
    const vulnerable = 'import pickle\nfrom flask import request\n\ndef load():\n    return pickle.loads(request.get_data())\n'
    commit(dir, {
      message: 'copies of one problem',
      files: {
        'reported.py': vulnerable,
        'silenced.py': vulnerable.replace('    return pickle', '    # Reviewed: only a trusted internal caller reaches this.\n    return pickle').replace('request.get_data())', 'request.get_data())  # nosemgrep'),
        'vendor/lib.py': vulnerable,
        'generated/api.py': vulnerable,
        '.semgrepignore': 'vendor/\n'
      }
    })
    const r = await sast(dir, { pathsIgnore: ['generated/'] })
    expect([...new Set(r.findings.map(f => f.location.path))]).toEqual(['reported.py'])
  })
})
