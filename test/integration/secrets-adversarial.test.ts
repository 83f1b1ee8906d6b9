/**
 * Ways a secret scan can quietly see less than it claims, each of which must either find the secret or end in the
 * error outcome, never a pass: broken git objects, .gitattributes, colour settings, secrets added by a merge commit,
 * the first push of the default branch, history that cannot be fetched, option-shaped revisions, and a path that
 * is a folder inside the repository.
 */
import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSecretsStage } from '../../actions/secrets/stage.js'
import type { EventContext, ScopeInput } from '../../shared/git/scope.js'
import { silentLogger } from '../../shared/log.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { appFiles, commit, gitIn, initRepo, makeSecret, writeFile } from '../../examples/planted.js'

const work = mkdtempSync(join(tmpdir(), 'devsecops-adversarial-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const gitleaks = scannerFor('gitleaks', { logger: silentLogger })
let n = 0

function scan(root: string, scope: ScopeInput, extra: { base?: string; event?: EventContext } = {}) {
  return runSecretsStage({ root, scope, ...extra, failOn: 'low', sarifPath: join(work, `a-${++n}.sarif`), scanner: gitleaks, logger: silentLogger })
}
const paths = (r: { findings: Array<{ location: { path: string } }> }): string[] => r.findings.map(f => f.location.path).sort()

describe('no quiet partial scans', () => {
  it('a git object gitleaks cannot read is the error outcome', async () => {
    const repo = initRepo(join(work, 'corrupt'))
    commit(repo, { message: 'start', files: appFiles() })
    commit(repo, { message: 'leak', files: { 'leak.txt': `token=${makeSecret.githubPat()}\n` } })
    const blob = gitIn(repo, ['rev-parse', 'HEAD:leak.txt'])
    unlinkSync(join(repo, '.git', 'objects', blob.slice(0, 2), blob.slice(2)))
    const r = await scan(repo, 'full-history')
    expect(r.outcome).toBe('error')
    expect(r.error).toMatch(/gitleaks reported errors/)
  })

  it('a committed .gitattributes cannot hide a file from history, range or staged scans', async () => {
    const repo = initRepo(join(work, 'attributes'))
    commit(repo, { message: 'start', files: appFiles() })
    commit(repo, { message: 'hide env files', files: { '.gitattributes': '*.env -diff\n*.key binary\n', 'prod.env': `TOKEN=${makeSecret.githubPat()}\n` } })
    expect(paths(await scan(repo, 'full-history'))).toEqual(['prod.env'])
    expect(paths(await scan(repo, 'range', { base: 'HEAD~1' }))).toEqual(['prod.env'])
    writeFile(repo, 'deploy.key', makeSecret.privateKey())
    gitIn(repo, ['add', 'deploy.key'])
    expect(paths(await scan(repo, 'staged'))).toEqual(['deploy.key'])
  })

  it("the repository's colour and log settings cannot blind the scan", async () => {
    const repo = initRepo(join(work, 'colour'))
    commit(repo, { message: 'leak', files: { 'leak.txt': `token=${makeSecret.githubPat()}\n` } })
    gitIn(repo, ['config', 'color.ui', 'always'])
    gitIn(repo, ['config', 'log.showRoot', 'false'])
    expect(paths(await scan(repo, 'full-history'))).toEqual(['leak.txt'])
    writeFile(repo, 'staged.txt', `token=${makeSecret.slackBotToken()}\n`)
    gitIn(repo, ['add', 'staged.txt'])
    expect(paths(await scan(repo, 'staged'))).toEqual(['staged.txt'])
  })

  it('a secret added by a merge commit itself is found, once', async () => {
    const repo = initRepo(join(work, 'evil-merge'))
    commit(repo, { message: 'base', files: { 'a.txt': 'a\n' } })
    gitIn(repo, ['checkout', '-q', '-b', 'side'])
    commit(repo, { message: 'side', files: { 'b.txt': 'b\n' } })
    gitIn(repo, ['checkout', '-q', 'main'])
    commit(repo, { message: 'main', files: { 'c.txt': 'c\n' } })
    gitIn(repo, ['merge', '-q', '--no-commit', 'side'])
    writeFile(repo, 'evil.txt', `token=${makeSecret.githubPat()}\n`)
    gitIn(repo, ['add', 'evil.txt'])
    gitIn(repo, ['commit', '-q', '-m', 'merge side'])
    expect(paths(await scan(repo, 'full-history'))).toEqual(['evil.txt'])
    expect(paths(await scan(repo, 'range', { base: 'main~1' }))).toEqual(['evil.txt'])
  })

  it('the first push of the default branch scans its whole history', async () => {
    const origin = initRepo(join(work, 'first-push'))
    commit(origin, { message: 'leak', files: { 'leak.txt': `token=${makeSecret.githubPat()}\n` } })
    const head = commit(origin, { message: 'more', files: { 'more.txt': 'x\n' } })
    const clone = join(work, 'first-push-clone')
    gitIn(work, ['clone', '-q', '--depth=1', `file://${origin}`, clone])
    const r = await scan(clone, 'auto', {
      event: { name: 'push', payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: head, repository: { default_branch: 'main' } } }
    })
    expect(paths(r)).toEqual(['leak.txt'])
  })

  it('history that cannot be fetched is the error outcome, not a pass over what happens to be there', async () => {
    const origin = initRepo(join(work, 'gone'))
    commit(origin, { message: 'leak', files: { 'leak.txt': `token=${makeSecret.githubPat()}\n` } })
    commit(origin, { message: 'remove', remove: ['leak.txt'] })
    commit(origin, { message: 'more', files: { 'more.txt': 'x\n' } })
    const clone = join(work, 'gone-clone')
    gitIn(work, ['clone', '-q', '--depth=1', `file://${origin}`, clone])
    rmSync(origin, { recursive: true, force: true })
    const r = await scan(clone, 'full-history')
    expect(r.outcome).toBe('error')
    expect(r.error).toMatch(/shallow/)
    expect(r.summary).toContain('scanner error')
  })

  it('a revision that looks like an option is refused before it reaches git', async () => {
    const repo = initRepo(join(work, 'inject'))
    commit(repo, { message: 'start', files: appFiles() })
    const marker = join(work, 'injected')
    await expect(scan(repo, 'range', { base: `--upload-pack=touch ${marker};true` })).rejects.toThrow(/is not a revision/)
    expect(existsSync(marker)).toBe(false)
  })

  it('a folder inside the repository limits the scan, with paths relative to the top level', async () => {
    const repo = initRepo(join(work, 'mono'))
    commit(repo, {
      message: 'two services',
      files: { 'api/config.js': `export const t = '${makeSecret.githubPat()}'\n`, 'web/config.js': `export const t = '${makeSecret.githubPat()}'\n` }
    })
    expect(paths(await scan(join(repo, 'api'), 'full-history'))).toEqual(['api/config.js'])
    expect(paths(await scan(join(repo, 'api'), 'working-tree'))).toEqual(['api/config.js'])
  })
})
