/**
 * `partialFingerprints.primaryLocationLineHash`, the only fingerprint GitHub code scanning uses to recognise an alert
 * across uploads. The raw upload API does not compute it, so we must, and byte for byte the way codeql-action does
 * (see "primaryLocationLineHash" in github-sarif.md): otherwise every alert would be closed and reopened the first
 * time a repository switches between our upload and codeql-action's.
 *
 * The value for a line is a polynomial hash (base 37, mod 2^64) of the 100 UTF-16 units that start at that line, with
 * spaces and tabs removed and line ends normalised to LF. We keep the 64-bit state as two unsigned 32-bit halves in
 * plain numbers: every intermediate stays below 2^53, so double arithmetic is exact and nothing is allocated per unit.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Logger } from '../log.js'
import { errorMessage } from '../errors.js'
import type { ArtifactLocation, SarifLog, SarifResult } from './types.js'

const WINDOW = 100
const EOF_UNIT = 65535
/** 37^100 mod 2^64 in 16-bit limbs, least significant first. */
const K0 = 0xdb71
const K1 = 0x331c
const K2 = 0xd09a
const K3 = 0xe59c

/** Files larger than this are not fingerprinted: a string that size would strain memory for no real gain. */
const MAX_FILE_BYTES = 128 * 1024 * 1024

/** Raw 64-bit hashes per line (index 0 = line 1) and how many earlier-or-equal lines share each hash. */
interface LineHashTable {
  count: number
  hi: Uint32Array
  lo: Uint32Array
  occurrence: Uint32Array
}

/**
 * Hashes lines 1..min(maxLine, last line).
 *
 * Rather than a rolling window (which touches the unit leaving the window at every step), we keep the prefix hash
 * P(p) = sum of c_j * 37^(p-j) for j <= p, so a line starting at s has hash P(s+99) - P(s-1) * 37^100. Per unit that
 * costs one multiply-add; the 64-bit multiplication by 37^100 happens once per line. P lives in three limbs of 22, 21
 * and 21 bits, so every per-unit intermediate fits in a 32-bit integer and V8 never leaves integer arithmetic.
 *
 * A line's hash is known only 99 units after it starts (the window crosses line ends and, at the end, runs into the
 * EOF unit and zeros), so line starts wait in a small ring; at most one starts per unit, so at most WINDOW wait.
 */
function hashLines(text: string, maxLine = Number.POSITIVE_INFINITY): LineHashTable {
  const n = text.length
  let capacity = Math.max(1, Math.min((n >>> 5) + 16, maxLine))
  let outHi = new Uint32Array(capacity)
  let outLo = new Uint32Array(capacity)
  let emitted = 0
  if (maxLine < 1) return { count: 0, hi: outHi, lo: outLo, occurrence: new Uint32Array(0) }

  // Ring of waiting lines: the unit position that completes each one and P(start - 1) * 37^100.
  const waitAt = new Int32Array(128)
  const waitHi = new Uint32Array(128)
  const waitLo = new Uint32Array(128)
  let head = 0
  let tail = 1
  waitAt[0] = WINDOW - 1 // line 1; P(-1) = 0
  let emitAt = WINDOW - 1
  let lines = 1
  let h0 = 0
  let h1 = 0
  let h2 = 0
  let pos = 0
  let prevCR = false

  for (let i = 0; ; i++) {
    let c: number
    if (i < n) {
      c = text.charCodeAt(i)
      if (c === 32 || c === 9) {
        prevCR = false
        continue
      }
      if (c === 13) {
        c = 10
        prevCR = true
      } else if (c === 10 && prevCR) {
        prevCR = false
        continue
      } else {
        prevCR = false
      }
    } else {
      if (emitted === lines) break
      c = i === n ? EOF_UNIT : 0
    }

    let t = h0 * 37 + c
    h0 = t & 0x3fffff
    t = (t >> 22) + h1 * 37
    h1 = t & 0x1fffff
    h2 = ((t >> 21) + h2 * 37) & 0x1fffff

    if (c === 10) {
      if (head === tail) emitAt = pos + WINDOW
      waitAt[tail] = pos + WINDOW
      storeTimesK(((h1 >>> 10) | (h2 << 11)) >>> 0, (h0 | (h1 << 22)) >>> 0, waitHi, waitLo, tail)
      tail = (tail + 1) & 127
      lines++
    }
    if (pos === emitAt) {
      if (emitted === capacity) {
        capacity *= 2
        outHi = grow(outHi, capacity)
        outLo = grow(outLo, capacity)
      }
      const lo = (h0 | (h1 << 22)) >>> 0
      const hi = ((h1 >>> 10) | (h2 << 11)) >>> 0
      const dropLo = waitLo[head]!
      outLo[emitted] = (lo - dropLo) >>> 0
      outHi[emitted] = (hi - waitHi[head]! - (lo < dropLo ? 1 : 0)) >>> 0
      emitted++
      if (emitted >= maxLine) break
      head = (head + 1) & 127
      emitAt = head === tail ? -1 : waitAt[head]!
    }
    pos++
  }
  return { count: emitted, hi: outHi, lo: outLo, occurrence: countOccurrences(outHi, outLo, emitted) }
}

