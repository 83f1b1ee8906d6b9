/** Binds a scanner name and the user's install options to the installer, for the stages to call when they need it. */
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import { installTool } from '../tools/installer.js'
import { TOOLS, type ToolName } from '../tools/specs.js'

export interface ScannerChoice {
  /** An explicit binary; empty means "install the pinned one". */
  path?: string
  version?: string
  checksum?: string
  mirror?: string
  logger: Logger
}

export function toolNames(): string[] {
  return Object.keys(TOOLS)
}

/** Looks up a scanner by name; a wrong name lists the allowed ones. */
export function toolSpec(name: string): (typeof TOOLS)[ToolName] {
  if (!(name in TOOLS)) throw new ConfigurationError(`Unknown tool '${name}'; allowed: ${toolNames().join(', ')}.`)
  return TOOLS[name as ToolName]
}

/** A function that finds or installs the scanner when called, so that nothing is installed for a bad input. */
export function scannerFor(name: ToolName, choice: ScannerChoice): () => Promise<{ path: string; version: string }> {
  return async () => {
    const tool = await installTool(toolSpec(name), {
      logger: choice.logger,
      path: choice.path || undefined,
      version: choice.version || undefined,
      checksum: choice.checksum || undefined,
      mirror: choice.mirror || undefined
    })
    return { path: tool.path, version: tool.version }
  }
}
