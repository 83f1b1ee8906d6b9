/**
 * The base a pull request is compared with, for new-findings-only gating: the merge base of the PR's base and HEAD
 * (or of an explicit revision and HEAD), and a temporary worktree of it so the same scanner can run there.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import { git, tryGit } from './git.js'
import { resolveScope, type EventContext } from './scope.js'

const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group']

export interface BaselineOptions {
  /** A revision to compare with (its merge base with HEAD); otherwise a pull request event's base. */
  base?: string
  event?: EventContext
  logger: Logger
}

/** The merge base to compare with: an explicit base, or a pull request's base; none for pushes and schedules. */
export async function findMergeBase(root: string, o: BaselineOptions): Promise<string | undefined> {
  if (!(await tryGit(root, ['rev-parse', '--git-dir']))) {
    if (o.base) throw new ConfigurationError(`A base revision ('${o.base}') was given, but '${root}' is not in a git repository, so there is nothing to compare with.`)
    return undefined
  }
  const isPr = o.event !== undefined && PR_EVENTS.includes(o.event.name)
  if (!o.base && !isPr) return undefined
  const scope = await o.logger.group('Find the merge base', () => resolveScope(root, { scope: o.base ? 'range' : 'auto', base: o.base, event: o.event }, o.logger))
  if (scope.kind !== 'range' || !scope.base) return undefined
  return (await git(root, ['merge-base', scope.base, scope.head])).trim()
}

/** Checks `sha` out in a temporary detached worktree, runs `fn` there, and removes the worktree whatever happens. */
export async function inWorktree<T>(root: string, sha: string, fn: (tree: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'devsecops-base-'))
  const tree = join(dir, 'tree')
  await git(root, ['worktree', 'add', '--detach', '--quiet', tree, sha])
  try {
    return await fn(tree)
  } finally {
    await tryGit(root, ['worktree', 'remove', '--force', tree])
    rmSync(dir, { recursive: true, force: true })
  }
}
