import type { Logger } from '../../shared/log.js'

/** A logger that keeps every line unmasked, so tests can prove secrets never reach the log in the first place. */
export function captureLogger(): Logger & { lines: string[]; masked: string[] } {
  const lines: string[] = []
  const masked: string[] = []
  return {
    lines,
    masked,
    debug: m => lines.push(`debug: ${m}`),
    info: m => lines.push(m),
    warning: m => lines.push(`warning: ${m}`),
    error: m => lines.push(`error: ${m}`),
    group: async (name, fn) => {
      lines.push(`group: ${name}`)
      return fn()
    },
    mask: v => masked.push(v)
  }
}
