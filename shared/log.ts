/**
 * The logger every piece of library code takes. `shared/` never imports `@actions/core`, so the same code
 * runs in an action (where this wraps core), in the `devsecops` command and in tests.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Runs `fn` inside a collapsible log group (in Actions) and logs how long it took. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Registers a value that must never appear in any log line from now on. */
  mask(value: string): void
}

/** A logger that writes to stderr, masking registered values; used by the CLI and as a default in tests. */
export function consoleLogger(options: { verbose?: boolean; write?: (line: string) => void } = {}): Logger {
  const secrets = new Set<string>()
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`))
  const scrub = (text: string): string => {
    let out = text
    for (const s of secrets) out = out.split(s).join('***')
    return out
  }
  return {
    debug: m => {
      if (options.verbose) write(scrub(`debug: ${m}`))
    },
    info: m => write(scrub(m)),
    warning: m => write(scrub(`warning: ${m}`)),
    error: m => write(scrub(`error: ${m}`)),
    async group(name, fn) {
      const started = Date.now()
      write(scrub(`▸ ${name}`))
      try {
        return await fn()
      } finally {
        write(scrub(`  ${name}: ${formatDuration(Date.now() - started)}`))
      }
    },
    mask: v => {
      if (v && v.length >= 4) secrets.add(v)
    }
  }
}

/** A logger that drops everything (for tests that do not look at the log). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
  mask: () => undefined
}

/** "850 ms", "4.2 s", "3 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const min = Math.floor(ms / 60_000)
  const s = Math.round((ms % 60_000) / 1000)
  return `${min} min ${String(s).padStart(2, '0')} s`
}
