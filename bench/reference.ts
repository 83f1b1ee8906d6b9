/**
 * A reference primaryLocationLineHash written the straightforward way: a rolling hash whose 64-bit state is a
 * big number (BigInt here; codeql-action uses a 64-bit integer library), updated once per code unit, with a string
 * for every line. It is what our implementation is measured against and checked for identical output.
 */

const MASK = (1n << 64n) - 1n
/** The weight 37^100 a unit has reached when it leaves the 100-unit window. */
const LEAVING_WEIGHT = 37n ** 100n & MASK

/** `hex:k` for every line of the file (bytes decoded as UTF-8), index 0 = line 1. */
export function referenceLineHashes(content: Uint8Array): string[] {
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8')
  const window = new Array<number>(100).fill(0)
  let slot = 0
  let hash = 0n
  let position = 0
  const starts = [0]
  let nextLine = 0
  const values: string[] = []
  const seen = new Map<string, number>()

  const push = (unit: number): void => {
    // BigInt `&` works in two's complement, so masking a negative intermediate still gives the value mod 2^64.
    hash = (hash * 37n + BigInt(unit) - LEAVING_WEIGHT * BigInt(window[slot]!)) & MASK
    window[slot] = unit
    slot = (slot + 1) % 100
    if (unit === 10) starts.push(position + 1)
    if (nextLine < starts.length && starts[nextLine]! + 99 === position) {
      const hex = hash.toString(16)
      const k = (seen.get(hex) ?? 0) + 1
      seen.set(hex, k)
      values.push(`${hex}:${k}`)
      nextLine++
    }
    position++
  }

  let afterCR = false
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const wasCR = afterCR
    afterCR = unit === 13
    if (unit === 32 || unit === 9 || (unit === 10 && wasCR)) continue
    push(unit === 13 ? 10 : unit)
  }
  push(65535)
  while (nextLine < starts.length) push(0)
  return values
}
