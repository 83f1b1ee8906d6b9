/**
 * primaryLocationLineHash throughput: ours against a big-number reference, on a generated set of source-like files.
 * Two figures for ours: the hashes of the lines results point at (what `addFingerprints` computes: every line is
 * hashed, for the `:k` counter, but only the asked ones are formatted) and a string for every line (what the
 * reference always produces). Both must equal the reference's values on the whole set.
 */
import { computeLineHashes, lineHashesFor } from '../shared/sarif/fingerprints.js'
import { type Benchmark, bestOf, rate, seededRandom, timed } from './benchmark.js'
import { generateCorpus, type SourceFile } from './corpus.js'
import { referenceLineHashes } from './reference.js'

/** Total size of the generated files; BENCH_MB changes it (e.g. for a quick run). */
const CORPUS_BYTES = Number(process.env['BENCH_MB'] ?? '60') * 1e6
const PASSES = 3

/** Lines that results point at: a few per file, spread over it, the same every run. */
function askedLines(files: SourceFile[]): number[][] {
  const rnd = seededRandom(99)
  return files.map(f => {
    let lines = 1
    for (const byte of f.content) if (byte === 10) lines++
    return Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => 1 + Math.floor(rnd() * lines))
  })
}

export const fingerprintsBenchmark: Benchmark = {
  name: 'fingerprints',
  summary: 'primaryLocationLineHash throughput (MB = 10^6 bytes of file content)',
  run(print) {
    const generated = timed(() => generateCorpus(CORPUS_BYTES))
    const files = generated.value
    const bytes = files.reduce((n, f) => n + f.content.length, 0)
    const asked = askedLines(files)
    const askedCount = asked.reduce((n, a) => n + a.length, 0)
    const crlf = files.filter(f => f.content.includes('\r\n')).length
    const nonAscii = files.filter(f => f.content.some(b => b > 127)).length
    print(
      `corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB ` +
        `(${crlf} with CRLF, ${nonAscii} with non-ASCII), ` +
        `generated in ${generated.seconds.toFixed(1)} s`
    )

    // Something depends on every result, so no pass can be optimised away.
    let sink = 0
    const oursAsked = bestOf(PASSES, () => {
      files.forEach((f, i) => (sink += lineHashesFor(f.content, asked[i]!).size))
    })
    const oursEvery = bestOf(PASSES, () => {
      for (const f of files) sink += computeLineHashes(f.content).length
    })

    // The reference once (it is slow), checking both of our outputs against it file by file as it goes.
    let referenceSeconds = 0
    let lines = 0
    let mismatches = 0
    files.forEach((f, i) => {
      const reference = timed(() => referenceLineHashes(f.content))
      referenceSeconds += reference.seconds
      lines += reference.value.length
      const every = computeLineHashes(f.content)
      if (every.length !== reference.value.length || every.some((v, j) => v !== reference.value[j])) mismatches++
      const some = lineHashesFor(f.content, asked[i]!)
      if (asked[i]!.some(line => some.get(line) !== reference.value[line - 1])) mismatches++
    })

    const width = 44
    print(`${'ours, asked lines only (addFingerprints)'.padEnd(width)}${rate(bytes, oursAsked)} (best of ${PASSES})`)
    print(`${'ours, a string for every line'.padEnd(width)}${rate(bytes, oursEvery)} (best of ${PASSES})`)
    print(`${'reference, 64-bit state in BigInt'.padEnd(width)}${rate(bytes, referenceSeconds)} (one pass)`)
    print(
      `ratio to reference: ${(referenceSeconds / oursAsked).toFixed(1)}x (asked lines), ` +
        `${(referenceSeconds / oursEvery).toFixed(1)}x (every line)`
    )
    print(
      `identical: ${mismatches === 0 ? 'yes' : `NO (${mismatches} file comparisons differ)`} ` +
        `(${lines} lines, ${askedCount} asked lines)`
    )
    if (sink < 0) print('unreachable')
  }
}
