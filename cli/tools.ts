/** `devsecops install <tool>` and `devsecops hook install`. */
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  if (action !== 'install' && action !== 'uninstall') {
    throw new ConfigurationError(`Unknown hook action '${action ?? ''}'; allowed: install, uninstall.`)
  }
  const root = resolve(path ?? '.')
  const hooksDir = resolve(root, (await git(root, ['rev-parse', '--git-path', 'hooks'])).trim())
  const hook = join(hooksDir, 'pre-commit')
  const ours = existsSync(hook) && readFileSync(hook, 'utf8').includes(MARKER)
  if (existsSync(hook) && !ours) {
    throw new ConfigurationError(`${hook} exists and is not ours; add 'devsecops secrets --scope staged' to it yourself.`)
  }
  if (action === 'uninstall') {
    if (ours) rmSync(hook)
    logger.info(ours ? `Removed ${hook}.` : 'No devsecops pre-commit hook is installed.')
    return 0
  }
  mkdirSync(hooksDir, { recursive: true })
  // `devsecops` on PATH wins (a global install that gets updated); otherwise the command that installed the hook.
  const self = `"${process.execPath}" "${resolve(process.argv[1] ?? 'devsecops')}"`
  writeFileSync(
    hook,
    [
      '#!/bin/sh',
      `${MARKER}: stops a commit whose staged changes hold a secret.`,
      '# Skip it once with git commit --no-verify; remove it with devsecops hook uninstall.',
      'top=$(git rev-parse --show-toplevel)',
      'if command -v devsecops >/dev/null 2>&1; then',
      '  exec devsecops secrets --scope staged "$top"',
      'fi',
      `exec ${self} secrets --scope staged "$top"`,
      ''
    ].join('\n')
  )
  chmodSync(hook, 0o755)
  logger.info(`Installed ${hook}: every commit now scans its staged changes for secrets.`)
  return 0
}
