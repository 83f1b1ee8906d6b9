/**
 * The `devsecops` command: the same stages as the actions, run locally or as a pre-commit hook.
 * Exit codes: 0 passed, 1 findings at or above --fail-on, 2 error (bad usage, missing tool, broken scan).
 */
import { parseArgs } from 'node:util'
import { ConfigurationError, errorMessage } from '../shared/errors.js'
import { consoleLogger, type Logger } from '../shared/log.js'
import { secretsCommand } from './secrets.js'
import { installCommand, hookCommand } from './tools.js'

export const USAGE = `Usage: devsecops <command> [options]

Commands:
  secrets [path]        Scan a repository for leaked secrets with gitleaks.
      --scope S         auto | range | full-history | working-tree | staged (default: auto:
                        the event's commits in CI, base..HEAD with --base, else the full history)
      --base REF        Scan REF..HEAD (implies --scope range unless --scope is given)
      --config FILE     gitleaks config (default: the repository's .gitleaks.toml)
      --sarif FILE      Where to write SARIF (default: .devsecops/secrets.sarif under the path)
      --fail-on SEV     critical | high | medium | low | info | never (default: low = any secret)
      --summary FILE    Also write the Markdown summary to FILE
      --gitleaks-path P Use this gitleaks binary
  install <tool>        Install a pinned scanner into the tool cache and print its path.
      --version V       Another version (needs --checksum for a download; else go/pip is used)
      --checksum SHA    sha256 of the release archive for --version
  hook install [path]   Install a git pre-commit hook that runs 'devsecops secrets --scope staged'.

Options for every command:
  --verbose             Debug output
  --help                This text

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 error.`

export async function main(argv: string[], logger?: Logger): Promise<number> {
  const [command, ...rest] = argv
  const verbose = rest.includes('--verbose')
  const log = logger ?? consoleLogger({ verbose })
  try {
    switch (command) {
      case 'secrets':
        return await secretsCommand(parse(rest, SECRETS_OPTIONS), log)
      case 'install':
        return await installCommand(parse(rest, INSTALL_OPTIONS), log)
      case 'hook':
        return await hookCommand(parse(rest, {}), log)
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${USAGE}\n`)
        return command === undefined ? 2 : 0
      default:
        throw new ConfigurationError(`Unknown command '${command}'; commands: secrets, install, hook. See devsecops --help.`)
    }
  } catch (err) {
    const msg = errorMessage(err)
    log.error(err instanceof ConfigurationError ? msg : `${err instanceof Error ? err.name : 'Error'}: ${msg}`)
    return 2
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>
const COMMON: OptionSpec = { verbose: { type: 'boolean' }, help: { type: 'boolean' } }
const SECRETS_OPTIONS: OptionSpec = {
  scope: { type: 'string' },
  base: { type: 'string' },
  config: { type: 'string' },
  sarif: { type: 'string' },
  'fail-on': { type: 'string' },
  summary: { type: 'string' },
  'gitleaks-path': { type: 'string' }
}
const INSTALL_OPTIONS: OptionSpec = { version: { type: 'string' }, checksum: { type: 'string' } }

export interface Parsed {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
}

function parse(args: string[], spec: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON, ...spec }, allowPositionals: true, strict: true })
    if (values.help) {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    }
    return { values: values as Parsed['values'], positionals }
  } catch (err) {
    throw new ConfigurationError(`${errorMessage(err)}. See devsecops --help.`)
  }
}
