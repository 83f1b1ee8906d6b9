/**
 * The finding model every scanner adapter produces. The SARIF builder turns it into what GitHub code scanning reads;
 * the gate, the summary and the CLI table read it directly.
 */

/** Our one severity scale, most severe first. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

/** How sure the scanner is that a finding is real; becomes the rule's SARIF `precision`. */
export type Confidence = 'very-high' | 'high' | 'medium' | 'low'

/** Orders severities: a negative number when `a` is more severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b)
}

/** True when `s` is at least as severe as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return compareSeverity(s, threshold) <= 0
}

export interface Rule {
  /** Stable id, as the scanner names the rule (e.g. gitleaks' `aws-access-token`). */
  id: string
  /** A short title, one line (SARIF shortDescription). */
  title: string
  /** What the rule detects (SARIF fullDescription). */
  description: string
  /** What to do about a finding, as plain text (SARIF help.text). */
  helpText: string
  /** The same as markdown (SARIF help.markdown). */
  helpMarkdown?: string
  helpUri?: string
  /** Tags such as `security`, `secret`, `external/cwe/cwe-798`. GitHub shows 10. */
  tags?: string[]
  /** The rule's default severity; a finding may carry its own. */
  severity: Severity
  /**
   * A numeric score (0-10, e.g. an advisory's CVSS base score) published as `security-severity` when it falls in
   * GitHub's bucket for `severity`; otherwise the severity's own value is used, so the two never disagree.
   */
  score?: number
  confidence?: Confidence
}

export interface Location {
  /** Repository-relative path with forward slashes. */
  path: string
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

export interface Finding {
  ruleId: string
  /** What was found, in one or two sentences. Never contains a secret value. */
  message: string
  severity: Severity
  location: Location
  /**
   * Set when the finding has no file of its own (an image layer, a URL): `location.path` is then a stable
   * stand-in (the Dockerfile, the lockfile) and the message names the real subject.
   */
  standIn?: boolean
  /**
   * The parts that identify this finding independently of line numbers (e.g. rule, file, a hash of the matched
   * text). Hashed into a stable `partialFingerprints` entry and used for new-findings-only gating.
   */
  identity: string[]
  /** Extra data that is safe to publish (commit, date); goes into the result's property bag. */
  properties?: Record<string, string | number | boolean>
}

export interface ToolInfo {
  name: string
  version: string
  informationUri: string
}

export interface Invocation {
  /** False when the scanner could not run, crashed, or wrote an unreadable report. */
  successful: boolean
  exitCode?: number
  /** Scanner errors, as lines a person can read. Become error notifications. */
  errors: string[]
  warnings: string[]
  startTime?: Date
  endTime?: Date
}

/** What one scanner produced in one stage. One of these becomes one SARIF run. */
export interface ScanRun {
  /** The stage, e.g. `secrets`: the run's category is `devsecops/<stage>/`. */
  stage: string
  tool: ToolInfo
  rules: Rule[]
  findings: Finding[]
  invocation: Invocation
  /** Facts about the run (scope, commit range) that are safe to publish. */
  properties?: Record<string, string | number | boolean>
}
