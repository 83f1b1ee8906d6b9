/**
 * Installs a pinned scanner. Order: (1) an explicit path, or the pinned version already on PATH; (2) the tool
 * cache; (3) the release download (or a mirror of it), sha256-verified and safely extracted; (4) `go install` /
 * `pip install` when no download is possible. Never "latest", never the GitHub API.
 */
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { ConfigurationError, ScannerError, errorMessage } from '../errors.js'
import { Logger, formatDuration, silentLogger } from '../log.js'
import { archiveKind } from './archive.js'
import { ToolCache, openToolCache } from './cache.js'
import { DownloadOptions, downloadVerified } from './download.js'
import { DownloadError, InstallAttempt, ToolInstallError } from './errors.js'
import { extractArchive } from './extract.js'
import { goInstall, goInstallArgs, pipInstall } from './fallback.js'
import { locateBinary, reportsVersion, detectVersion } from './locate.js'
import { executableName, isPlatformKey, platformKey } from './platform.js'
import { findExecutable } from './process.js'
import { ToolSpec, fillTemplate, pathVariable } from './specs.js'

/** Where an installed tool came from. */
export type InstallSource = 'explicit' | 'path' | 'cache' | 'download' | 'fallback'

/** A usable scanner binary. */
export interface InstalledTool {
  /** Absolute path of the executable. */
  path: string
  /** The version installed (for `explicit`, what the binary reports, or `unknown`). */
  version: string
  source: InstallSource
}

/** How to install; every field is optional. */
export interface InstallOptions {
  logger?: Logger
  /** An explicit binary (or a directory holding it), e.g. from an action input. Must exist. */
  path?: string
  /** Another exact version than the pinned one. A download then needs `checksum`; otherwise only the fallback can. */
  version?: string
  /** The sha256 of the release file of `version` for this platform. */
  checksum?: string
  /** Base URL of a mirror that serves the release files under their own names (mirror + '/' + file name). */
  mirror?: string
  /** Use `go install` / `pip install` when no download is possible (default true). */
  allowFallback?: boolean
  /** Accept the pinned version when it is already on PATH (default true). */
  usePath?: boolean
  /** Cache root; default RUNNER_TOOL_CACHE, else $DEVSECOPS_CACHE_DIR or ~/.cache/devsecops/tools. */
  cacheDir?: string
  /** Environment to read variables from and to run builds in (default: this process's). */
  env?: NodeJS.ProcessEnv
  /** Retry and timeout settings for downloads. */
  download?: Omit<DownloadOptions, 'logger'>
  /** Time limit for a go/pip build (default 30 min). */
  buildTimeoutMs?: number
}

const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

/** Installs (or finds) `spec`'s scanner and returns where it is, which version, and how it was obtained. */
export async function installTool(spec: ToolSpec, options: InstallOptions = {}): Promise<InstalledTool> {
  const log = options.logger ?? silentLogger
  const env = options.env ?? process.env
  const started = Date.now()
  const { version, checksum } = requestedVersion(spec, options, log)
  const label = `${spec.name} ${version}`

  if (options.mirror && !/^https?:\/\/[^/]/i.test(options.mirror)) {
    throw new ConfigurationError(`${spec.name}: mirror "${options.mirror}" is not an http(s) URL`)
  }
  const explicit = explicitPath(spec, options, env)
  if (explicit) return useExplicit(spec, explicit, env, log)

  if (options.usePath !== false) {
    const onPath = await findExecutable(spec.binary, env)
    if (onPath && (await reportsVersion(onPath, spec.versionArgs, version, env))) {
      log.info(`${label}: using ${onPath} from PATH`)
      return { path: onPath, version, source: 'path' }
    }
    if (onPath) log.debug(`${label}: ${onPath} on PATH is another version; not using it`)
  }

  const cache = await openToolCache({ env, cacheDir: options.cacheDir })
  const arch = process.arch
  const cachedDir = await cache.find(spec.name, version, arch)
  if (cachedDir) {
    const binary = await locateBinary(cachedDir, executableName(spec.binary))
    if (binary) {
      log.info(`${label}: found in the tool cache at ${binary}`)
      return { path: binary, version, source: 'cache' }
    }
    log.warning(`${label}: the tool cache entry ${cachedDir} has no ${spec.binary}; installing again`)
  }

  const attempts: InstallAttempt[] = []
  const plan = downloadPlan(spec, version, checksum, options.mirror)
  if ('url' in plan) {
    try {
      const path = await downloadAndCache(spec, version, plan, cache, options, log)
      log.info(`${label}: installed from ${plan.url} in ${formatDuration(Date.now() - started)}`)
      return { path, version, source: 'download' }
    } catch (err) {
      // Only "could not get the file" falls through; a checksum mismatch or unsafe archive stops here.
      if (!(err instanceof DownloadError)) throw err
      attempts.push({ method: 'download', target: plan.url, reason: err.message.replace(/^Download of \S+ failed: /, '') })
      log.warning(`${label}: ${err.message}`)
    }
  } else {
    attempts.push({ method: 'download', target: `(${platformKey()})`, reason: plan.reason })
    log.info(`${label}: no download: ${plan.reason}`)
  }

  if (options.allowFallback === false) {
    throw new ToolInstallError(spec.name, version, attempts, 'The package-manager fallback is disabled.')
  }
  const path = await installWithFallback(spec, version, cache, attempts, options, log)
  const method = spec.fallback?.kind === 'pip' ? 'pip install' : 'go install'
  log.info(`${label}: installed with ${method} in ${formatDuration(Date.now() - started)}`)
  return { path, version, source: 'fallback' }
}

