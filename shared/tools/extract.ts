/**
 * Safe extraction: an archive may only ever write inside its target directory. Three layers, because each alone
 * has had holes in some tar or unzip build:
 * 1. list every entry (archive.ts) and refuse the archive if any name is absolute or has a `..` component, any
 *    symlink target leaves the tree, or any entry is a device/FIFO;
 * 2. extract into a fresh, empty directory with the system tool (never with -P or equivalents);
 * 3. walk the result and refuse it if any symlink resolves outside or any special file appeared.
 */
import { lstat, mkdir, readdir, readlink, realpath, rm } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { Logger, formatDuration, silentLogger } from '../log.js'
import { ArchiveEntry, ArchiveKind, listTarGz, listZip } from './archive.js'
import { UnsafeArchiveError } from './errors.js'
import { outputTail, runProcess } from './process.js'

/** Why an archive member name is unsafe, or undefined when it is fine. */
export function unsafeName(name: string): string | undefined {
  if (!name || name.includes('\0')) return 'empty name or NUL byte'
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name)) return 'absolute path'
  if (name.split(/[\\/]/).includes('..')) return "'..' component"
  if (name.includes(':')) return 'colon (a drive or an NTFS stream on Windows)'
  return undefined
}

/**
 * Why a symlink target is unsafe, or undefined. Only relative targets without `..` are allowed: a lexical check of
 * `a/../b` is not enough once `a` is itself a symlink, while a target that only descends can never climb out.
 */
export function unsafeLinkTarget(target: string): string | undefined {
  if (!target) return 'empty link target'
  if (/^[\\/]/.test(target) || /^[A-Za-z]:/.test(target)) return `absolute link target ${target}`
  if (target.split(/[\\/]/).includes('..')) return `link target ${target} climbs with '..'`
  return undefined
}

/** Throws an UnsafeArchiveError naming every entry that could write outside the target directory. */
export function checkEntries(entries: ArchiveEntry[], archive: string): void {
  const problems: string[] = []
  for (const entry of entries) {
    const reason =
      unsafeName(entry.name) ??
      (entry.type === 'symlink' ? unsafeLinkTarget(entry.linkname ?? '') : undefined) ??
      (entry.type === 'hardlink' ? unsafeName(entry.linkname ?? '') : undefined) ??
      (entry.type === 'other' ? 'device, FIFO or unknown entry type' : undefined)
    if (reason) problems.push(`${JSON.stringify(entry.name)} (${reason})`)
  }
  if (problems.length) {
    const shown = problems.slice(0, 5).join(', ') + (problems.length > 5 ? `, and ${problems.length - 5} more` : '')
    const count = `${problems.length} unsafe entr${problems.length > 1 ? 'ies' : 'y'}`
    throw new UnsafeArchiveError(`Refusing to extract ${archive}: ${count}: ${shown}`)
  }
}

/** Lists the entries of a tar.gz or zip archive. */
export async function listArchive(archive: string, kind: Exclude<ArchiveKind, 'raw'>): Promise<ArchiveEntry[]> {
  return kind === 'zip' ? listZip(archive) : listTarGz(archive)
}

/**
 * Extracts `archive` into `dest`, which must not exist yet or be empty. On any failure `dest` is removed, so a
 * half-extracted tree is never left behind. Throws UnsafeArchiveError for unsafe or unreadable archives.
 */
export async function extractArchive(
  archive: string,
  kind: Exclude<ArchiveKind, 'raw'>,
  dest: string,
  logger: Logger = silentLogger
): Promise<void> {
  const started = Date.now()
  await mkdir(dest, { recursive: true })
  if ((await readdir(dest)).length > 0) throw new Error(`Extraction target ${dest} is not empty`)
  try {
    const entries = await listArchive(archive, kind)
    checkEntries(entries, archive)
    const [command, args] =
      kind === 'tar.gz'
        ? ['tar', ['-xzf', archive, '-C', dest, '--no-same-owner']]
        : process.platform === 'win32'
          ? ['tar', ['-xf', archive, '-C', dest]] // Windows ships bsdtar, which reads zip; it has no unzip
          : ['unzip', ['-q', '-o', archive, '-d', dest]]
    const result = await runProcess(command, args as string[], { timeoutMs: 600_000 })
    if (result.code !== 0) {
      throw new UnsafeArchiveError(`${command} could not extract ${archive} (exit ${result.code}): ${outputTail(result)}`)
    }
    await verifyTree(dest)
    logger.info(`Extracted ${entries.length} entries from ${archive} in ${formatDuration(Date.now() - started)}`)
  } catch (err) {
    await rm(dest, { recursive: true, force: true })
    throw err
  }
}

/** Walks `root` and throws if any symlink resolves outside it or anything other than files, dirs and links is there. */
export async function verifyTree(root: string): Promise<void> {
  const base = await realpath(root)
  const inside = (p: string): boolean => {
    const rel = relative(base, p)
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
  }
  const walk = async (dir: string): Promise<void> => {
    for (const name of await readdir(dir)) {
      const path = join(dir, name)
      const info = await lstat(path)
      if (info.isSymbolicLink()) {
        const target = await realpath(path).catch(async () => resolve(dirname(path), await readlink(path)))
        if (!inside(target)) throw new UnsafeArchiveError(`Extracted symlink ${path} points outside ${root}`)
      } else if (info.isDirectory()) {
        await walk(path)
      } else if (!info.isFile()) {
        throw new UnsafeArchiveError(`Extracted special file ${path}`)
      }
    }
  }
  await walk(base)
}
