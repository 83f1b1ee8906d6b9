/**
 * The `devsecops` command: the same stages as the actions, run locally or as a pre-commit hook.
 * Exit codes: 0 passed, 1 findings at or above --fail-on, 2 error (bad usage, missing tool, broken scan).
 */
import { parseArgs } from 'node:util'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigurationError, errorMessage, ScannerError } from '../shared/errors.js'
import { GitError } from '../shared/git/git.js'
import { consoleLogger, type Logger } from '../shared/log.js'
import { sastCommand } from './sast.js'
import { scaCommand } from './sca.js'
import { secretsCommand } from './secrets.js'
import { installCommand, hookCommand } from './tools.js'

export const USAGE = `Usage: devsecops <command> [options]

Commands:
  secrets [path]        Scan a repository for leaked secrets with gitleaks.
      --scope S         auto | range | full-history | working-tree | staged (default: auto:
                        the event's commits in CI, base..HEAD with --base, else the full history)
      --base REF        Scan REF..HEAD (implies --scope range unless --scope is given)
      --config FILE     gitleaks config, relative to the path (default: its .gitleaks.toml)
      --sarif FILE      Where to write SARIF (default: devsecops/secrets.sarif in the repository's .git
                        folder, so it is never committed; a temporary folder for a plain folder)
      --fail-on SEV     critical | high | medium | low | info | never (default: low = any secret)
      --summary FILE    Also write the Markdown summary to FILE
      --gitleaks-path P Use this gitleaks binary
  sast [path]           Static analysis with Semgrep (flags mirror the sast action's inputs).
      --config C        Registry packs (p/...), local rules, or 'bundled' (default:
                        p/security-audit p/secrets p/owasp-top-ten)
      --offline-fallback true|false   Bundled rules when the registry is unreachable (default true)
      --paths-ignore P  Globs to leave out, comma-separated
      --base REF        Gate only on findings new since the merge base with REF
      --new-findings-only true|false  (default true; needs --base or a pull request event)
      --fail-on SEV     critical | high | medium | low | info | never (default: high)
      --on-scanner-error fail|warn    (default fail)
      --sarif FILE, --summary FILE, --semgrep-path P
  sca [path]            Dependency scanning with Trivy or OSV-Scanner (flags mirror the sca action's inputs).
      --scanner S       trivy | osv-scanner (default: trivy)
      --vulnerability-db DIR  Scan offline against a folder of OSV advisory records (*.json),
                        relative to the current folder
      --db-repository R Trivy only: database registries or mirrors, comma-separated
      --cache-dir DIR   Trivy only: where its database is kept between runs
      --fail-on SEV     critical | high | medium | low | info | never (default: high)
      --ignore-unfixed true|false     Vulnerabilities with no fix do not fail (default false)
      --base REF        Gate only on vulnerabilities new since the merge base with REF
      --new-findings-only true|false  (default true; needs --base or a pull request event)
      --skip-dirs D     Folders to leave out, comma-separated
      --sarif FILE, --summary FILE, --trivy-path P, --osv-scanner-path P
  install <tool>        Install a pinned scanner into the tool cache and print its path.
      --version V       Another version (needs --checksum for a download; else go/pip is used)
      --checksum SHA    sha256 of the release archive for --version
  hook install [path]   Install a git pre-commit hook that runs 'devsecops secrets --scope staged'.
  hook uninstall [path] Remove that hook.

Options for every command:
  --verbose             Debug output
  --help, -h            This text
  --version             The devsecops version

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 error.`

export async function main(argv: string[], logger?: Logger): Promise<number> {
  const [command, ...rest] = argv
  const verbose = rest.includes('--verbose')
  const log = logger ?? consoleLogger({ verbose })
  try {
    switch (command) {
      case 'secrets':
        return await secretsCommand(parse(rest, SECRETS_OPTIONS), log)
      case 'sast':
        return await sastCommand(parse(rest, SAST_OPTIONS), log)
      case 'sca':
        return await scaCommand(parse(rest, SCA_OPTIONS), log)
      case 'install':
        return await installCommand(parse(rest, INSTALL_OPTIONS), log)
      case 'hook':
        return await hookCommand(parse(rest, {}, 2), log)
      case '--version':
      case '-v':
        process.stdout.write(`devsecops ${packageVersion()}\n`)
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${USAGE}\n`)
        return command === undefined ? 2 : 0
      default:
        throw new ConfigurationError(`Unknown command '${command}'; commands: secrets, sast, sca, install, hook. See devsecops --help.`)
    }
  } catch (err) {
    // Errors we raise on purpose say what went wrong in a sentence; anything else is a bug worth reporting.
    const expected = err instanceof ConfigurationError || err instanceof ScannerError || err instanceof GitError
    log.error(expected ? errorMessage(err) : `internal error, please report it: ${err instanceof Error ? `${err.name}: ` : ''}${errorMessage(err)}`)
    if (!expected && err instanceof Error && err.stack) log.debug(err.stack)
    return 2
  }
}

/** The package version, from the package.json above this file (cli/ in the sources, dist/cli/ in the bundle). */
function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'devsecops' && pkg.version) return pkg.version
    } catch {
      // not here; look one folder up
    }
  }
  return 'unknown'
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>
const COMMON: OptionSpec = { verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
const SECRETS_OPTIONS: OptionSpec = {
  scope: { type: 'string' },
  base: { type: 'string' },
  config: { type: 'string' },
  sarif: { type: 'string' },
  'fail-on': { type: 'string' },
  summary: { type: 'string' },
  'gitleaks-path': { type: 'string' }
}
const SAST_OPTIONS: OptionSpec = {
  config: { type: 'string' },
  'offline-fallback': { type: 'string' },
  'paths-ignore': { type: 'string' },
  'new-findings-only': { type: 'string' },
  base: { type: 'string' },
  'fail-on': { type: 'string' },
  'on-scanner-error': { type: 'string' },
  sarif: { type: 'string' },
  summary: { type: 'string' },
  'semgrep-path': { type: 'string' }
}
const SCA_OPTIONS: OptionSpec = {
  scanner: { type: 'string' },
  'vulnerability-db': { type: 'string' },
  'db-repository': { type: 'string' },
  'cache-dir': { type: 'string' },
  'fail-on': { type: 'string' },
  'ignore-unfixed': { type: 'string' },
  'new-findings-only': { type: 'string' },
  base: { type: 'string' },
  'skip-dirs': { type: 'string' },
  sarif: { type: 'string' },
  summary: { type: 'string' },
  'trivy-path': { type: 'string' },
  'osv-scanner-path': { type: 'string' }
}
const INSTALL_OPTIONS: OptionSpec = { version: { type: 'string' }, checksum: { type: 'string' } }

export interface Parsed {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
}

function parse(args: string[], spec: OptionSpec, maxPositionals = 1): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON, ...spec }, allowPositionals: true, strict: true })
    if (values.help) {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    }
    if (positionals.length > maxPositionals) {
      throw new ConfigurationError(`Unexpected argument '${positionals[maxPositionals]}'. See devsecops --help.`)
    }
    return { values: values as Parsed['values'], positionals }
  } catch (err) {
    if (err instanceof ConfigurationError) throw err
    // Node's own wording adds a hint about '--' that does not apply here; keep its first sentence.
    const first = errorMessage(err).split(/\. (?=To )/)[0].replace(/\.$/, '')
    throw new ConfigurationError(`${first}. See devsecops --help.`)
  }
}
