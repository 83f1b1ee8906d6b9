/** What every `devsecops <stage>` command prints and writes, the same way for each stage. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { StageResult } from '../actions/common/stage.js'
import { tryGit } from '../shared/git/git.js'
import type { Column } from '../shared/report/summary.js'
import { renderTable } from '../shared/report/table.js'

/** Inside the repository's git folder, so a scan never leaves files that `git add -A` would pick up. */
export async function defaultSarifPath(root: string, stage: string): Promise<string> {
  const gitDir = (await tryGit(root, ['rev-parse', '--absolute-git-dir']))?.trim()
  return join(gitDir || join(tmpdir(), 'devsecops'), 'devsecops', `${stage}.sarif`)
}

/** Prints the verdict, the findings table and where the SARIF is; writes the Markdown summary if asked. */
export function report(stage: string, result: StageResult, columns: Column[], options: { summary?: string; advice?: string[] } = {}): void {
  if (options.summary) {
    mkdirSync(dirname(resolve(options.summary)), { recursive: true })
    writeFileSync(resolve(options.summary), result.summary)
  }
  const word = result.outcome === 'passed' ? 'PASSED' : result.outcome === 'failed' ? 'FAILED' : 'ERROR'
  const out = [`${stage}: ${word}: ${result.decision.reason}`]
  if (result.findings.length > 0) out.push('', renderTable(result.findings, columns, result.ruleTitles))
  // The verdict already says why a scan broke; repeat the error only when it says more.
  if (result.error && !result.decision.reason.includes(result.error)) out.push('', `The scan did not complete: ${result.error}`)
  for (const w of result.warnings) out.push('', `warning: ${w}`)
  if (options.advice?.length) out.push('', ...options.advice)
  out.push('', `SARIF: ${result.sarifPath}`)
  process.stdout.write(`${out.join('\n')}\n`)
}

/** 0 passed, 1 findings, 2 error. */
export function exitCode(result: StageResult): number {
  return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 2
}
