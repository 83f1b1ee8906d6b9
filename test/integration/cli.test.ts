/**
 * The `devsecops` command as a person runs it (the committed bundle dist/cli/index.js): exit codes 0/1/2, a
 * readable table, the pre-commit hook stopping a commit that stages a secret, and the README's example command.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appFiles, commit, gitIn, initRepo, makeSecret, PLANTER, writeFile } from '../../examples/planted.js'
import { repoRoot } from '../helpers/paths.js'

const work = mkdtempSync(join(tmpdir(), 'devsecops-cli-it-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const cli = join(repoRoot, 'dist', 'cli', 'index.js')

function run(args: string[], cwd = work, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> {
  return new Promise(resolve => {
    execFile(process.execPath, [cli, ...args], { cwd, env: { ...process.env, GITHUB_ACTIONS: '', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr })
    })
  })
}

describe('devsecops secrets', () => {
  const pat = makeSecret.githubPat()
  let dirty: string
  let clean: string

  beforeAll(() => {
    dirty = initRepo(join(work, 'dirty'))
    commit(dirty, { message: 'start', files: appFiles({ github: pat }) })
    clean = initRepo(join(work, 'clean'))
    commit(clean, { message: 'start', files: appFiles() })
  })

  it('exits 1 on findings with a table, and writes SARIF and summary where asked', async () => {
    const sarif = join(work, 'out', 'dirty.sarif')
    const r = await run(['secrets', dirty, '--scope', 'full-history', '--sarif', sarif, '--summary', join(work, 'summary.md')])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/SEVERITY\s+RULE\s+LOCATION\s+COMMIT\s+DATE/)
    expect(r.out).toMatch(/high\s+GitHub PAT \(github-pat\)\s+src\/config\.js:3/)
    for (const text of [r.out, readFileSync(sarif, 'utf8'), readFileSync(join(work, 'summary.md'), 'utf8')]) {
      expect(text).not.toContain(pat)
      expect(text).not.toContain(PLANTER.email)
    }
  })

  it('exits 0 on a clean repository, and 0 on findings below --fail-on', async () => {
    expect((await run(['secrets', clean, '--scope', 'full-history'])).code).toBe(0)
    expect((await run(['secrets', dirty, '--scope', 'full-history', '--fail-on', 'critical'])).code).toBe(0)
  })

  it('exits 2 with a one-line reason on bad input, never a stack trace', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['secrets', dirty, '--scope', 'everything'], /Input '--scope' is 'everything'; allowed values: auto, range, full-history, working-tree, staged/],
      [['secrets', dirty, '--fail-on', 'severe'], /Input '--fail-on' is 'severe'; allowed values: critical, high, medium, low, info, never/],
      [['secrets', join(work, 'nope')], /is not a directory/],
      [['secrets', dirty, '--colour'], /Unknown option '--colour'\. See devsecops --help\./],
      [['secrets', dirty, '--base', 'no-such-ref'], /The revision 'no-such-ref' is not in the repository: give a branch, tag or commit that exists/],
      [['frobnicate'], /Unknown command 'frobnicate'; commands: secrets, sast, sca, install, hook/],
      [['sca', dirty, '--scanner', 'grype'], /Input '--scanner' is 'grype'; allowed values: trivy, osv-scanner/],
      [['sca', dirty, '--ignore-unfixed', 'yes'], /Option '--ignore-unfixed' is 'yes'; allowed values: true, false/],
      [['sca', join(work, 'nope')], /The path to scan '.*nope' does not exist/],
      [['sca', dirty, '--vulnerability-db', join(work, 'nope')], /ERROR: The scanner did not complete: The vulnerability-db '.*nope' does not exist/],
      [['secrets', dirty, 'extra'], /Unexpected argument 'extra'/]
    ]
    for (const [args, message] of cases) {
      const r = await run(args)
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2])
      expect(r.out).toMatch(message)
      expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/)
    }
  })

  it('a plain folder can be scanned as a working tree but not as history', async () => {
    const folder = join(work, 'plain')
    writeFile(folder, 'app.js', `const t = '${makeSecret.githubPat()}'\n`)
    expect((await run(['secrets', folder, '--scope', 'working-tree'])).code).toBe(1)
    const r = await run(['secrets', folder, '--scope', 'full-history'])
    expect(r.code).toBe(2)
    expect(r.out).toContain('is not a git repository')
  })
})

describe('devsecops hook install', () => {
  it('installs a pre-commit hook that stops a commit staging a secret and lets a clean one through', async () => {
    const repo = initRepo(join(work, 'hooked'))
    commit(repo, { message: 'start', files: appFiles() })
    // No `devsecops` on PATH: the hook falls back to the command that installed it.
    expect((await run(['hook', 'install', repo], repo)).code).toBe(0)
    const commitIn = (message: string): void => {
      execFileSync('git', ['commit', '-q', '-m', message], { cwd: repo, env: { ...process.env, GITHUB_ACTIONS: '' }, stdio: 'pipe' })
    }

    writeFileSync(join(repo, 'notes.md'), 'nothing secret\n')
    gitIn(repo, ['add', 'notes.md'])
    commitIn('clean')

    writeFileSync(join(repo, 'leak.js'), `export const t = '${makeSecret.slackBotToken()}'\n`)
    gitIn(repo, ['add', 'leak.js'])
    expect(() => commitIn('leak')).toThrow(/staged changes hold a secret/)
    expect(gitIn(repo, ['log', '--format=%s'])).toBe('clean\nstart')
    // The scan leaves nothing in the work tree for `git add -A` to pick up.
    expect(gitIn(repo, ['status', '--porcelain'])).toBe('A  leak.js')

    expect((await run(['hook', 'uninstall', repo], repo)).code).toBe(0)
    commitIn('leak, with the hook removed')
  })
})

describe('the README example command', () => {
  it('builds the example repository, finds its planted secrets and exits 0', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'example.ts')], {
      cwd: repoRoot,
      env: { ...process.env, GITHUB_ACTIONS: '', DEVSECOPS_EXAMPLE_DIR: work },
      encoding: 'utf8'
    })
    expect(out).toContain('secrets: FAILED: 4 findings')
    expect(out).toMatch(/critical\s+AWS access token/)
    expect(out).toContain('SARIF: ')
  })
})
