/**
 * The tool cache: `<root>/<tool>/<version>/<arch>` plus an `<arch>.complete` marker, the layout of the runner's
 * RUNNER_TOOL_CACHE. On a runner it goes through @actions/tool-cache; elsewhere (the CLI, tests) the same layout
 * lives under our own root. The marker is written last, so an install that died half-way is never found.
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where finished installs live. */
export interface ToolCache {
  readonly root: string
  /** `actions` when backed by @actions/tool-cache. */
  readonly kind: 'actions' | 'local'
  /** The directory of a completed install, or undefined. */
  find(tool: string, version: string, arch: string): Promise<string | undefined>
  /** Moves a prepared directory into the cache, marks it complete and returns its cached location. */
  add(sourceDir: string, tool: string, version: string, arch: string): Promise<string>
  /** For installs that cannot be moved (virtualenvs): `build` fills the final directory, which is marked after. */
  buildInPlace(tool: string, version: string, arch: string, build: (dir: string) => Promise<void>): Promise<string>
  /** A fresh scratch directory, on the cache's filesystem where possible so that `add` is a rename. */
  scratch(prefix: string): Promise<string>
}

/** Where our own cache lives when no runner tool cache is there: $DEVSECOPS_CACHE_DIR or ~/.cache/devsecops/tools. */
export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env['DEVSECOPS_CACHE_DIR'] || join(homedir(), '.cache', 'devsecops', 'tools')
}

/**
 * Opens the cache: `cacheDir` when given, else the runner's RUNNER_TOOL_CACHE through @actions/tool-cache, else
 * our own root. @actions/tool-cache reads `process.env` itself, so it is used only when `env` agrees with it.
 */
export async function openToolCache(options: { env?: NodeJS.ProcessEnv; cacheDir?: string } = {}): Promise<ToolCache> {
  const env = options.env ?? process.env
  if (options.cacheDir) return new LocalToolCache(options.cacheDir)
  const runnerCache = env['RUNNER_TOOL_CACHE']
  if (runnerCache && runnerCache === process.env['RUNNER_TOOL_CACHE']) {
    // Loaded lazily: it pulls in @actions/core and an HTTP client that nothing else here needs.
    const tc = await import('@actions/tool-cache')
    return new ActionsToolCache(runnerCache, env['RUNNER_TEMP'] || tmpdir(), tc)
  }
  return new LocalToolCache(runnerCache || defaultCacheRoot(env))
}

class LocalToolCache implements ToolCache {
  readonly kind: 'actions' | 'local' = 'local'
  constructor(readonly root: string) {}

  protected dir(tool: string, version: string, arch: string): string {
    return join(this.root, tool, version, arch)
  }

  async find(tool: string, version: string, arch: string): Promise<string | undefined> {
    const dir = this.dir(tool, version, arch)
    return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : undefined
  }

  async add(sourceDir: string, tool: string, version: string, arch: string): Promise<string> {
    const dir = this.dir(tool, version, arch)
    // Another process may have finished the same install meanwhile: keep the complete one.
    if (await this.find(tool, version, arch)) {
      await rm(sourceDir, { recursive: true, force: true })
      return dir
    }
    await rm(dir, { recursive: true, force: true }) // leftovers of an install that never got its marker
    await mkdir(join(dir, '..'), { recursive: true })
    try {
      await rename(sourceDir, dir)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if ((code === 'ENOTEMPTY' || code === 'EEXIST') && (await this.find(tool, version, arch))) {
        await rm(sourceDir, { recursive: true, force: true }) // lost a race to an identical install
        return dir
      }
      if (code !== 'EXDEV' && code !== 'EPERM') throw err
      await cp(sourceDir, dir, { recursive: true, verbatimSymlinks: true })
      await rm(sourceDir, { recursive: true, force: true })
    }
    await writeFile(`${dir}.complete`, '')
    return dir
  }

  async buildInPlace(tool: string, version: string, arch: string, build: (dir: string) => Promise<void>): Promise<string> {
    const dir = this.dir(tool, version, arch)
    await rm(`${dir}.complete`, { force: true })
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    try {
      await build(dir)
    } catch (err) {
      await rm(dir, { recursive: true, force: true })
      throw err
    }
    await writeFile(`${dir}.complete`, '')
    return dir
  }

  async scratch(prefix: string): Promise<string> {
    const parent = join(this.root, '.tmp')
    await mkdir(parent, { recursive: true })
    return mkdtemp(join(parent, `${prefix}-`))
  }
}

type ToolCacheModule = typeof import('@actions/tool-cache')

class ActionsToolCache extends LocalToolCache {
  override readonly kind = 'actions' as const
  constructor(
    root: string,
    private readonly temp: string,
    private readonly tc: ToolCacheModule
  ) {
    super(root)
  }

  override async find(tool: string, version: string, arch: string): Promise<string | undefined> {
    return this.tc.find(tool, version, arch) || undefined
  }

  override async add(sourceDir: string, tool: string, version: string, arch: string): Promise<string> {
    try {
      return await this.tc.cacheDir(sourceDir, tool, version, arch)
    } finally {
      await rm(sourceDir, { recursive: true, force: true })
    }
  }

  override async scratch(prefix: string): Promise<string> {
    await mkdir(this.temp, { recursive: true })
    return mkdtemp(join(this.temp, `devsecops-${prefix}-`))
  }
}
