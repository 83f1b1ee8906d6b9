/**
 * Downloads with retry and sha256 verification. Only transient failures are retried (network errors, cut-off
 * bodies, HTTP 5xx and 429); any other 4xx fails at once because asking again will not change the answer.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { errorMessage } from '../errors.js'
import { Logger, formatDuration, silentLogger } from '../log.js'
import { ChecksumError, DownloadError } from './errors.js'

/** How downloads behave; every field has a production default, tests shrink the delays. */
export interface DownloadOptions {
  logger?: Logger
  /** Total tries per URL, first one included (default 4). */
  attempts?: number
  /** Delay before the first retry; doubles each time (default 1000 ms). */
  baseDelayMs?: number
  /** Upper bound for one delay, also for a server's Retry-After (default 30 s). */
  maxDelayMs?: number
  /** Time allowed for one attempt, body included (default 10 min). */
  timeoutMs?: number
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>
}

/** What a finished download produced. */
export interface DownloadResult {
  path: string
  sha256: string
  bytes: number
  /** Tries it took (1 = first try). */
  attempts: number
  ms: number
}

/** Why one attempt failed, and whether another attempt could help. */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number
  ) {
    super(message)
  }
}

/** The sha256 (lower-case hex) of a file on disk. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}

/**
 * Downloads `url` to `dest`, retrying transient failures with exponential backoff, and returns the file's sha256.
 * Throws a DownloadError whose `attempts` say what each try ran into.
 */
export async function downloadFile(url: string, dest: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const log = options.logger ?? silentLogger
  const maxAttempts = Math.max(1, options.attempts ?? 4)
  const baseDelay = options.baseDelayMs ?? 1000
  const maxDelay = options.maxDelayMs ?? 30_000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const history: string[] = []
  const started = Date.now()
  for (let attempt = 1; ; attempt++) {
    try {
      const { sha256, bytes } = await attemptDownload(url, dest, options.timeoutMs ?? 600_000)
      return { path: dest, sha256, bytes, attempts: attempt, ms: Date.now() - started }
    } catch (err) {
      await rm(dest, { force: true })
      const failure = err instanceof AttemptError ? err : new AttemptError(errorMessage(err), false)
      history.push(`attempt ${attempt}: ${failure.message}`)
      if (!failure.retryable || attempt >= maxAttempts) {
        const why = failure.retryable
          ? `gave up after ${attempt} attempt${attempt > 1 ? 's' : ''}`
          : 'not retried: the server will answer the same way again'
        throw new DownloadError(url, `Download of ${url} failed: ${failure.message} (${why})`, failure.status, history)
      }
      const backoff = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1))
      const delay = Math.min(maxDelay, Math.max(backoff, failure.retryAfterMs ?? 0))
      const next = `retry ${attempt} of ${maxAttempts - 1} in ${formatDuration(delay)}`
      log.warning(`Download of ${url} failed (${failure.message}); ${next}`)
      await sleep(delay)
    }
  }
}

/**
 * Downloads `url` and checks it against `expectedSha256`. A mismatch deletes the file and throws a ChecksumError
 * (never retried: the server handed over whole bytes, just not the published ones).
 */
export async function downloadVerified(
  url: string,
  dest: string,
  expectedSha256: string,
  options: DownloadOptions = {}
): Promise<DownloadResult> {
  const result = await downloadFile(url, dest, options)
  const expected = expectedSha256.toLowerCase()
  if (result.sha256 !== expected) {
    await rm(dest, { force: true })
    throw new ChecksumError(url, expected, result.sha256)
  }
  return result
}

async function attemptDownload(url: string, dest: string, timeoutMs: number): Promise<{ sha256: string; bytes: number }> {
  let response: Response
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': 'devsecops-installer' } })
  } catch (err) {
    throw new AttemptError(`network error: ${networkReason(err)}`, true)
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined)
    const status = response.status
    const retryable = status >= 500 || status === 429
    const label = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new AttemptError(label, retryable, status, retryAfter(response.headers.get('retry-after')))
  }
  if (!response.body) throw new AttemptError('empty response body', true, response.status)
  const declared = Number(response.headers.get('content-length') ?? NaN)
  const hash = createHash('sha256')
  let bytes = 0
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    }
  })
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream), meter, createWriteStream(dest))
  } catch (err) {
    throw new AttemptError(`connection broke after ${bytes} bytes: ${networkReason(err)}`, true, response.status)
  }
  if (Number.isFinite(declared) && declared !== bytes) {
    throw new AttemptError(`truncated body: got ${bytes} of ${declared} bytes`, true, response.status)
  }
  return { sha256: hash.digest('hex'), bytes }
}

/** undici hides the useful part (ECONNREFUSED, ETIMEDOUT, ...) in `cause`. */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause
  if (cause?.code) return cause.code
  if (cause?.message) return cause.message
  if ((err as { name?: string } | undefined)?.name === 'TimeoutError') return 'timed out'
  return errorMessage(err)
}

function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now())
}
