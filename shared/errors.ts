/**
 * An error the user can fix: a bad input, a missing file, a wrong config value. Its message names what is wrong
 * and what is allowed. Anything that is not a ConfigurationError is a bug or an environment failure.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

/** The scanner could not run, crashed, or wrote a report we cannot read. Never a pass. */
export class ScannerError extends Error {
  override name = 'ScannerError'
  constructor(
    message: string,
    readonly details: string[] = []
  ) {
    super(message)
  }
}

/** Turns anything thrown (including strings and plain objects) into a message. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  if (typeof err === 'string') return err
  try {
    return JSON.stringify(err)
  } catch {
    return String(err)
  }
}