/**
 * Stores (hi:lo * 37^100) mod 2^64 at `at`. Schoolbook multiplication in 16-bit limbs: each partial sum stays below
 * 2^36, exact in a double; the limbs that would land at 2^64 and above are never computed.
 */
function storeTimesK(hi: number, lo: number, outHi: Uint32Array, outLo: Uint32Array, at: number): void {
  const a0 = lo & 0xffff
  const a1 = lo >>> 16
  const a2 = hi & 0xffff
  const a3 = hi >>> 16
  const t0 = a0 * K0
  const t1 = a1 * K0 + a0 * K1 + Math.floor(t0 / 65536)
  const t2 = a2 * K0 + a1 * K1 + a0 * K2 + Math.floor(t1 / 65536)
  const t3 = a3 * K0 + a2 * K1 + a1 * K2 + a0 * K3 + Math.floor(t2 / 65536)
  outLo[at] = ((t0 & 0xffff) | ((t1 & 0xffff) << 16)) >>> 0
  outHi[at] = ((t2 & 0xffff) | ((t3 & 0xffff) << 16)) >>> 0
}

function grow(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size)
  b.set(a)
  return b
}

/** The `:k` part: an open-addressing table keyed by the 64-bit hash, so no per-line strings are needed. */
function countOccurrences(hi: Uint32Array, lo: Uint32Array, count: number): Uint32Array {
  const occurrence = new Uint32Array(count)
  let size = 16
  while (size < count * 2) size *= 2
  const mask = size - 1
  const keyHi = new Uint32Array(size)
  const keyLo = new Uint32Array(size)
  const seen = new Uint32Array(size)
  for (let line = 0; line < count; line++) {
    const h = hi[line]!
    const l = lo[line]!
    let at = Math.imul(l ^ Math.imul(h, 0x9e3779b1), 0x85ebca6b) & mask
    while (seen[at] !== 0 && (keyHi[at] !== h || keyLo[at] !== l)) at = (at + 1) & mask
    keyHi[at] = h
    keyLo[at] = l
    occurrence[line] = ++seen[at]!
  }
  return occurrence
}

function formatLine(table: LineHashTable, index: number): string {
  const hi = table.hi[index]!
  const lo = table.lo[index]!
  const hex = hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0')
  return `${hex}:${table.occurrence[index]!}`
}

/** The primaryLocationLineHash of every line of `text` (index 0 = line 1; "a\n" has two lines). */
export function computeLineHashes(text: string): string[] {
  const table = hashLines(text)
  const values = new Array<string>(table.count)
  for (let i = 0; i < table.count; i++) values[i] = formatLine(table, i)
  return values
}

/**
 * The primaryLocationLineHash of the given 1-based lines only. Lines past the end of the text are left out of the
 * map. Hashing stops after the last line asked for; the lines before it are still hashed, for the `:k` counter.
 */
