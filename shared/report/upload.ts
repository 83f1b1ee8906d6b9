/**
 * Uploads a SARIF file to GitHub code scanning through the REST API. An upload that GitHub refuses (code scanning
 * not enabled, a read-only token on a fork or Dependabot run) is explained once and does not fail the job: the
 * results stay in the summary, the annotations and the SARIF file, and the gate still decides.
 */
import { gzipSync } from 'node:zlib'
import type { Logger } from '../log.js'

export interface UploadOptions {
  sarif: string
  token: string
  apiUrl: string
  repository: string
  commitSha: string
  ref: string
  checkoutUri?: string
  startedAt?: Date
  logger: Logger
  /** Retries on 5xx / network errors; delays are injectable for tests. */
  retries?: number
  retryDelayMs?: number
}

export type UploadResult =
  | { status: 'uploaded'; id: string; url?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string }

export async function uploadSarif(o: UploadOptions): Promise<UploadResult> {
  if (!o.token) return skip(o.logger, 'no token was given, so the SARIF was not uploaded to code scanning')
  if (!o.repository || !o.commitSha || !o.ref) {
    return skip(o.logger, 'this is not a GitHub Actions run (no repository, commit or ref), so the SARIF was not uploaded')
  }
  const body = JSON.stringify({
    commit_sha: o.commitSha,
    ref: o.ref,
    sarif: gzipSync(Buffer.from(o.sarif, 'utf8')).toString('base64'),
    ...(o.checkoutUri ? { checkout_uri: o.checkoutUri } : {}),
    ...(o.startedAt ? { started_at: o.startedAt.toISOString() } : {}),
    tool_name: 'devsecops'
  })
  const url = `${o.apiUrl.replace(/\/$/, '')}/repos/${o.repository}/code-scanning/sarifs`
  const retries = o.retries ?? 3
  let last = ''
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise(r => setTimeout(r, (o.retryDelayMs ?? 2000) * 2 ** (attempt - 1)))
    let res: Response
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${o.token}`,
          accept: 'application/vnd.github+json',
          'content-type': 'application/json',
          'x-github-api-version': '2022-11-28',
          'user-agent': 'devsecops'
        },
        body
      })
    } catch (err) {
      last = `network error: ${(err as Error).message}`
      continue
    }
    const text = await res.text()
    if (res.status === 202 || res.status === 200 || res.status === 201) {
      const data = safeJson(text)
      o.logger.info(`SARIF uploaded to code scanning (id ${String(data.id ?? '?')}).`)
      return { status: 'uploaded', id: String(data.id ?? ''), url: typeof data.url === 'string' ? data.url : undefined }
    }
    const message = String(safeJson(text).message ?? text).slice(0, 300)
    if (res.status === 403 || res.status === 404) return skip(o.logger, explain403(message))
    if (res.status < 500 && res.status !== 429) return fail(o.logger, `GitHub refused the SARIF upload (HTTP ${res.status}: ${message})`)
    last = `HTTP ${res.status}: ${message}`
  }
  return fail(o.logger, `the SARIF upload failed after ${retries + 1} attempts (${last})`)
}

function explain403(message: string): string {
  if (/not accessible by integration/i.test(message)) {
    return 'the token cannot write security events (a fork pull request, a Dependabot run, or a workflow without `permissions: security-events: write`), so the SARIF was not uploaded'
  }
  if (/advanced security|code security|code scanning is not enabled/i.test(message)) {
    return `code scanning is not enabled for this repository ("${message}"), so the SARIF was not uploaded`
  }
  return `GitHub refused the SARIF upload ("${message}")`
}

function skip(logger: Logger, reason: string): UploadResult {
  logger.warning(`${capital(reason)}. The results are in the job summary, the annotations and the SARIF file; the gate is unaffected.`)
  return { status: 'skipped', reason }
}

function fail(logger: Logger, reason: string): UploadResult {
  logger.warning(`${capital(reason)}. The results are in the job summary, the annotations and the SARIF file; the gate is unaffected.`)
  return { status: 'failed', reason }
}

function capital(s: string): string {
  return s[0].toUpperCase() + s.slice(1)
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
