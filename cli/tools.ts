/** `devsecops install <tool>` and `devsecops hook install`. */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ConfigurationError } from '../shared/errors.js'
import { git } from '../shared/git/git.js'
import type { Logger } from '../shared/log.js'
import { toolNames, toolSpec } from '../shared/scanners/install.js'
import { installTool } from '../shared/tools/installer.js'
import type { Parsed } from './main.js'

export async function installCommand(p: Parsed, logger: Logger): Promise<number> {
  const name = p.positionals[0]
  if (!name) throw new ConfigurationError(`Which tool? devsecops install <tool>, one of: ${toolNames().join(', ')}.`)
  const v = p.values as Record<string, string | undefined>
  const tool = await installTool(toolSpec(name), { logger, version: v.version, checksum: v.checksum })
  process.stdout.write(`${tool.path}\n`)
  logger.info(`${name} ${tool.version} (${tool.source})`)
  return 0
}

const MARKER = '# devsecops pre-commit hook'

export async function hookCommand(p: Parsed, logger: Logger): Promise<number> {
  const [action, path] = p.positionals
  if (action !== 'install') throw new ConfigurationError(`Unknown hook action '${action ?? ''}'; allowed: install.`)
  const root = resolve(path ?? '.')
  const hooksDir = resolve(root, (await git(root, ['rev-parse', '--git-path', 'hooks'])).trim())
  const hook = join(hooksDir, 'pre-commit')
  if (existsSync(hook) && !readFileSync(hook, 'utf8').includes(MARKER)) {
    throw new ConfigurationError(`${hook} already exists and is not ours; add 'devsecops secrets --scope staged' to it yourself.`)
  }
  writeFileSync(
    hook,
    `#!/bin/sh\n${MARKER}: stops a commit whose staged changes hold a secret.\nexec devsecops secrets --scope staged --fail-on low "$(git rev-parse --show-toplevel)"\n`
  )
  chmodSync(hook, 0o755)
  logger.info(`Installed ${hook}: every commit now scans its staged changes for secrets.`)
  return 0
}
