import { ScannerError } from '../errors.js'

/**
 * A downloaded file does not match its pinned digest. Never retried and never answered with a fallback: the bytes
 * on offer are not the ones that were published, which is a reason to stop, not to try something else.
 */
export class ChecksumError extends ScannerError {
  override name = 'ChecksumError'
  constructor(
    readonly url: string,
    readonly expected: string,
    readonly actual: string
  ) {
    super(
      `Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}. ` +
        'The file was discarded; refusing to install it or to fall back to another source.'
    )
  }
}

/** An archive holds an entry that would land outside its target directory, or is not a readable archive. */
export class UnsafeArchiveError extends ScannerError {
  override name = 'UnsafeArchiveError'
}

/** A download failed for good (after retries, or at once for a non-retryable status). */
export class DownloadError extends ScannerError {
  override name = 'DownloadError'
  constructor(
    readonly url: string,
    message: string,
    /** The HTTP status of the last attempt, when there was a response. */
    readonly status: number | undefined,
    /** One line per attempt: what happened. */
    readonly attempts: string[]
  ) {
    super(message, attempts)
  }
}

/** One way of getting the tool that was tried and failed, for the final error. */
export interface InstallAttempt {
  /** `download`, `go install`, `pip install`, ... */
  method: string
  /** The URL or package that was tried. */
  target: string
  reason: string
}

/** No source could provide the tool. The message lists every URL and method tried and why each failed. */
export class ToolInstallError extends ScannerError {
  override name = 'ToolInstallError'
  constructor(
    readonly tool: string,
    readonly version: string,
    readonly attempts: InstallAttempt[],
    hint = ''
  ) {
    const lines = attempts.map(a => `${a.method} ${a.target}: ${a.reason}`)
    super(
      `Could not install ${tool} ${version}. Tried: ${lines.length ? lines.join('; ') : 'nothing'}.${hint ? ` ${hint}` : ''}`,
      lines
    )
  }
}