/** Runs the spec's go/pip fallback into the cache; on failure throws a ToolInstallError listing every attempt. */
async function installWithFallback(
  spec: ToolSpec,
  version: string,
  cache: ToolCache,
  attempts: InstallAttempt[],
  options: InstallOptions,
  log: Logger
): Promise<string> {
  const fallback = spec.fallback
  if (!fallback) throw new ToolInstallError(spec.name, version, attempts, `${spec.name} has no package-manager fallback.`)
  const method = fallback.kind === 'go' ? 'go install' : 'pip install'
  const target = fallback.kind === 'go' ? goInstallArgs(fallback, version).slice(1).join(' ') : `${fallback.package}==${version}`
  log.info(`${spec.name} ${version}: falling back to ${method} ${target}`)
  const buildOptions = { logger: log, env: options.env ?? process.env, timeoutMs: options.buildTimeoutMs }
  try {
    if (fallback.kind === 'pip') {
      let entry = ''
      // A virtualenv hard-codes its own location, so it is built where it will stay.
      await cache.buildInPlace(spec.name, version, process.arch, async dir => {
        entry = await pipInstall(fallback, version, spec.binary, join(dir, 'venv'), buildOptions)
      })
      return entry
    }
    const scratch = await cache.scratch(spec.name)
    try {
      const bin = join(scratch, 'bin')
      const built = await goInstall(fallback, version, spec.binary, bin, buildOptions)
      const dir = await cache.add(bin, spec.name, version, process.arch)
      return join(dir, relative(bin, built))
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  } catch (err) {
    attempts.push({ method, target, reason: errorMessage(err) })
    throw new ToolInstallError(spec.name, version, attempts)
  }
}

function requestedVersion(spec: ToolSpec, options: InstallOptions, log: Logger): { version: string; checksum?: string } {
  const version = (options.version ?? spec.version).trim().replace(/^v/, '')
  if (!EXACT_VERSION.test(version)) {
    throw new ConfigurationError(
      `${spec.name}: version "${options.version}" is not an exact release (e.g. ${spec.version}); "latest" and ranges are not allowed`
    )
  }
  if (options.checksum === undefined || options.checksum === '') return { version }
  const checksum = options.checksum.trim().toLowerCase().replace(/^sha256:/, '')
  if (!/^[0-9a-f]{64}$/.test(checksum)) {
    throw new ConfigurationError(`${spec.name}: checksum "${options.checksum}" is not a sha256 (64 hex digits)`)
  }
  if (!spec.release) log.warning(`${spec.name}: the checksum option is ignored; ${spec.name} has no release download`)
  const key = platformKey()
  const pinned = isPlatformKey(key) ? spec.release?.assets[key]?.sha256 : undefined
  if (version === spec.version && pinned && pinned !== checksum) {
    throw new ConfigurationError(
      `${spec.name}: checksum ${checksum} contradicts the pinned sha256 ${pinned} of ${spec.name} ${version}; ` +
        'the checksum option only applies together with another version'
    )
  }
  return { version, checksum }
}

function explicitPath(spec: ToolSpec, options: InstallOptions, env: NodeJS.ProcessEnv): { path: string; from: string } | undefined {
  // Absolute from the start: scanners run in another working directory than the one the path was given in.
  if (options.path) return { path: resolve(options.path), from: 'the path option' }
  const variable = pathVariable(spec)
  const value = env[variable]
  return value ? { path: resolve(value), from: variable } : undefined
}

async function useExplicit(
  spec: ToolSpec,
  explicit: { path: string; from: string },
  env: NodeJS.ProcessEnv,
  log: Logger
): Promise<InstalledTool> {
  const info = await stat(explicit.path).catch(() => undefined)
  const path = info?.isDirectory() ? join(explicit.path, executableName(spec.binary)) : explicit.path
  const file = info?.isDirectory() ? await stat(path).catch(() => undefined) : info
  if (!file?.isFile()) {
    throw new ConfigurationError(
      `${spec.name}: the explicit path ${path} (from ${explicit.from}) does not exist or is not a file; ` +
        `point it at the ${spec.binary} executable or unset it to let the installer fetch ${spec.name} ${spec.version}`
    )
  }
  const version = (await detectVersion(path, spec.versionArgs, env)) ?? 'unknown'
  if (version !== spec.version) log.warning(`${spec.name}: ${path} reports version ${version}; the pinned version is ${spec.version}`)
  log.info(`${spec.name}: using ${path} (from ${explicit.from})`)
  return { path, version, source: 'explicit' }
}

type DownloadPlan = { url: string; file: string; sha256: string } | { reason: string }

function downloadPlan(spec: ToolSpec, version: string, checksum: string | undefined, mirror?: string): DownloadPlan {
  const key = platformKey()
  if (!spec.release) return { reason: `${spec.name} has no release download; it is installed with its package manager` }
  const asset = isPlatformKey(key) ? spec.release.assets[key] : undefined
  if (!asset) return { reason: `no release asset with a confirmed sha256 is pinned for ${key}` }
  const sha256 = version === spec.version ? asset.sha256 : checksum
  if (!sha256) {
    return { reason: `no checksum given for version ${version} (only ${spec.version} is pinned); refusing an unverified download` }
  }
  const file = fillTemplate(asset.file, version)
  const base = mirror ? mirror.replace(/\/+$/, '') : fillTemplate(spec.release.baseUrl, version)
  return { url: `${base}/${file}`, file, sha256 }
}

async function downloadAndCache(
  spec: ToolSpec,
  version: string,
  plan: { url: string; file: string; sha256: string },
  cache: ToolCache,
  options: InstallOptions,
  log: Logger
): Promise<string> {
  const scratch = await cache.scratch(spec.name)
  try {
    const archive = join(scratch, plan.file)
    log.info(`${spec.name} ${version}: downloading ${plan.url}`)
    const got = await downloadVerified(plan.url, archive, plan.sha256, { ...options.download, logger: log })
    log.info(
      `${spec.name} ${version}: downloaded ${(got.bytes / 1_048_576).toFixed(1)} MiB in ${formatDuration(got.ms)}` +
        `${got.attempts > 1 ? ` (${got.attempts} attempts)` : ''}; sha256 ${got.sha256} verified`
    )
    const content = join(scratch, 'content')
    const binaryName = executableName(spec.binary)
    const kind = archiveKind(plan.file)
    if (kind === 'raw') {
      await mkdir(content)
      await rename(archive, join(content, binaryName))
    } else {
      await extractArchive(archive, kind, content, log)
    }
    const binary = await locateBinary(content, binaryName)
    if (!binary) throw new ScannerError(`${plan.file} from ${plan.url} does not contain ${binaryName}`)
    await chmod(binary, 0o755)
    const dir = await cache.add(content, spec.name, version, process.arch)
    return join(dir, relative(content, binary))
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
