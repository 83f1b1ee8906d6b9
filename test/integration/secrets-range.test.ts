/**
 * Commit ranges with the real gitleaks: a pull request covers every one of its commits and nothing before it,
 * however many there are and however shallow the checkout; pushes and new branches follow the same rules; the
 * repository's .gitleaks.toml and .gitleaksignore are honoured; a broken config is a scanner error, never a pass.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSecretsStage } from '../../actions/secrets/stage.js'
import type { EventContext, ScopeInput } from '../../shared/git/scope.js'
import { silentLogger } from '../../shared/log.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { appFiles, commit, gitIn, initRepo, makeSecret, writeFile } from '../../examples/planted.js'
import { expectGitHubReady } from '../helpers/sarif.js'

const work = mkdtempSync(join(tmpdir(), 'devsecops-range-it-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const gitleaks = scannerFor('gitleaks', { logger: silentLogger })
let n = 0

function scan(root: string, scope: ScopeInput, extra: { base?: string; event?: EventContext; config?: string } = {}) {
  return runSecretsStage({ root, scope, ...extra, failOn: 'low', sarifPath: join(work, `r-${++n}.sarif`), scanner: gitleaks, logger: silentLogger })
}

const paths = (findings: Array<{ location: { path: string } }>): string[] => findings.map(f => f.location.path).sort()

describe('pull request and push ranges', () => {
  let origin: string
  let baseSha: string
  let headSha: string

  beforeAll(() => {
    // main has an old leak; the PR branch has 40 commits with leaks in its first and its 35th commit.
    origin = initRepo(join(work, 'origin'))
    commit(origin, { message: 'start', files: appFiles() })
    commit(origin, { message: 'old leak', files: { 'old/token.txt': `token=${makeSecret.githubPat()}\n` } })
    baseSha = commit(origin, { message: 'more work on main', files: { 'docs/notes.md': 'notes\n' } })
    gitIn(origin, ['checkout', '-q', '-b', 'feature'])
    for (let i = 1; i <= 40; i++) {
      const files: Record<string, string> = { [`feature/step-${i}.md`]: `step ${i}\n` }
      if (i === 1) files['feature/first.env'] = `AWS_ACCESS_KEY_ID=${makeSecret.awsAccessKey()}\n`
      if (i === 35) files['feature/late.js'] = `export const slack = '${makeSecret.slackBotToken()}'\n`
      commit(origin, { message: `feature step ${i}`, files })
    }
    headSha = gitIn(origin, ['rev-parse', 'HEAD'])
    // main moves on after the branch point with a commit the PR does not contain.
    gitIn(origin, ['checkout', '-q', 'main'])
    commit(origin, { message: 'main moves on', files: { 'later/leak.txt': `token=${makeSecret.githubPat()}\n` } })
    gitIn(origin, ['checkout', '-q', 'feature'])
  })

  const prEvent = (): EventContext => ({
    name: 'pull_request',
    payload: { number: 7, pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } } }
  })

  it('a pull_request event scans all 40 commits of the PR and nothing else', async () => {
    const r = await scan(origin, 'auto', { event: prEvent() })
    expect(r.scope).toMatchObject({ kind: 'range', base: baseSha, head: headSha })
    expect(paths(r.findings)).toEqual(['feature/first.env', 'feature/late.js'])
    expect(r.summary).toContain('| 40 |')
    expect(r.summary).toContain('pull request #7')
    await expectGitHubReady(readFileSync(r.sarifPath, 'utf8'))
  })

  it('fetches what a shallow clone lacks to cover the whole PR', async () => {
    const shallow = join(work, 'shallow')
    rmSync(shallow, { recursive: true, force: true })
    gitIn(work, ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, shallow])
    expect(gitIn(shallow, ['rev-parse', '--is-shallow-repository'])).toBe('true')
    const r = await scan(shallow, 'auto', { event: prEvent() })
    expect(paths(r.findings)).toEqual(['feature/first.env', 'feature/late.js'])
  })

  it('a push covers before..after', async () => {
    const before = gitIn(origin, ['rev-parse', 'feature~6'])
    const r = await scan(origin, 'auto', {
      event: { name: 'push', payload: { ref: 'refs/heads/feature', before, after: headSha, repository: { default_branch: 'main' } } }
    })
    expect(paths(r.findings)).toEqual(['feature/late.js'])
  })

  it('a push that creates a branch covers its commits not on the default branch', async () => {
    const clone = join(work, 'clone-newbranch')
    rmSync(clone, { recursive: true, force: true })
    gitIn(work, ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, clone])
    const r = await scan(clone, 'auto', {
      event: { name: 'push', payload: { ref: 'refs/heads/feature', before: '0'.repeat(40), after: headSha, repository: { default_branch: 'main' } } }
    })
    expect(paths(r.findings)).toEqual(['feature/first.env', 'feature/late.js'])
  })

  it('the range scope with an explicit base, and schedule events scan the full history', async () => {
    const r = await scan(origin, 'range', { base: 'feature~10' })
    expect(paths(r.findings)).toEqual(['feature/late.js'])
    const full = await scan(origin, 'auto', { event: { name: 'schedule', payload: {} } })
    expect(paths(full.findings)).toEqual(['feature/first.env', 'feature/late.js', 'later/leak.txt', 'old/token.txt'])
  })

  it('an unknown base is a clear error', async () => {
    await expect(scan(origin, 'range', { base: 'no-such-branch' })).rejects.toThrow(/no-such-branch/)
  })
})

describe('repository configuration', () => {
  it('honours .gitleaks.toml rules and .gitleaksignore entries', async () => {
    const repo = initRepo(join(work, 'configured'))
    const internal = `acme_live_${makeSecret.genericApiKey().slice(0, 32)}`
    commit(repo, {
      message: 'start',
      files: {
        ...appFiles(),
        '.gitleaks.toml': [
          '[extend]',
          'useDefault = true',
          '',
          '[[rules]]',
          'id = "acme-internal-token"',
          'description = "ACME internal service token"',
          `regex = '''acme_live_[0-9a-f]{32}'''`,
          ''
        ].join('\n'),
        'src/acme.js': `export const token = '${internal}'\n`,
        'test/fixture.js': `export const pat = '${makeSecret.githubPat()}'\n`
      }
    })
    const first = await scan(repo, 'working-tree')
    expect(first.findings.map(f => f.ruleId).sort()).toEqual(['acme-internal-token', 'github-pat'])
    // gitleaks' own fingerprint of a working-tree finding is file:rule:line.
    writeFile(repo, '.gitleaksignore', '# reviewed: a test fixture, not a real token\ntest/fixture.js:github-pat:1\n')
    const second = await scan(repo, 'working-tree')
    expect(second.findings.map(f => f.ruleId)).toEqual(['acme-internal-token'])
  })

  it('a broken config is the scanner-error outcome, never a pass', async () => {
    const repo = initRepo(join(work, 'broken'))
    commit(repo, { message: 'start', files: appFiles() })
    writeFile(repo, 'broken.toml', '[[rules]\nid = "x"\nregex = "(" \n')
    const r = await scan(repo, 'full-history', { config: 'broken.toml' })
    expect(r.outcome).toBe('error')
    expect(r.error).toMatch(/gitleaks failed with exit code/)
    expect(r.summary).toContain('scanner error')
    const sarif = JSON.parse(readFileSync(r.sarifPath, 'utf8'))
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].level).toBe('error')
    await expectGitHubReady(sarif)
  })
})
