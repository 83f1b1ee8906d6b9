/**
 * The secrets stage end to end with the real gitleaks (installed by the product's own installer) on generated
 * repositories: each scope finds exactly its planted set, the clean twin finds nothing, and no secret value or
 * author e-mail reaches the SARIF, the summary or the log.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StageResult } from '../../actions/common/stage.js'
import { runSecretsStage } from '../../actions/secrets/stage.js'
import type { EventContext, ScopeInput } from '../../shared/git/scope.js'
import { silentLogger } from '../../shared/log.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { appFiles, commit, gitIn, initRepo, makeSecret, PLANTER, writeFile } from '../../examples/planted.js'
import { captureLogger } from '../helpers/logger.js'
import { expectGitHubReady } from '../helpers/sarif.js'

const work = mkdtempSync(join(tmpdir(), 'devsecops-secrets-it-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const gitleaks = scannerFor('gitleaks', { logger: silentLogger })
let n = 0

async function scan(root: string, scope: ScopeInput, extra: { base?: string; event?: EventContext; config?: string } = {}) {
  const logger = captureLogger()
  const result = await runSecretsStage({
    root,
    scope,
    ...extra,
    failOn: 'low',
    sarifPath: join(work, `out-${++n}.sarif`),
    scanner: gitleaks,
    logger
  })
  return { result, logger, sarif: readFileSync(result.sarifPath, 'utf8') }
}

function found(r: StageResult): string[] {
  return r.findings.map(f => `${f.ruleId} ${f.location.path}`).sort()
}

/** Every planted value and the author's e-mail must be absent from everything we wrote. */
function expectNothingSensitive(texts: string[], secrets: string[]): void {
  const all = texts.join('\n')
  for (const s of secrets) {
    for (const line of s.split('\n').filter(l => l.length > 20)) expect(all).not.toContain(line)
  }
  expect(all).not.toContain(PLANTER.email)
}

describe('secrets stage with real gitleaks', () => {
  const aws = makeSecret.awsAccessKey()
  const pat = makeSecret.githubPat()
  const slack = makeSecret.slackBotToken()
  const key = makeSecret.privateKey()
  const generic = makeSecret.genericApiKey()
  const planted = [aws, pat, slack, key, generic]
  let repo: string
  let clean: string

  beforeAll(() => {
    // A secret added then deleted (history only), one still in the tree, a private key, and a staged token.
    repo = initRepo(join(work, 'planted'))
    commit(repo, { message: 'start', files: appFiles() })
    commit(repo, { message: 'add deploy settings', files: { 'deploy/aws.env': `AWS_ACCESS_KEY_ID=${aws}\n` } })
    commit(repo, { message: 'remove deploy settings', remove: ['deploy/aws.env'] })
    commit(repo, { message: 'call the API', files: appFiles({ github: pat, generic }) })
    commit(repo, { message: 'add a deploy key', files: { 'deploy/id_rsa': key } })
    writeFile(repo, 'src/notify.js', `export const slackToken = '${slack}'\n`)
    gitIn(repo, ['add', 'src/notify.js'])

    clean = initRepo(join(work, 'clean'))
    commit(clean, { message: 'start', files: appFiles() })
    commit(clean, { message: 'add deploy settings', files: { 'deploy/aws.env': 'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\n' } })
    commit(clean, { message: 'remove deploy settings', remove: ['deploy/aws.env'] })
    commit(clean, { message: 'call the API', files: appFiles() })
    writeFile(clean, 'src/notify.js', 'export const slackToken = process.env.SLACK_TOKEN\n')
    gitIn(clean, ['add', 'src/notify.js'])
  })

  it('full history finds the deleted secret, the live ones and the key, with severities', async () => {
    const { result, logger, sarif } = await scan(repo, 'full-history')
    expect(result.outcome).toBe('failed')
    expect(found(result)).toEqual([
      'aws-access-token deploy/aws.env',
      'generic-api-key src/config.js',
      'github-pat src/config.js',
      'private-key deploy/id_rsa'
    ])
    const sev = Object.fromEntries(result.findings.map(f => [f.ruleId, f.severity]))
    expect(sev).toEqual({ 'aws-access-token': 'critical', 'private-key': 'critical', 'github-pat': 'high', 'generic-api-key': 'medium' })
    expect(result.decision.counts).toMatchObject({ critical: 2, high: 1, medium: 1 })
    expect(result.summary).toContain('full history')
    expectNothingSensitive([sarif, result.summary, ...logger.lines], planted)
    await expectGitHubReady(sarif)
    const log = JSON.parse(sarif)
    const results = log.runs[0].results as Array<{ partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>
    // Fingerprints on every result whose file is in the checkout (the deleted file has none).
    for (const r of results) {
      const uri = r.locations[0].physicalLocation.artifactLocation.uri
      expect(Boolean(r.partialFingerprints.primaryLocationLineHash)).toBe(uri !== 'deploy/aws.env')
    }
  })

  it('working tree finds only what is in the files now, staged included', async () => {
    const { result } = await scan(repo, 'working-tree')
    expect(found(result)).toEqual([
      'generic-api-key src/config.js',
      'github-pat src/config.js',
      'private-key deploy/id_rsa',
      'slack-bot-token src/notify.js'
    ])
    expect(result.findings.every(f => f.properties?.commit === undefined)).toBe(true)
  })

  it('staged finds only the staged token', async () => {
    const { result, logger, sarif } = await scan(repo, 'staged')
    expect(found(result)).toEqual(['slack-bot-token src/notify.js'])
    expectNothingSensitive([sarif, result.summary, ...logger.lines], planted)
    await expectGitHubReady(sarif)
  })

  it.each(['full-history', 'working-tree', 'staged'] as ScopeInput[])('the clean twin passes with scope %s', async scope => {
    const { result, sarif } = await scan(clean, scope)
    expect(result.findings).toEqual([])
    expect(result.outcome).toBe('passed')
    await expectGitHubReady(sarif)
  })
})
