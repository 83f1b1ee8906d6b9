/**
 * Our bundled SAST ruleset (rules/), the fallback when Semgrep's registry cannot be reached. Semgrep's own rule
 * tests must pass (every `ruleid:` line found, nothing reported anywhere else, in particular not on the `ok:` lines),
 * the rule files must pass `semgrep --validate`, and every rule must carry what the SAST stage and its reports
 * rely on: a message, a severity on Semgrep's newer scale, our own severity, CWE and OWASP ids, confidence.
 *
 * Semgrep is located the way the product does it (PATH at the pinned version, the tool cache, or a pip install into
 * a private virtualenv, which can take a few minutes the first time).
 */
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, extname, join, relative } from 'node:path'
import { parse } from 'yaml'
import { silentLogger } from '../../shared/log.js'
import { installTool } from '../../shared/tools/installer.js'
import { TOOLS } from '../../shared/tools/specs.js'
import { repoRoot } from '../helpers/paths.js'

const rulesDir = join(repoRoot, 'rules')
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']
const LEVELS = ['HIGH', 'MEDIUM', 'LOW']
/** Folder -> the rule id prefix and the test file extensions of that language. */
const LANGUAGES: Record<string, { prefix: string; exts: string[] }> = {
  javascript: { prefix: 'js-', exts: ['.js', '.ts'] },
  python: { prefix: 'py-', exts: ['.py'] },
  go: { prefix: 'go-', exts: ['.go'] }
}

interface Rule {
  id: string
  message?: unknown
  severity?: unknown
  languages?: unknown
  metadata?: Record<string, unknown>
}

interface RuleFile {
  path: string
  language: string
  rules: Rule[]
  /** The test targets beside it: same name up to the first dot, any source extension. */
  tests: string[]
}

function ruleFiles(): RuleFile[] {
  const all = (readdirSync(rulesDir, { recursive: true }) as string[]).map(f => join(rulesDir, f)).sort()
  const stem = (f: string) => join(dirname(f), basename(f).split('.')[0])
  return all
    .filter(f => /\.ya?ml$/.test(f))
    .map(path => ({
      path,
      language: relative(rulesDir, path).split(/[\\/]/)[0],
      rules: (parse(readFileSync(path, 'utf8')) as { rules: Rule[] }).rules,
      tests: all.filter(t => !/\.(ya?ml|md)$/.test(t) && stem(t) === stem(path))
    }))
}

/** `ruleid:` / `ok:` annotations of a test file, by rule id (comma-separated lists allowed, as Semgrep does). */
function annotations(file: string): { ruleid: string[]; ok: string[] } {
  const out = { ruleid: [] as string[], ok: [] as string[] }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /(?:\/\/|#)\s*(ruleid|ok):\s*(.+?)\s*$/.exec(line)
    if (m) out[m[1] as 'ruleid' | 'ok'].push(...m[2].split(',').map(s => s.trim()).filter(Boolean))
  }
  return out
}

function run(binary: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise(resolvePromise => {
    execFile(
      binary,
      args,
      {
        cwd: repoRoot,
        env: { ...process.env, SEMGREP_SEND_METRICS: 'off', SEMGREP_ENABLE_VERSION_CHECK: '0', ...env },
        maxBuffer: 64 * 1024 * 1024
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0
        resolvePromise({ code, output: `${stdout}\n${stderr}` })
      }
    )
  })
}

const files = ruleFiles()
const rules = files.flatMap(f => f.rules.map(rule => ({ rule, file: f })))

