/**
 * What every stage does with its result inside an action: outputs, job summary, annotations, the SARIF upload,
 * and the verdict. The gate's verdict stands whatever happens to the upload.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { Logger } from '../../shared/log.js'
import { location, sortFindings } from '../../shared/report/summary.js'
import { uploadSarif } from '../../shared/report/upload.js'
import type { StageResult } from './stage.js'


/** GitHub shows 10 annotations of each level per step; more would be invisible, the summary has the rest. */
const ANNOTATIONS_PER_LEVEL = 10

export async function publish(
  stageTitle: string,
  result: StageResult,
  options: { upload: boolean; token: string; root: string; started: Date; logger: Logger; errorIsWarning?: boolean }
): Promise<void> {
  const c = result.decision.counts
  core.setOutput('sarif-file', result.sarifPath)
  core.setOutput('findings', String(result.findings.length))
  core.setOutput('critical', String(c.critical))
  core.setOutput('high', String(c.high))
  core.setOutput('medium', String(c.medium))
  core.setOutput('low', String(c.low))
  core.setOutput('outcome', result.outcome)

  annotate(result)

  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(result.summary, true).write()
    } catch (err) {
      options.logger.warning(`The job summary could not be written: ${(err as Error).message}`)
    }
  }

  if (options.upload) {
    await uploadSarif({
      sarif: readFileSync(result.sarifPath, 'utf8'),
      token: options.token,
      apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      repository: process.env.GITHUB_REPOSITORY ?? '',
      commitSha: process.env.GITHUB_SHA ?? '',
      ref: process.env.GITHUB_REF ?? '',
      checkoutUri: pathToFileURL(options.root).href,
      startedAt: options.started,
      logger: options.logger
    })
  }

  if (result.outcome === 'failed') core.setFailed(`${stageTitle}: ${result.decision.reason}`)
  else if (result.outcome === 'error' && options.errorIsWarning) {
    core.warning(`${stageTitle}: ${result.decision.reason} Not failing the job (on-scanner-error: warn); this is not a pass.`)
  } else if (result.outcome === 'error') core.setFailed(`${stageTitle}: ${result.decision.reason} This is not a pass.`)
}

function annotate(result: StageResult): void {
  const used = { error: 0, warning: 0, notice: 0 }
  for (const f of sortFindings(result.findings)) {
    const level = f.severity === 'critical' || f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : 'notice'
    if (used[level] >= ANNOTATIONS_PER_LEVEL) continue
    used[level]++
    const props = {
      title: `${f.severity}: ${result.ruleTitles.get(f.ruleId) ?? f.ruleId}`,
      file: f.standIn ? undefined : f.location.path,
      startLine: f.location.startLine,
      endLine: f.location.endLine
    }
    const text = f.standIn ? `${f.message} (${location(f)})` : f.message
    if (level === 'error') core.error(text, props)
    else if (level === 'warning') core.warning(text, props)
    else core.notice(text, props)
  }
}

/** Ends the action on an exception: a ConfigurationError is the user's to fix; anything else is a bug report. */
export function failOnException(stageTitle: string, err: unknown): void {
  const name = err instanceof Error ? err.name : ''
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : JSON.stringify(err)
  core.setOutput('outcome', 'error')
  if (name === 'ConfigurationError') {
    core.setFailed(`${stageTitle}: configuration error: ${message}`)
    return
  }
  if (err instanceof Error && err.stack) core.debug(err.stack)
  core.setFailed(`${stageTitle}: ${name ? `${name}: ` : ''}${message}`)
}
