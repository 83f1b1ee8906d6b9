/** The Logger that library code uses, backed by @actions/core inside an action. */
import * as core from '@actions/core'
import { formatDuration, type Logger } from '../../shared/log.js'

export const actionsLogger: Logger = {
  debug: m => core.debug(m),
  info: m => core.info(m),
  warning: m => core.warning(m),
  error: m => core.error(m),
  async group(name, fn) {
    const started = Date.now()
    const result = await core.group(name, fn)
    core.info(`${name}: ${formatDuration(Date.now() - started)}`)
    return result
  },
  mask: v => {
    if (v && v.trim().length >= 4) core.setSecret(v)
  }
}
