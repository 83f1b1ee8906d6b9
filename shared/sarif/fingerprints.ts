/**
 * `partialFingerprints.primaryLocationLineHash`, the only fingerprint GitHub code scanning uses to recognise an alert
 * across uploads. The raw upload API does not compute it, so we must, and byte for byte the way codeql-action does
 * (see "primaryLocationLineHash" in github-sarif.md): otherwise every alert would be closed and reopened the first
 * time a repository switches between our upload and codeql-action's.
 *
 * The value for a line is a polynomial hash (base 37, mod 2^64) of the 100 UTF-16 units that start at that line, with
 * spaces and tabs removed and line ends normalised to LF, then `:k` for its k-th occurrence in the file. A 64-bit
 * integer library (codeql-action's way) or BigInt allocates per unit and manages about 5 MB/s; here the 64-bit state
 * lives in small integer limbs and typed arrays, nothing is allocated per unit or per line, and only the lines asked
 * for become strings (`npm run bench` compares the two and checks they agree).
 */
import { Buffer, isAscii } from 'node:buffer'
import { endianness } from 'node:os'

const WINDOW = 100
const EOF_UNIT = 65535
/** 37^100 mod 2^64 in 16-bit limbs, least significant first. */
const K0 = 0xdb71
const K1 = 0x331c
const K2 = 0xd09a
const K3 = 0xe59c

/** Raw 64-bit hashes per line, as two 32-bit halves (index 0 = line 1). */
interface RawHashes {
  count: number
  hi: Uint32Array
  lo: Uint32Array
}

/** File content as UTF-16 code units. Indexing a typed array is much faster in V8 than `charCodeAt`. */
type Units = Uint8Array | Uint16Array

/**
 * The UTF-16 code units of `content` (bytes are decoded as UTF-8, as codeql-action reads files). An all-ASCII file,
 * which most source files are, is used as is: its bytes are its code units.
 */
function toUnits(content: string | Uint8Array): Units {
  let text: string
  if (typeof content === 'string') {
    text = content
  } else {
    if (isAscii(content)) return new Uint8Array(content.buffer, content.byteOffset, content.byteLength)
    text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8')
  }
  const units = new Uint16Array(text.length)
  if (endianness() === 'LE') {
    // A native copy; UTF-16LE writes each code unit unchanged, lone surrogates included.
    Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(text, 'utf16le')
  } else {
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
  }
  return units
}

/**
 * Hashes lines 1..min(maxLine, last line).
 *
 * Rather than a rolling window (which touches the unit leaving the window at every step), we keep the prefix hash
 * P(p) = sum of c_j * 37^(p-j) over the units hashed so far, so a line whose first unit follows prefix P(s) has hash
 * P(s+100) - P(s) * 37^100. Per unit that costs one multiply-add; the 64-bit multiplication by 37^100 happens once
 * per line. P lives in three limbs of 22, 21 and 21 bits, so every per-unit intermediate fits in a 32-bit integer
 * and V8 never leaves integer arithmetic.
 *
 * A line's hash is known only 100 units after it starts (the window crosses line ends and, at the end, runs into the
 * EOF unit and zeros), so line starts wait in a small ring; at most one starts per unit, so at most WINDOW wait.
 */