describe('the bundled ruleset', () => {
  it('has at least 30 rules with unique ids, named after their language', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30)
    const ids = rules.map(r => r.rule.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    for (const { rule, file } of rules) {
      expect(Object.keys(LANGUAGES)).toContain(file.language)
      expect(rule.id).toMatch(new RegExp(`^${LANGUAGES[file.language].prefix}[a-z0-9]+(-[a-z0-9]+)*$`))
    }
  })

  it('covers JavaScript/TypeScript, Python and Go', () => {
    const langs = new Set(rules.flatMap(r => r.rule.languages as string[]))
    for (const l of ['javascript', 'typescript', 'python', 'go']) expect(langs).toContain(l)
  })

  it.each(rules.map(r => [r.rule.id, r.rule] as const))('%s carries message, severity and metadata', (_id, rule) => {
    expect(typeof rule.message).toBe('string')
    expect((rule.message as string).trim().length).toBeGreaterThan(60)
    expect(SEVERITIES).toContain(rule.severity)
    const meta = rule.metadata ?? {}
    // Our severity is explicit and agrees with Semgrep's (CRITICAL -> critical, ...).
    expect(meta['devsecops-severity']).toBe(String(rule.severity).toLowerCase())
    expect(meta.cwe).toEqual(expect.arrayContaining([expect.stringMatching(/^CWE-\d+: \S.*/)]))
    for (const cwe of meta.cwe as string[]) expect(cwe).toMatch(/^CWE-\d+: \S.*/)
    expect(meta.owasp).toEqual(expect.arrayContaining([expect.stringMatching(/^A\d{2}:2021 - \S.*/)]))
    for (const owasp of meta.owasp as string[]) expect(owasp).toMatch(/^A(0[1-9]|10):2021 - \S.*/)
    expect(LEVELS).toContain(meta.confidence)
    expect(LEVELS).toContain(meta.likelihood)
    expect(LEVELS).toContain(meta.impact)
    expect(meta.category).toBe('security')
    // At least one reference is OWASP's or MITRE's page on the problem.
    expect(meta.references).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\/(cheatsheetseries\.owasp\.org|owasp\.org|cwe\.mitre\.org)\//)]))
    for (const ref of meta.references as string[]) expect(ref).toMatch(/^https:\/\/\S+$/)
  })

  it('has a test file beside every rule file, and every rule has true-positive and safe cases', () => {
    const problems: string[] = []
    for (const file of files) {
      const where = relative(repoRoot, file.path)
      if (file.tests.length === 0) problems.push(`${where}: no test file beside it`)
      for (const t of file.tests) {
        if (!LANGUAGES[file.language].exts.includes(extname(t))) problems.push(`${relative(repoRoot, t)}: not a ${file.language} file`)
      }
      const found = file.tests.map(annotations)
      const ids = new Set(file.rules.map(r => r.id))
      for (const rule of file.rules) {
        const positives = found.flatMap(a => a.ruleid).filter(id => id === rule.id).length
        const safe = found.flatMap(a => a.ok).filter(id => id === rule.id).length
        if (positives < 2) problems.push(`${rule.id}: ${positives} 'ruleid:' cases (at least 2 wanted)`)
        if (safe < 2) problems.push(`${rule.id}: ${safe} 'ok:' cases (at least 2 wanted)`)
      }
      // An annotation naming a rule of another file (or a typo) would silently test nothing.
      for (const id of found.flatMap(a => [...a.ruleid, ...a.ok])) if (!ids.has(id)) problems.push(`${where}: annotation for unknown rule ${id}`)
    }
    expect(problems).toEqual([])
  })

  describe('with Semgrep', () => {
    let semgrep = ''
    beforeAll(async () => {
      // Without network, `semgrep --version` waits on its own update check for over a minute, longer than the
      // installer's version probe allows; the scans below turn that check off the same way.
      const env = { ...process.env, SEMGREP_ENABLE_VERSION_CHECK: '0' }
      semgrep = (await installTool(TOOLS.semgrep, { logger: silentLogger, env })).path
    }, 900_000)

    it("passes Semgrep's rule tests: every ruleid line found, nothing else reported", async () => {
      const { code, output } = await run(semgrep, ['--test', '--metrics=off', '--disable-version-check', 'rules/'])
      if (code !== 0) throw new Error(`semgrep --test exited with ${code}:\n${output.split('\n').filter(l => l.trim()).slice(-40).join('\n')}`)
      // "46/46: ✓ All tests passed": every rule was tested.
      const m = /(\d+)\/(\d+): ✓ All tests passed/.exec(output)
      expect(m?.[1]).toBe(String(rules.length))
      expect(m?.[2]).toBe(String(rules.length))
    }, 600_000)

    it('passes semgrep --validate', async () => {
      // --validate also runs Semgrep's rule lints, a pack it downloads from the registry. Tests do not use the
      // network, so a local stand-in for the registry serves an empty pack: what remains is Semgrep's schema check
      // and the engine's parse of every rule (which, for example, rejects YAML anchors).
      const server: Server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ rules: [] }))
      })
      await new Promise<void>(ok => server.listen(0, '127.0.0.1', ok))
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        const { code, output } = await run(semgrep, ['--validate', '--config', 'rules/', '--metrics=off', '--disable-version-check'], {
          SEMGREP_URL: url
        })
        if (code !== 0) throw new Error(`semgrep --validate exited with ${code}:\n${output.trim()}`)
        expect(output).toMatch(new RegExp(`Configuration is valid - found 0 configuration error\\(s\\), and ${rules.length} rule\\(s\\)`))
      } finally {
        await new Promise(ok => server.close(ok))
      }
    }, 600_000)
  })
})
