/**
 * Runs a program with an argument array (never a shell string) and collects its output. The installer uses this
 * rather than @actions/exec so that nothing is echoed to the job log unless the logger is asked to.
 */
import { spawn } from 'node:child_process'
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { delimiter, join } from 'node:path'

/** The outcome of a finished process. */
export interface RunResult {
  /** Exit code; -1 when the process was killed by a signal or the timeout. */
  code: number
  stdout: string
  stderr: string
  ms: number
  timedOut: boolean
}

/** Options for {@link runProcess}. */
export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Kill the process after this long (default: no limit). */
  timeoutMs?: number
  /** Receives each output line as it arrives, e.g. a logger's debug. */
  onLine?: (line: string) => void
}

// Long builds print a lot; only the tail matters for an error message.
const KEEP = 256 * 1024

/**
 * Runs `command args...` and resolves with its exit code and output, whatever the code. Rejects only when the
 * program could not be started at all (e.g. ENOENT).
 */
export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let partial = ''
    const feed = (text: string): void => {
      if (!options.onLine) return
      const lines = (partial + text).split(/\r?\n/)
      partial = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) options.onLine(line)
    }
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout = (stdout + d).slice(-KEEP)
      feed(d)
    })
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr = (stderr + d).slice(-KEEP)
      feed(d)
    })
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
    child.on('error', err => {
      if (timer) clearTimeout(timer)
      reject(err)
    })
    child.on('close', code => {
      if (timer) clearTimeout(timer)
      if (partial.trim() && options.onLine) options.onLine(partial)
      resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - started, timedOut })
    })
  })
}

/** The last few lines of a process's output, for an error message. */
export function outputTail(result: Pick<RunResult, 'stdout' | 'stderr'>, lines = 5): string {
  const all = `${result.stdout}\n${result.stderr}`.split(/\r?\n/).filter(l => l.trim())
  return all.slice(-lines).join(' | ')
}

/** The last few lines of a program's output that look like errors (ANSI colours stripped), for error details. */
export function errorLines(result: Pick<RunResult, 'stdout' | 'stderr'>, looksLikeError: RegExp, lines = 6): string[] {
  return `${result.stderr}\n${result.stdout}`
    .split(/\r?\n/)
    .map(l => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter(l => looksLikeError.test(l))
    .slice(-lines)
}

/**
 * Looks `name` up on the PATH of `env` (not necessarily this process's), like `which`. On Windows PATHEXT
 * extensions are tried too. Returns the first executable found, or undefined.
 */
export async function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const pathValue = env['PATH'] ?? env['Path'] ?? ''
  const extensions =
    process.platform === 'win32' ? ['', ...(env['PATHEXT'] ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : ['']
  for (const dir of pathValue.split(delimiter)) {
    if (!dir) continue
    for (const ext of extensions) {
      const candidate = join(dir, name + ext)
      try {
        if (!(await stat(candidate)).isFile()) continue
        await access(candidate, process.platform === 'win32' ? constants.F_OK : constants.X_OK)
        return candidate
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined
}
