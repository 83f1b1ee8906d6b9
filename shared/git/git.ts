/** Thin, typed calls to the git binary (argument arrays, never a shell string). */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Thrown when git itself fails; carries git's own message. */
export class GitError extends Error {
  override name = 'GitError'
}

/** Runs git in `cwd` and returns its standard output. */
export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } })
    return stdout
  } catch (err) {
    const e = err as { stderr?: string; message: string; code?: string }
    if (e.code === 'ENOENT') {
      throw new GitError(existsSync(cwd) ? 'git is not installed or not on PATH.' : `The folder '${cwd}' does not exist.`)
    }
    const detail = (e.stderr ?? '').trim().split('\n').slice(-3).join(' ') || e.message
    throw new GitError(`git ${args.join(' ')} failed: ${detail}`)
  }
}

/** Like git(), but returns undefined instead of throwing. */
export async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args)
  } catch {
    return undefined
  }
}

export async function isGitRepository(cwd: string): Promise<boolean> {
  return (await tryGit(cwd, ['rev-parse', '--git-dir'])) !== undefined
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await tryGit(cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true'
}

/** True when `rev` names a commit present in the local object store. */
export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  return (await tryGit(cwd, ['cat-file', '-e', `${rev}^{commit}`])) !== undefined
}

/** The full SHA of a revision. */
export async function resolveRev(cwd: string, rev: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim()
}

export const ZERO_SHA = /^0{40}$/
