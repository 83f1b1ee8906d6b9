/**
 * Lists archive entries exactly as stored (names, types, link targets), so they can be judged before anything is
 * written. Parsing the headers ourselves avoids guessing at `tar -tv` output, whose format varies between GNU tar and
 * bsdtar and is ambiguous for names with spaces or " -> " in them.
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip, inflateRawSync } from 'node:zlib'
import { UnsafeArchiveError } from './errors.js'

/** What an archive entry is; `other` covers devices, FIFOs and anything unknown. */
export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'

/** One archive member. */
export interface ArchiveEntry {
  name: string
  type: EntryType
  /** Symlink target, or the archive path a hardlink points at. */
  linkname?: string
}

/** The archive kinds the installer handles; `raw` is a bare executable. */
export type ArchiveKind = 'tar.gz' | 'zip' | 'raw'

/** The kind of a release file, from its name. */
export function archiveKind(fileName: string): ArchiveKind {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tar.gz'
  if (lower.endsWith('.zip')) return 'zip'
  return 'raw'
}

/** Lists the members of a gzip-compressed tar file (ustar, GNU long names and PAX path/linkpath records). */
export async function listTarGz(path: string): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = []
  let pending: Buffer = Buffer.alloc(0)
  let skip = 0 // data bytes (padded) still to pass over
  let collect: { kind: 'L' | 'K' | 'x'; size: number } | undefined
  let longName: string | undefined
  let longLink: string | undefined
  let ended = false
  try {
    for await (const chunk of createReadStream(path).pipe(createGunzip())) {
      if (ended) continue
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer)
      for (;;) {
        if (skip > 0) {
          const n = Math.min(skip, pending.length)
          pending = pending.subarray(n)
          skip -= n
          if (skip > 0) break
        }
        if (collect) {
          const padded = Math.ceil(collect.size / 512) * 512
          if (pending.length < padded) break
          const data = pending.subarray(0, collect.size)
          pending = pending.subarray(padded)
          if (collect.kind === 'L') longName = cString(data)
          else if (collect.kind === 'K') longLink = cString(data)
          else {
            const pax = parsePax(data)
            longName = pax.path ?? longName
            longLink = pax.linkpath ?? longLink
          }
          collect = undefined
          continue
        }
        if (pending.length < 512) break
        const header = pending.subarray(0, 512)
        pending = pending.subarray(512)
        if (header.every(b => b === 0)) {
          ended = true
          break
        }
        const flag = String.fromCharCode(header[156] || 48)
        const size = parseSize(header.subarray(124, 136))
        if (flag === 'L' || flag === 'K' || flag === 'x') {
          collect = { kind: flag, size }
          continue
        }
        if (flag === 'g') {
          skip = Math.ceil(size / 512) * 512
          continue
        }
        const prefix = header.subarray(257, 262).toString() === 'ustar' ? cString(header.subarray(345, 500)) : ''
        const base = cString(header.subarray(0, 100))
        const name = longName ?? (prefix ? `${prefix}/${base}` : base)
        const link = longLink ?? cString(header.subarray(157, 257))
        longName = longLink = undefined
        const type = tarType(flag)
        entries.push(type === 'symlink' || type === 'hardlink' ? { name, type, linkname: link } : { name, type })
        skip = type === 'file' || type === 'other' ? Math.ceil(size / 512) * 512 : 0
      }
    }
  } catch (err) {
    if (err instanceof UnsafeArchiveError) throw err
    throw new UnsafeArchiveError(`Not a readable tar.gz archive (${path}): ${(err as Error).message}`)
  }
  if (!ended && (skip > 0 || collect || pending.length > 0)) {
    throw new UnsafeArchiveError(`Truncated tar.gz archive (${path}): it ends in the middle of an entry`)
  }
  return entries
}

