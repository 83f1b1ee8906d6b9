/** Reads the GitHub event that triggered a run from the runner's environment. */
import { readFileSync } from 'node:fs'
import type { EventContext } from './scope.js'

/** The triggering event, or undefined outside GitHub Actions. An unreadable payload counts as empty. */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext | undefined {
  const name = env.GITHUB_EVENT_NAME
  if (!name || !env.GITHUB_ACTIONS) return undefined
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  return { name, payload }
}
