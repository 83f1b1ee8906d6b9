/**
 * Package-manager fallbacks, for when no verified download is possible: `go install` of the pinned module version
 * (the Go checksum database vouches for the source) or `pip install <pkg>==<version>` into a private virtualenv.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Logger, formatDuration, silentLogger } from '../log.js'
import { executableName } from './platform.js'
import { outputTail, findExecutable, runProcess } from './process.js'
import { GoFallback, PipFallback } from './specs.js'

/** What both fallbacks need from the caller. */
export interface FallbackOptions {
  logger?: Logger
  /** The environment the build runs in (default: this process's). */
  env?: NodeJS.ProcessEnv
  /** Kill a build that takes longer (default 30 min: a cold trivy build is large). */
  timeoutMs?: number
}

/** The command line a Go fallback runs, for logs and error messages. */
export function goInstallArgs(fallback: GoFallback, version: string): string[] {
  const ldflags = fallback.versionVariable ? ['-ldflags', `-X ${fallback.versionVariable}=${version}`] : []
  return ['install', ...ldflags, `${fallback.package}@v${version}`]
}

/**
 * Builds `fallback.package` at `v<version>` with CGO off into `outDir` (as GOBIN) and returns the binary's path.
 * `-ldflags -X` sets the version variable, so `--version` reports the real version rather than a placeholder.
 */
export async function goInstall(
  fallback: GoFallback,
  version: string,
  binary: string,
  outDir: string,
  options: FallbackOptions = {}
): Promise<string> {
  const log = options.logger ?? silentLogger
  const env = options.env ?? process.env
  const go = await findExecutable('go', env)
  if (!go) throw new Error('go is not on PATH')
  const args = goInstallArgs(fallback, version)
  const extra = Object.entries(fallback.env ?? {}).map(([k, v]) => `${k}=${v} `).join('')
  log.info(`Building with: CGO_ENABLED=0 ${extra}GOBIN=${outDir} go ${args.map(quote).join(' ')} (minutes on a cold Go cache)`)
  // go install is silent while it compiles; say it is still working so a long build does not look hung.
  const started = Date.now()
  const heartbeat = setInterval(() => log.info(`  still building (${formatDuration(Date.now() - started)})…`), 30_000)
  const result = await runProcess(go, args, {
    env: { ...env, ...fallback.env, CGO_ENABLED: '0', GOBIN: outDir },
    timeoutMs: options.timeoutMs ?? 1_800_000,
    onLine: line => log.debug(`go: ${line}`)
  }).finally(() => clearInterval(heartbeat))
  if (result.code !== 0) {
    const why = result.timedOut ? 'timed out' : `exit ${result.code}`
    throw new Error(`go install failed (${why}): ${outputTail(result)}`)
  }
  log.info(`go install finished in ${formatDuration(result.ms)}`)
  // go names the binary after the package's last element, skipping a /vN major-version suffix.
  const expected = executableName(binary)
  const files = await readdir(outDir)
  const found = files.includes(expected) ? expected : files.length === 1 ? files[0] : undefined
  if (!found) throw new Error(`go install succeeded but ${expected} is not in ${outDir} (found: ${files.join(', ') || 'nothing'})`)
  return join(outDir, found)
}

/** Where a virtualenv keeps its executables. */
export function venvBin(venvDir: string): string {
  return join(venvDir, process.platform === 'win32' ? 'Scripts' : 'bin')
}

/**
 * Creates a virtualenv at `venvDir` and installs `<package>==<version>` into it; returns the tool's entry point.
 * The usual pip variables (PIP_INDEX_URL, PIP_FIND_LINKS, PIP_NO_INDEX, ...) in `env` are honoured, which is how a
 * mirror or an offline wheel directory is used.
 */
export async function pipInstall(
  fallback: PipFallback,
  version: string,
  binary: string,
  venvDir: string,
  options: FallbackOptions = {}
): Promise<string> {
  const log = options.logger ?? silentLogger
  const env = options.env ?? process.env
  const python = (await findExecutable('python3', env)) ?? (await findExecutable('python', env))
  if (!python) throw new Error('python3 is not on PATH')
  const onLine = (line: string): void => log.debug(`pip: ${line}`)
  const timeoutMs = options.timeoutMs ?? 1_800_000
  const venv = await runProcess(python, ['-m', 'venv', venvDir], { env, timeoutMs, onLine })
  if (venv.code !== 0) throw new Error(`python3 -m venv failed (exit ${venv.code}): ${outputTail(venv)}`)
  const venvPython = join(venvBin(venvDir), executableName('python'))
  const requirement = `${fallback.package}==${version}`
  log.info(`Installing ${requirement} into ${venvDir}`)
  const pipEnv = { ...env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONDONTWRITEBYTECODE: '1' }
  const pip = await runProcess(venvPython, ['-m', 'pip', 'install', '--no-input', requirement], { env: pipEnv, timeoutMs, onLine })
  if (pip.code !== 0) {
    const why = pip.timedOut ? 'timed out' : `exit ${pip.code}`
    throw new Error(`pip install ${requirement} failed (${why}): ${outputTail(pip)}`)
  }
  log.info(`pip install finished in ${formatDuration(venv.ms + pip.ms)}`)
  const entry = join(venvBin(venvDir), executableName(binary))
  const files = await readdir(venvBin(venvDir))
  if (!files.includes(executableName(binary))) {
    throw new Error(`pip installed ${requirement} but it has no ${executableName(binary)} entry point`)
  }
  return entry
}

function quote(arg: string): string {
  return /[\s"']/.test(arg) ? `"${arg.replace(/"/g, '\\"')}"` : arg
}
