/**
 * Decides what a scan covers, from the event that triggered the run or an explicit scope, and makes sure a shallow
 * checkout holds every commit of it. A pull request covers every commit between its base and head (computed with
 * git, all of them: no API pagination); a push covers before..after, or for a new branch its commits that are not on
 * the default branch; a schedule or manual run covers the full history.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import { git, hasCommit, isShallow, resolveRev, tryGit, ZERO_SHA } from './git.js'

export const SCOPES = ['auto', 'range', 'full-history', 'working-tree', 'staged'] as const
export type ScopeInput = (typeof SCOPES)[number]

/** What a scan covers, resolved. */
export type Scope =
  | { kind: 'range'; base: string; head: string; revs: string[]; reason: string }
  | { kind: 'full-history'; reason: string }
  | { kind: 'working-tree'; reason: string }
  | { kind: 'staged'; reason: string }

/** The parts of a GitHub event this needs. */
export interface EventContext {
  name: string
  payload: Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface ScopeRequest {
  scope: ScopeInput
  /** For `range` (or `auto` outside CI): the base revision; the head defaults to HEAD. */
  base?: string
  head?: string
  event?: EventContext
}

/** Parses the `scope` input; a wrong value names the allowed ones. */
export function parseScope(value: string, inputName = 'scope'): ScopeInput {
  const v = (value || 'auto').trim().toLowerCase()
  if ((SCOPES as readonly string[]).includes(v)) return v as ScopeInput
  throw new ConfigurationError(`Input '${inputName}' is '${value}'; allowed values: ${SCOPES.join(', ')}.`)
}

/** Resolves the scope and fetches whatever a shallow checkout lacks for it. */
export async function resolveScope(cwd: string, req: ScopeRequest, logger: Logger): Promise<Scope> {
  const ev = req.event
  switch (req.scope) {
    case 'full-history':
      await unshallow(cwd, logger)
      return { kind: 'full-history', reason: 'as requested' }
    case 'working-tree':
      return { kind: 'working-tree', reason: 'as requested' }
    case 'staged':
      return { kind: 'staged', reason: 'as requested' }
    case 'range': {
      if (req.base) return range(cwd, req.base, req.head ?? 'HEAD', `${req.base}..${req.head ?? 'HEAD'} as requested`, logger)
      const fromEvent = ev ? eventRange(ev) : undefined
      if (!fromEvent) throw new ConfigurationError("Scope 'range' needs a base: set the 'base' input (--base REF), or run on a pull_request or push event.")
      return fromEventRange(cwd, fromEvent, logger)
    }
    case 'auto': {
      if (req.base) return range(cwd, req.base, req.head ?? 'HEAD', `base ${req.base} given`, logger)
      const fromEvent = ev ? eventRange(ev) : undefined
      if (fromEvent) return fromEventRange(cwd, fromEvent, logger)
      await unshallow(cwd, logger)
      return { kind: 'full-history', reason: ev ? `on ${ev.name} events` : 'with no event or base given' }
    }
  }
}

interface EventRange {
  base?: string
  head: string
  /** For a push that created a branch: the default branch whose commits are excluded. */
  newBranchOf?: string
  reason: string
}

/** The commit range an event implies, if any. */
export function eventRange(ev: EventContext): EventRange | undefined {
  const p = ev.payload ?? {}
  if ((ev.name === 'pull_request' || ev.name === 'pull_request_target') && p.pull_request) {
    return { base: p.pull_request.base?.sha, head: p.pull_request.head?.sha, reason: `pull request #${p.pull_request.number ?? p.number ?? '?'}` }
  }
  if (ev.name === 'merge_group' && p.merge_group) {
    return { base: p.merge_group.base_sha, head: p.merge_group.head_sha, reason: 'merge group' }
  }
  if (ev.name === 'push' && typeof p.after === 'string' && !ZERO_SHA.test(p.after)) {
    const defaultBranch = p.repository?.default_branch ?? 'main'
    if (!p.before || ZERO_SHA.test(p.before)) {
      return { head: p.after, newBranchOf: defaultBranch, reason: `push of new ref ${p.ref ?? ''}`.trim() }
    }
    return { base: p.before, head: p.after, newBranchOf: defaultBranch, reason: `push to ${p.ref ?? 'a branch'}` }
  }
  return undefined
}

async function fromEventRange(cwd: string, r: EventRange, logger: Logger): Promise<Scope> {
  if (r.base) {
    try {
      return await range(cwd, r.base, r.head, r.reason, logger)
    } catch (err) {
      // A force-push can leave `before` unreachable; fall back to the commits not on the default branch.
      if (!r.newBranchOf) throw err
      logger.warning(`The push's previous commit ${r.base.slice(0, 7)} cannot be fetched (force-push?): scanning the commits not on ${r.newBranchOf} instead.`)
    }
  }
  return newBranch(cwd, r.head, r.newBranchOf ?? 'main', r.reason, logger)
}

async function range(cwd: string, base: string, head: string, reason: string, logger: Logger): Promise<Scope> {
  for (const rev of [base, head]) {
    // A revision is handed to git fetch and git log: one that starts with '-' would be read as an option.
    if (rev.startsWith('-') || /\s/.test(rev)) throw new ConfigurationError(`'${rev}' is not a revision (a branch, tag or commit).`)
  }
  await ensureCommit(cwd, head, logger)
  await ensureCommit(cwd, base, logger)
  const baseSha = await resolveRev(cwd, base)
  const headSha = await resolveRev(cwd, head)
  await ensureMergeBase(cwd, baseSha, headSha, logger)
  return { kind: 'range', base: baseSha, head: headSha, revs: [`${baseSha}..${headSha}`], reason }
}

async function newBranch(cwd: string, head: string, defaultBranch: string, reason: string, logger: Logger): Promise<Scope> {
  await ensureCommit(cwd, head, logger)
  await unshallow(cwd, logger)
  const remoteRef = `refs/remotes/origin/${defaultBranch}`
  if (!(await hasCommit(cwd, remoteRef))) {
    await tryGit(cwd, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${defaultBranch}:${remoteRef}`])
  }
  const headSha = await resolveRev(cwd, head)
  const exclude = (await hasCommit(cwd, remoteRef)) ? remoteRef : (await hasCommit(cwd, defaultBranch)) ? defaultBranch : undefined
  if (!exclude) {
    logger.warning(`The default branch '${defaultBranch}' is not available: scanning the whole history of ${headSha.slice(0, 7)}.`)
    return { kind: 'range', base: '', head: headSha, revs: [headSha], reason: `${reason} (no default branch to compare with)` }
  }
  const baseSha = await resolveRev(cwd, exclude)
  // A first push of the default branch itself (or a force-push to it) has nothing to compare with: its whole history.
  if ((await tryGit(cwd, ['merge-base', '--is-ancestor', headSha, baseSha])) !== undefined) {
    return { kind: 'range', base: '', head: headSha, revs: [headSha], reason: `${reason}: the whole history of ${defaultBranch}` }
  }
  return { kind: 'range', base: baseSha, head: headSha, revs: [headSha, '--not', baseSha], reason: `${reason}: commits not on ${defaultBranch}` }
}

/** Fetches a commit a shallow or partial checkout lacks; fails with a clear message if it cannot be had. */
async function ensureCommit(cwd: string, rev: string, logger: Logger): Promise<void> {
  if (await hasCommit(cwd, rev)) return
  const hasOrigin = (await tryGit(cwd, ['remote', 'get-url', 'origin'])) !== undefined
  if (hasOrigin) {
    logger.info(`Fetching ${rev} (not in the checkout)…`)
    await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', rev])
  }
  if (!(await hasCommit(cwd, rev))) {
    throw new ConfigurationError(
      `The revision '${rev}' is not in the repository${hasOrigin ? ' and could not be fetched from origin' : ''}: give a branch, tag or commit that exists.`
    )
  }
}

/** Deepens a shallow checkout until base and head share history, so base..head lists every commit of the range. */
async function ensureMergeBase(cwd: string, base: string, head: string, logger: Logger): Promise<void> {
  const complete = async (): Promise<boolean> =>
    (await tryGit(cwd, ['merge-base', base, head])) !== undefined && !(await rangeTouchesShallow(cwd, base, head))
  let depth = 64
  for (let i = 0; i < 5 && (await isShallow(cwd)); i++) {
    if (await complete()) return
    logger.info(`Deepening the shallow checkout by ${depth} commits to reach the merge base…`)
    await tryGit(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, 'origin', head])
    depth *= 4
  }
  if ((await isShallow(cwd)) && !(await complete())) await unshallow(cwd, logger)
}

/** True when a shallow boundary commit lies inside base..head (so part of the range's history is missing). */
async function rangeTouchesShallow(cwd: string, base: string, head: string): Promise<boolean> {
  const shallowFile = (await tryGit(cwd, ['rev-parse', '--git-path', 'shallow']))?.trim()
  if (!shallowFile) return false
  const shallow = await readFile(resolve(cwd, shallowFile), 'utf8').catch(() => '')
  const cut = new Set(shallow.split('\n').filter(Boolean))
  if (cut.size === 0) return false
  const inRange = (await git(cwd, ['rev-list', `${base}..${head}`])).split('\n').filter(Boolean)
  return inRange.some(sha => cut.has(sha))
}

/** The history a scope needs is not in the checkout and cannot be fetched: the scan cannot be complete. */
export class IncompleteHistoryError extends Error {
  override name = 'IncompleteHistoryError'
}

/** Fetches the whole history when the checkout is shallow. */
export async function unshallow(cwd: string, logger: Logger): Promise<void> {
  if (!(await isShallow(cwd))) return
  logger.info('Fetching the full history (the checkout is shallow)…')
  if ((await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'])) === undefined) {
    // Scanning what happens to be there and calling it the full history would be a silent partial pass.
    throw new IncompleteHistoryError(
      'The checkout is shallow and the rest of its history could not be fetched from origin, so the commits this scan covers are not all here. Fetch them (git fetch --unshallow), or scan the working tree instead.'
    )
  }
}

/** How many commits a scope covers (undefined for working-tree and staged scans). */
export async function countCommits(cwd: string, scope: Scope, subdir = ''): Promise<number | undefined> {
  const only = subdir ? ['--', subdir] : []
  if (scope.kind === 'range') return Number((await git(cwd, ['rev-list', '--count', ...scope.revs, ...only])).trim())
  if (scope.kind === 'full-history') return Number((await tryGit(cwd, ['rev-list', '--count', '--all', ...only]))?.trim() ?? '0')
  return undefined
}

/** The `git log` options that select the scope's commits (for scanners that read history). */
export function logOptions(scope: Scope): string | undefined {
  // --text: a committed .gitattributes (`*.env -diff`) must not turn a file into "Binary files differ" and hide it.
  // --diff-merges=remerge: what a merge commit itself introduced (an "evil merge") is scanned, without repeating
  // what its parents already brought.
  const always = '--text --diff-merges=remerge'
  if (scope.kind === 'range') return `${always} ${scope.revs.join(' ')}`
  if (scope.kind === 'full-history') return `${always} --all`
  return undefined
}

/** How many distinct files a scope touches (changed in its commits, staged, or present in the tree). */
export async function countFiles(cwd: string, scope: Scope, subdir = ''): Promise<number | undefined> {
  const only = subdir ? ['--', subdir] : []
  const lines = (s: string | undefined): number | undefined =>
    s === undefined ? undefined : new Set(s.split('\n').filter(Boolean)).size
  switch (scope.kind) {
    case 'range':
      return lines(await tryGit(cwd, ['log', '--format=', '--name-only', ...scope.revs, ...only]))
    case 'full-history':
      return lines(await tryGit(cwd, ['log', '--all', '--format=', '--name-only', ...only]))
    case 'staged':
      return lines(await tryGit(cwd, ['diff', '--cached', '--name-only', ...only]))
    case 'working-tree':
      return lines(await tryGit(cwd, ['ls-files', '--cached', '--others', '--exclude-standard', ...only]))
  }
}

/** A one-line description of a scope for logs and summaries. */
export function describeScope(scope: Scope): string {
  switch (scope.kind) {
    case 'range':
      return scope.base
        ? `commits ${scope.revs[0].includes('..') ? '' : 'of '}${scope.base.slice(0, 7)}..${scope.head.slice(0, 7)}${scope.revs.includes('--not') ? ' (not on the default branch)' : ''}`
        : `all commits of ${scope.head.slice(0, 7)}`
    case 'full-history':
      return 'full history (all refs)'
    case 'working-tree':
      return 'working tree'
    case 'staged':
      return 'staged changes'
  }
}
