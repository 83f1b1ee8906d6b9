/** What a benchmark is, and the small measuring helpers they share. Figures are printed, never asserted. */

export interface Benchmark {
  /** Short name, used to pick benchmarks on the command line (`npm run bench -- fingerprints`). */
  name: string
  /** One line saying what is measured. */
  summary: string
  /** Runs the benchmark and prints its figures through `print`. */
  run(print: (line: string) => void): Promise<void> | void
}

/** Wall-clock seconds `fn` takes, and what it returned. */
export function timed<T>(fn: () => T): { seconds: number; value: T } {
  const started = performance.now()
  const value = fn()
  return { seconds: (performance.now() - started) / 1000, value }
}

/** The fastest of `passes` runs: on a shared machine the minimum is the figure least disturbed by other work. */
export function bestOf(passes: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < passes; i++) best = Math.min(best, timed(fn).seconds)
  return best
}

/** "123.4 MB/s" with MB = 10^6 bytes. */
export function rate(bytes: number, seconds: number): string {
  return `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run sees the same input. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), s | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
