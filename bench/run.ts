/**
 * `npm run bench [-- name...]`: runs the registered benchmarks (all, or those named) and prints their figures.
 * Add a benchmark by writing a module that exports a {@link Benchmark} and listing it here.
 */
import type { Benchmark } from './benchmark.js'
import { fingerprintsBenchmark } from './fingerprints.js'
import { sastBenchmark } from './sast.js'
import { scaBenchmark } from './sca.js'

const benchmarks: Benchmark[] = [fingerprintsBenchmark, sastBenchmark, scaBenchmark]

const wanted = process.argv.slice(2)
const unknown = wanted.filter(name => !benchmarks.some(b => b.name === name))
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${benchmarks.map(b => b.name).join(', ')}`)
  process.exit(2)
}

console.log(`node ${process.version} on ${process.platform}-${process.arch}`)
for (const benchmark of benchmarks.filter(b => wanted.length === 0 || wanted.includes(b.name))) {
  console.log(`\n${benchmark.name}: ${benchmark.summary}`)
  await benchmark.run(line => console.log(`  ${line}`))
}
