/** Runs a scanner binary with an argument array (never through a shell) and collects what it printed. */
import { spawn } from 'node:child_process'

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
  durationMs: number
  /** Set when the process could not be started at all (e.g. ENOENT). */
  spawnError?: string
}

export interface CommandOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
  /** Cap on what is kept of each stream, so a chatty scanner cannot exhaust memory. */
  maxOutputBytes?: number
}

export function runCommand(binary: string, args: string[], options: CommandOptions = {}): Promise<CommandResult> {
  const started = Date.now()
  const cap = options.maxOutputBytes ?? 8 * 1024 * 1024
  return new Promise(resolve => {
    let stdout = ''
    let stderr = ''
    let settled = false
    const done = (r: Omit<CommandResult, 'durationMs'>): void => {
      if (settled) return
      settled = true
      resolve({ ...r, durationMs: Date.now() - started })
    }
    const child = spawn(binary, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL')
          stderr += `\n(killed after ${Math.round(options.timeoutMs! / 1000)} s)`
        }, options.timeoutMs)
      : undefined
    child.stdout.on('data', (d: Buffer) => {
      if (stdout.length < cap) stdout += d.toString('utf8')
    })
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < cap) stderr += d.toString('utf8')
    })
    child.on('error', err => {
      if (timer) clearTimeout(timer)
      done({ exitCode: -1, stdout, stderr, spawnError: err.message })
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      done({ exitCode: code ?? (signal ? 128 : -1), stdout, stderr })
    })
  })
}

/** The last few non-empty lines of a stream, for error messages. */
export function tail(text: string, lines = 5): string {
  return text.split('\n').map(l => l.trimEnd()).filter(Boolean).slice(-lines).join('\n')
}
