/**
 * One severity model for every stage. GitHub reads a numeric `security-severity` (a string holding a number in
 * (0, 10]) and buckets it: > 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. We emit a value well inside
 * each bucket (the docs are ambiguous at exactly 9.0). `info` has no security bucket: such rules are published as
 * plain recommendations, not security alerts.
 */
import { ConfigurationError } from '../errors.js'
import type { Level } from './types.js'
import { SEVERITIES, type Severity } from './model.js'

const SCORE: Record<Severity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: undefined
}

/** The `security-severity` string GitHub reads, or undefined for `info`. */
export function securitySeverity(s: Severity): string | undefined {
  return SCORE[s]
}

/** The SARIF result level for a severity: critical and high are errors, medium a warning, the rest notes. */
export function sarifLevel(s: Severity): Level {
  if (s === 'critical' || s === 'high') return 'error'
  if (s === 'medium') return 'warning'
  return 'note'
}

/** Maps a CVSS-like score (0-10) onto our scale, using GitHub's buckets. */
export function severityFromScore(score: number): Severity {
  if (score > 9.0) return 'critical'
  if (score >= 7.0) return 'high'
  if (score >= 4.0) return 'medium'
  if (score >= 0.1) return 'low'
  return 'info'
}

/** A `fail-on` threshold: a severity, or `never` (report only). */
export type FailOn = Severity | 'never'
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'never']

/** Parses a `fail-on` value (case-insensitive); a wrong value names the input and the allowed values. */
export function parseFailOn(value: string, inputName = 'fail-on'): FailOn {
  const v = value.trim().toLowerCase()
  if ((FAIL_ON_VALUES as readonly string[]).includes(v)) return v as FailOn
  throw new ConfigurationError(
    `Input '${inputName}' is '${value}'; allowed values: ${FAIL_ON_VALUES.join(', ')}.`
  )
}

/**
 * A scanner's or advisory's severity label on our scale: CRITICAL/HIGH/MEDIUM (MODERATE)/LOW/INFO, SARIF levels
 * (error, warning, note), NONE and NEGLIGIBLE. An unknown label is `medium`: reported as a warning, never hidden.
 */
export function labelSeverity(label: string): Severity {
  switch (label.trim().toUpperCase()) {
    case 'CRITICAL':
      return 'critical'
    case 'HIGH':
    case 'ERROR':
      return 'high'
    case 'MEDIUM':
    case 'MODERATE':
    case 'WARNING':
      return 'medium'
    case 'LOW':
    case 'NOTE':
      return 'low'
    case 'INFO':
    case 'NONE':
    case 'NEGLIGIBLE':
      return 'info'
    default:
      return 'medium'
  }
}