function hashLines(units: Units, maxLine = Number.POSITIVE_INFINITY): RawHashes {
  const n = units.length
  let capacity = Math.max(1, Math.min((n >>> 5) + 16, maxLine))
  let outHi: Uint32Array = new Uint32Array(capacity)
  let outLo: Uint32Array = new Uint32Array(capacity)
  let emitted = 0
  if (maxLine < 1) return { count: 0, hi: outHi, lo: outLo }

  // Ring of waiting lines: the unit count that completes each one and P(start) * 37^100.
  const waitAt = new Int32Array(128)
  const waitHi = new Uint32Array(128)
  const waitLo = new Uint32Array(128)
  let head = 0
  let tail = 1
  waitAt[0] = WINDOW // line 1, after an empty prefix
  let emitAt = WINDOW
  let lines = 1
  let h0 = 0
  let h1 = 0
  let h2 = 0
  let hashed = 0
  let prevCR = false

  for (let i = 0; ; i++) {
    let c: number
    if (i < n) {
      c = units[i]!
      if (c <= 32) {
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
    hashed++

    if (c === 10) {
      if (head === tail) emitAt = hashed + WINDOW
      waitAt[tail] = hashed + WINDOW
      storeTimesK(((h1 >>> 10) | (h2 << 11)) >>> 0, (h0 | (h1 << 22)) >>> 0, waitHi, waitLo, tail)
      tail = (tail + 1) & 127
      lines++
    }
    if (hashed === emitAt) {
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
  }
  return { count: emitted, hi: outHi, lo: outLo }
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

/**
 * The `:k` counters: for each target line (0-based, ascending; every line when omitted), how many lines up to and
 * including it have the same hash. An open-addressing table keyed by the 64-bit hash avoids a string per line. With
 * targets, only their hashes are tracked (a small table that stays in cache) and a 64 Kibit filter on the low bits
 * lets almost every other line through with a single load.
 */
function countOccurrences(raw: RawHashes, targets?: readonly number[]): Uint32Array {
  const { hi, lo } = raw
  const tracked = targets ?? null
  const last = tracked ? (tracked.length > 0 ? tracked[tracked.length - 1]! : -1) : raw.count - 1
  let size = 16
  while (size < (tracked ? tracked.length : raw.count) * 2) size *= 2
  const mask = size - 1
  // Per slot: hash high half, low half, 1 + occurrences so far (0 = empty slot).
  const slots = new Uint32Array(size * 3)
  const filter = new Int32Array(tracked ? 2048 : 0)
  for (const line of tracked ?? []) {
    const at = probe(slots, mask, hi[line]!, lo[line]!)
    slots[at] = hi[line]!
    slots[at + 1] = lo[line]!
    slots[at + 2] = 1
    const l = lo[line]!
    filter[(l >>> 5) & 2047]! |= 1 << (l & 31)
  }

  const result = new Uint32Array(tracked ? tracked.length : raw.count)
  let next = 0
  for (let line = 0; line <= last; line++) {
    const l = lo[line]!
    if (tracked && (filter[(l >>> 5) & 2047]! & (1 << (l & 31))) === 0) continue
    const at = probe(slots, mask, hi[line]!, l)
    if (slots[at + 2] === 0) {
      if (tracked) continue
      slots[at] = hi[line]!
      slots[at + 1] = l
      slots[at + 2] = 1
    }
    const k = slots[at + 2]!++
    if (!tracked) result[line] = k
    else if (line === tracked[next]) result[next++] = k
  }
  return result
}

/** The offset in `slots` of the entry for hash hi:lo, or of the empty entry where it belongs (linear probing). */
function probe(slots: Uint32Array, mask: number, hi: number, lo: number): number {
  let at = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) & mask
  while (slots[at * 3 + 2] !== 0 && (slots[at * 3] !== hi || slots[at * 3 + 1] !== lo)) at = (at + 1) & mask
  return at * 3
}

const HEX_DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]

/**
 * Writes `hex:k` for one line (lowercase, no zero padding, as codeql-action prints an unsigned 64-bit number) and a
 * trailing LF into `out` at `at`; returns the new end. Number#toString(16) would do, but costs a microsecond a line.
 */
function writeValue(out: Uint8Array, at: number, hi: number, lo: number, k: number): number {
  let p = at
  let shift = 28
  if (hi !== 0) {
    while ((hi >>> shift) === 0) shift -= 4
    for (; shift >= 0; shift -= 4) out[p++] = HEX_DIGITS[(hi >>> shift) & 15]!
    shift = 28
  } else {
    while (shift > 0 && (lo >>> shift) === 0) shift -= 4
  }
  for (; shift >= 0; shift -= 4) out[p++] = HEX_DIGITS[(lo >>> shift) & 15]!
  out[p++] = 58 // ':'
  const digitsAt = p
  do {
    out[p++] = 48 + (k % 10)
    k = Math.floor(k / 10)
  } while (k > 0)
  out.subarray(digitsAt, p).reverse()
  out[p++] = 10
  return p
}

/** Formats the given lines (0-based) with their `:k` counters, all at once: one buffer, one decode, one split. */
function formatValues(raw: RawHashes, lines: readonly number[] | undefined, occurrence: Uint32Array): string[] {
  const count = lines ? lines.length : raw.count
  if (count === 0) return []
  // 16 hex digits, ':', 10 decimal digits, LF.
  const out = Buffer.allocUnsafe(count * 28)
  let end = 0
  for (let i = 0; i < count; i++) {
    const line = lines ? lines[i]! : i
    end = writeValue(out, end, raw.hi[line]!, raw.lo[line]!, occurrence[i]!)
  }
  return out.toString('latin1', 0, end - 1).split('\n')
}

/**
 * The primaryLocationLineHash of every line (index 0 = line 1; "a\n" has two lines). Bytes are decoded as UTF-8.
 * Building a string per line dominates the cost: prefer {@link lineHashesFor} when only some lines are needed.
 */
export function computeLineHashes(content: string | Uint8Array): string[] {
  const raw = hashLines(toUnits(content))
  return formatValues(raw, undefined, countOccurrences(raw))
}

/**
 * The primaryLocationLineHash of the given 1-based lines only. Lines past the end of the text are left out of the
 * map. Bytes are decoded as UTF-8. Hashing stops after the last line asked for; the lines before it are still
 * hashed, for the `:k` counter.
 */
export function lineHashesFor(content: string | Uint8Array, lines: Iterable<number>): Map<number, string> {
  const wanted = [...new Set(lines)].filter(l => Number.isInteger(l) && l >= 1).sort((a, b) => a - b)
  const values = new Map<number, string>()
  if (wanted.length === 0) return values
  const raw = hashLines(toUnits(content), wanted[wanted.length - 1])
  const targets = wanted.filter(l => l <= raw.count).map(l => l - 1)
  const formatted = formatValues(raw, targets, countOccurrences(raw, targets))
  targets.forEach((line, i) => values.set(line + 1, formatted[i]!))
  return values
}
