/**
 * The committed bundle dist/secrets/index.js run the way the runner runs it: inputs as INPUT_* variables, an event
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and a local stand-in for GitHub's SARIF upload endpoint.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { appFiles, commit, initRepo, makeSecret, PLANTER } from '../../examples/planted.js'
import { runBundle } from '../helpers/action.js'
import { expectGitHubReady } from '../helpers/sarif.js'

const work = mkdtempSync(join(tmpdir(), 'devsecops-action-it-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Upload {
  path: string
  auth: string
  body: { commit_sha: string; ref: string; sarif: string }
}

let server: Server
let api = ''
let reply: { status: number; body: unknown } = { status: 202, body: { id: 'u1', url: 'x' } }
const uploads: Upload[] = []

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let data = ''
    req.on('data', c => (data += c))
    req.on('end', () => {
      uploads.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', body: JSON.parse(data || '{}') })
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body))
    })
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise(r => server.close(r)))

function runAction(repo: string, inputs: Record<string, string>, event: { name: string; payload: unknown }) {
  return runBundle('secrets', repo, inputs, event, { api, work })
}

describe('the secrets action bundle', () => {
  const pat = makeSecret.githubPat()
  const aws = makeSecret.awsAccessKey()
  let repo: string
  let cleanRepo: string

  beforeAll(() => {
    repo = initRepo(join(work, 'repo'))
    commit(repo, { message: 'start', files: appFiles() })
    commit(repo, { message: 'leak', files: { ...appFiles({ github: pat }), 'ops/aws.env': `KEY=${aws}\n` } })
    cleanRepo = initRepo(join(work, 'clean'))
    commit(cleanRepo, { message: 'start', files: appFiles() })
  })

  it('fails on planted secrets with outputs, summary, annotations and an upload, and leaks nothing', async () => {
    uploads.length = 0
    reply = { status: 202, body: { id: 'u1', url: 'x' } }
    const r = await runAction(repo, { scope: 'full-history' }, { name: 'schedule', payload: {} })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ outcome: 'failed', findings: '2', critical: '1', high: '1', medium: '0', low: '0' })
    expect(r.summary).toContain('## 🔑 Secrets: ❌ failed')
    expect(r.summary).toContain('`ops/aws.env:1`')
    expect(r.stdout).toMatch(/::error title=critical%3A AWS access token,file=ops\/aws.env,line=1/)
    expect(uploads).toHaveLength(1)
    expect(uploads[0].path).toBe('/repos/acme/shop/code-scanning/sarifs')
    expect(uploads[0].auth).toBe('Bearer test-token')
    const uploaded = gunzipSync(Buffer.from(uploads[0].body.sarif, 'base64')).toString('utf8')
    expect(JSON.parse(uploaded).runs[0].automationDetails.id).toBe('devsecops/secrets/')
    await expectGitHubReady(uploaded)
    for (const text of [r.stdout, r.summary, r.sarif, uploaded, JSON.stringify(r.outputs)]) {
      expect(text).not.toContain(pat)
      expect(text).not.toContain(aws)
      expect(text).not.toContain(PLANTER.email)
    }
  })

  it('explains a refused upload once, and the gate still decides', async () => {
    uploads.length = 0
    reply = { status: 403, body: { message: 'Advanced Security must be enabled for this repository to use code scanning.' } }
    const clean = await runAction(cleanRepo, { scope: 'full-history' }, { name: 'schedule', payload: {} })
    expect(clean.code).toBe(0)
    expect(clean.outputs.outcome).toBe('passed')
    expect(clean.stdout).toMatch(/::warning::Code scanning is not enabled for this repository/)
    const dirty = await runAction(repo, { scope: 'full-history' }, { name: 'schedule', payload: {} })
    expect(dirty.code).toBe(1)
    expect(dirty.outputs.outcome).toBe('failed')
  })

  it('a wrong input is a configuration error naming the allowed values, with no stack trace', async () => {
    const r = await runAction(repo, { 'fail-on': 'severe' }, { name: 'push', payload: {} })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("::error::Secrets: configuration error: Input 'fail-on' is 'severe'; allowed values: critical, high, medium, low, info, never.")
    expect(r.stdout).not.toMatch(/\n\s+at /)
    expect(r.outputs.outcome).toBe('error')
  })

  it('a missing scanner binary is the error outcome, never a pass', async () => {
    const r = await runAction(cleanRepo, { scope: 'full-history', 'gitleaks-path': join(work, 'no-such-gitleaks') }, { name: 'schedule', payload: {} })
    expect(r.code).toBe(1)
    expect(r.outputs.outcome).toBe('error')
  })
})