/** Lists the members of a zip file from its central directory, reading symlink targets from the entries' data. */
export async function listZip(path: string): Promise<ArchiveEntry[]> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const read = async (position: number, length: number): Promise<Buffer> => {
      if (position < 0 || length < 0 || position + length > size) throw new UnsafeArchiveError(`Truncated zip archive (${path})`)
      const buf = Buffer.alloc(length)
      await handle.read(buf, 0, length, position)
      return buf
    }
    const tailLength = Math.min(size, 65_557)
    const tail = await read(size - tailLength, tailLength)
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    if (eocd < 0) throw new UnsafeArchiveError(`Not a zip archive, or a truncated one (${path}): no end of central directory`)
    let count = tail.readUInt16LE(eocd + 10)
    let cdSize = tail.readUInt32LE(eocd + 12)
    let cdOffset = tail.readUInt32LE(eocd + 16)
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = eocd - 20
      if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50) throw new UnsafeArchiveError(`Broken zip64 archive (${path})`)
      const record = await read(Number(tail.readBigUInt64LE(locator + 8)), 56)
      count = Number(record.readBigUInt64LE(32))
      cdSize = Number(record.readBigUInt64LE(40))
      cdOffset = Number(record.readBigUInt64LE(48))
    }
    const cd = await read(cdOffset, cdSize)
    const entries: ArchiveEntry[] = []
    let at = 0
    for (let i = 0; i < count; i++) {
      if (at + 46 > cd.length || cd.readUInt32LE(at) !== 0x02014b50) throw new UnsafeArchiveError(`Corrupt zip central directory (${path})`)
      const host = cd.readUInt8(at + 5)
      const method = cd.readUInt16LE(at + 10)
      const compressed = cd.readUInt32LE(at + 20)
      const nameLength = cd.readUInt16LE(at + 28)
      const extraLength = cd.readUInt16LE(at + 30)
      const commentLength = cd.readUInt16LE(at + 32)
      const mode = host === 3 ? cd.readUInt32LE(at + 38) >>> 16 : 0
      const local = cd.readUInt32LE(at + 42)
      const name = cd.subarray(at + 46, at + 46 + nameLength).toString('utf8')
      at += 46 + nameLength + extraLength + commentLength
      const kind = mode & 0o170000
      if (kind === 0o120000) {
        const header = await read(local, 30)
        const dataAt = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
        const raw = await read(dataAt, compressed)
        const target = (method === 8 ? inflateRawSync(raw) : raw).toString('utf8')
        entries.push({ name, type: 'symlink', linkname: target })
      } else if (name.endsWith('/') || kind === 0o040000) {
        entries.push({ name, type: 'dir' })
      } else {
        entries.push({ name, type: kind === 0 || kind === 0o100000 ? 'file' : 'other' })
      }
    }
    return entries
  } catch (err) {
    if (err instanceof UnsafeArchiveError) throw err
    throw new UnsafeArchiveError(`Not a readable zip archive (${path}): ${(err as Error).message}`)
  } finally {
    await handle.close()
  }
}

function tarType(flag: string): EntryType {
  if (flag === '0' || flag === '7' || flag === '\0') return 'file'
  if (flag === '5') return 'dir'
  if (flag === '2') return 'symlink'
  if (flag === '1') return 'hardlink'
  return 'other'
}

function cString(buf: Buffer): string {
  const end = buf.indexOf(0)
  return buf.subarray(0, end < 0 ? buf.length : end).toString('utf8')
}

// Sizes are octal text, or big-endian binary when the top bit of the first byte is set (GNU, for files >= 8 GiB).
function parseSize(field: Buffer): number {
  if ((field[0] ?? 0) & 0x80) {
    let value = 0
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0)
    return value
  }
  const text = cString(field).trim()
  const value = text ? parseInt(text, 8) : 0
  if (!Number.isFinite(value) || value < 0) throw new UnsafeArchiveError(`Corrupt tar header: size "${text}"`)
  return value
}

// PAX records are "<byte length> <key>=<value>\n"; values may hold newlines, so the length is what delimits them.
function parsePax(data: Buffer): { path?: string; linkpath?: string } {
  const out: { path?: string; linkpath?: string } = {}
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    const length = space < 0 ? NaN : parseInt(data.subarray(at, space).toString(), 10)
    if (!Number.isFinite(length) || length <= 0 || at + length > data.length) throw new UnsafeArchiveError('Corrupt PAX header')
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const eq = record.indexOf('=')
    const key = record.slice(0, eq)
    if (key === 'path') out.path = record.slice(eq + 1)
    if (key === 'linkpath') out.linkpath = record.slice(eq + 1)
    at += length
  }
  return out
}