export function lineHashesFor(text: string, lines: Iterable<number>): Map<number, string> {
  const wanted = [...lines].filter(l => Number.isInteger(l) && l >= 1)
  const values = new Map<number, string>()
  if (wanted.length === 0) return values
  const table = hashLines(text, Math.max(...wanted))
  for (const line of wanted) if (line <= table.count) values.set(line, formatLine(table, line - 1))
  return values
}

/**
 * The local path a result's artifact location points at, or undefined when it is not a local file (http:, etc.).
 * Relative URIs (with no base, `%SRCROOT%`, or a base we cannot resolve to a file URI) resolve against the checkout.
 */
export function resolveArtifactPath(
  location: ArtifactLocation,
  checkoutRoot: string,
  bases: Record<string, ArtifactLocation> = {}
): string | undefined {
  const uri = location.uri
  if (/^file:/i.test(uri)) return fileUrlToPathOrUndefined(uri)
  // A scheme other than a Windows drive letter means a non-file URI.
  if (/^[a-z][a-z0-9+.-]+:/i.test(uri)) return undefined
  let root = checkoutRoot
  const base = location.uriBaseId && location.uriBaseId !== '%SRCROOT%' ? bases[location.uriBaseId]?.uri : undefined
  if (base && /^file:/i.test(base)) root = fileUrlToPathOrUndefined(base.endsWith('/') ? base : `${base}/`) ?? root
  return path.resolve(root, safeDecode(uri))
}

function fileUrlToPathOrUndefined(uri: string): string | undefined {
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri)
  } catch {
    return uri
  }
}

interface Wanted {
  result: SarifResult
  line: number
}

/**
 * Sets `partialFingerprints.primaryLocationLineHash` on every result whose first location names an existing local
 * file and a `region.startLine` inside it. Other partial fingerprints are kept and an existing line hash is never
 * replaced. Each file is read once. Missing files are skipped (logged at debug level and returned as resolved paths).
 * Mutates `log`.
 */
export async function addFingerprints(
  log: SarifLog,
  checkoutRoot: string,
  logger: Logger
): Promise<{ added: number; missingFiles: string[] }> {
  const byFile = new Map<string, Wanted[]>()
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      if (result.partialFingerprints?.primaryLocationLineHash !== undefined) continue
      const physical = result.locations?.[0]?.physicalLocation
      const artifact = physical?.artifactLocation
      const line = physical?.region?.startLine
      if (!artifact?.uri || line === undefined || !Number.isInteger(line) || line < 1) continue
      const file = resolveArtifactPath(artifact, checkoutRoot, run.originalUriBaseIds)
      if (file === undefined) continue
      const list = byFile.get(file) ?? []
      list.push({ result, line })
      byFile.set(file, list)
    }
  }

  let added = 0
  const missingFiles: string[] = []
  for (const [file, wanted] of byFile) {
    const text = await readRegularFile(file, logger)
    if (text === undefined) {
      missingFiles.push(file)
      continue
    }
    const hashes = lineHashesFor(
      text,
      wanted.map(w => w.line)
    )
    for (const { result, line } of wanted) {
      const hash = hashes.get(line)
      if (hash === undefined) {
        logger.debug(`fingerprints: ${file} has no line ${line}; result left without a line hash`)
        continue
      }
      result.partialFingerprints = { ...result.partialFingerprints, primaryLocationLineHash: hash }
      added++
    }
  }
  return { added, missingFiles }
}

async function readRegularFile(file: string, logger: Logger): Promise<string | undefined> {
  try {
    const info = await stat(file)
    if (!info.isFile()) {
      logger.debug(`fingerprints: ${file} is not a regular file; skipped`)
      return undefined
    }
    if (info.size > MAX_FILE_BYTES) {
      logger.debug(`fingerprints: ${file} is larger than ${MAX_FILE_BYTES} bytes; skipped`)
      return undefined
    }
    return (await readFile(file)).toString('utf8')
  } catch (err) {
    logger.debug(`fingerprints: cannot read ${file} (${errorMessage(err)}); skipped`)
    return undefined
  }
}
