import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { ConfigurationError } from '../../shared/errors.js'
import { consoleLogger } from '../../shared/log.js'
import { ChecksumError, ToolInstallError, UnsafeArchiveError } from '../../shared/tools/errors.js'
import { InstallOptions, installTool } from '../../shared/tools/installer.js'
import { PlatformKey, platformKey } from '../../shared/tools/platform.js'
import { TOOLS, ToolSpec } from '../../shared/tools/specs.js'
import { RealBinary, TestServer, cleanEnv, realBinary, sha256, startServer, tarGz, tempDir, zip } from './helpers.js'

const describeUnix = process.platform === 'win32' ? describe.skip : describe
const key = platformKey() as PlatformKey
const FILE = 'gitleaks_{version}_test.tar.gz'

describeUnix('installTool', () => {
  let binary: RealBinary
  let archive: Buffer
  let expectedVersionOutput: string
  let server: TestServer
  let tmp: ReturnType<typeof tempDir>
  let logLines: string[]

  beforeAll(() => {
    binary = realBinary()
    archive = tarGz([
      { name: 'LICENSE', data: 'MIT' },
      { name: 'README.md', data: 'gitleaks' },
      { name: 'gitleaks', data: binary.data, mode: 0o755 }
    ])
    expectedVersionOutput = binary.isGitleaks ? execFileSync(binary.path, ['version'], { encoding: 'utf8' }) : ''
  })

  beforeEach(async () => {
    server = await startServer()
    tmp = tempDir()
    logLines = []
  })
  afterEach(async () => {
    await server.close()
    tmp.cleanup()
  })

  /** gitleaks' real spec, but its release points at the test server and pins the digest of the test archive. */
  const specFor = (file = FILE, digest = sha256(archive)): ToolSpec => ({
    ...TOOLS.gitleaks,
    release: { baseUrl: `${server.url}/v{version}`, assets: { [key]: { file, sha256: digest } } }
  })
  const cacheDir = (): string => join(tmp.path, 'cache')
  const options = (extra: InstallOptions = {}): InstallOptions => ({
    cacheDir: cacheDir(),
    env: cleanEnv({ PATH: '/usr/bin:/bin' }),
    usePath: false,
    allowFallback: false,
    logger: consoleLogger({ write: line => logLines.push(line), verbose: true }),
    download: { baseDelayMs: 1, attempts: 3 },
    ...extra
  })
  const cacheEntries = (): string[] =>
    existsSync(join(cacheDir(), 'gitleaks')) ? readdirSync(join(cacheDir(), 'gitleaks', '8.30.1')) : []

  it('downloads, verifies, extracts and caches a binary that runs; the second call downloads nothing', async () => {
    server.route('/v8.30.1/gitleaks_8.30.1_test.tar.gz', archive)
    const first = await installTool(specFor(), options())
    expect(first).toEqual({ path: join(cacheDir(), 'gitleaks', '8.30.1', process.arch, 'gitleaks'), version: '8.30.1', source: 'download' })
    expect(existsSync(join(cacheDir(), 'gitleaks', '8.30.1', `${process.arch}.complete`))).toBe(true)
    if (binary.isGitleaks) expect(execFileSync(first.path, ['version'], { encoding: 'utf8' })).toBe(expectedVersionOutput)
    else execFileSync(first.path, ['/'])
    expect(logLines.join('\n')).toMatch(/downloaded .* MiB in .*sha256 [0-9a-f]{64} verified/)
    expect(logLines.join('\n')).toMatch(/Extracted 3 entries/)

    const second = await installTool(specFor(), options())
    expect(second).toEqual({ ...first, source: 'cache' })
    expect(server.requests).toHaveLength(1)
  })

  it('downloads from a mirror: mirror + "/" + the asset file name', async () => {
    server.route('/mirror/gitleaks/gitleaks_8.30.1_test.tar.gz', archive)
    const spec = { ...specFor(), release: { ...specFor().release!, baseUrl: 'https://unreachable.invalid/v{version}' } }
    const tool = await installTool(spec, options({ mirror: `${server.url}/mirror/gitleaks/` }))
    expect(tool.source).toBe('download')
    expect(server.requests).toEqual(['/mirror/gitleaks/gitleaks_8.30.1_test.tar.gz'])
  })

  it('stops hard on a checksum mismatch against the real pinned digest, even with the fallback allowed', async () => {
    const real = TOOLS.gitleaks.release?.assets[key]
    if (!real) return // only meaningful where a real digest is pinned
    const file = real.file.replace('{version}', '8.30.1')
    server.route(`/m/${file}`, archive)
    const fakeGo = fakeGoDir()
    const err = await installTool(TOOLS.gitleaks, options({ mirror: `${server.url}/m`, allowFallback: true, env: cleanEnv({ PATH: fakeGo }) })).catch(e => e)
    expect(err).toBeInstanceOf(ChecksumError)
    expect(err.message).toContain(real.sha256)
    expect(err.message).toContain(sha256(archive))
    expect(err.message).toContain(`${server.url}/m/${file}`)
    expect(existsSync(join(fakeGo, 'calls'))).toBe(false) // the fallback never ran
    expect(cacheEntries()).toEqual([])
  })

  it('fails a 404 with every URL tried and why, without retrying', async () => {
    const err = await installTool(specFor(), options()).catch(e => e)
    expect(err).toBeInstanceOf(ToolInstallError)
    expect(err.message).toContain(`download ${server.url}/v8.30.1/gitleaks_8.30.1_test.tar.gz: HTTP 404 Not Found`)
    expect(err.message).toMatch(/not retried/)
    expect(err.message).toMatch(/fallback is disabled/)
    expect(server.requests).toHaveLength(1)
  })

  it('falls back to go install after a 404 when the fallback is allowed', async () => {
    const fakeGo = fakeGoDir()
    const tool = await installTool(specFor(), options({ allowFallback: true, env: cleanEnv({ PATH: `${fakeGo}${delimiter}/usr/bin:/bin` }) }))
    expect(tool).toEqual({ path: join(cacheDir(), 'gitleaks', '8.30.1', process.arch, 'gitleaks'), version: '8.30.1', source: 'fallback' })
    const call = readCalls(fakeGo)
    expect(call).toContain('CGO_ENABLED=0')
    expect(call).toContain('install -ldflags -X github.com/zricethezav/gitleaks/v8/version.Version=8.30.1 github.com/zricethezav/gitleaks/v8@v8.30.1')
    expect((await installTool(specFor(), options())).source).toBe('cache')
  })

  it('reports the download and the fallback when both fail', async () => {
    const err = await installTool(specFor(), options({ allowFallback: true, env: cleanEnv({ PATH: tmp.path }) })).catch(e => e)
    expect(err).toBeInstanceOf(ToolInstallError)
    expect(err.details).toEqual([
      `download ${server.url}/v8.30.1/gitleaks_8.30.1_test.tar.gz: HTTP 404 Not Found (not retried: the server will answer the same way again)`,
      'go install -ldflags -X github.com/zricethezav/gitleaks/v8/version.Version=8.30.1 github.com/zricethezav/gitleaks/v8@v8.30.1: go is not on PATH'
    ])
  })

  it('retries a 500 and then succeeds', async () => {
    server.route('/v8.30.1/gitleaks_8.30.1_test.tar.gz', (_req, res, n) =>
      n === 1 ? res.writeHead(500).end('boom') : res.writeHead(200, { 'content-length': archive.length }).end(archive)
    )
    const tool = await installTool(specFor(), options())
    expect(tool.source).toBe('download')
    expect(server.requests).toHaveLength(2)
    expect(logLines.join('\n')).toMatch(/HTTP 500.*retry 1 of 2/)
  })

  it('retries a connection cut mid-body and, when it never completes, leaves nothing in the cache', async () => {
    server.route('/v8.30.1/gitleaks_8.30.1_test.tar.gz', (_req, res) => {
      res.writeHead(200, { 'content-length': archive.length })
      res.write(archive.subarray(0, 1000), () => res.destroy())
    })
    const err = await installTool(specFor(), options()).catch(e => e)
    expect(err).toBeInstanceOf(ToolInstallError)
    expect(err.message).toMatch(/connection broke after \d+ bytes/)
    expect(server.requests).toHaveLength(3)
    expect(cacheEntries()).toEqual([])
    expect(readdirSync(join(cacheDir(), '.tmp'))).toEqual([])
  })

  it('refuses a truncated archive even when its digest matches, leaving nothing half-installed', async () => {
    const cut = archive.subarray(0, Math.floor(archive.length / 2))
    server.route('/v8.30.1/gitleaks_8.30.1_test.tar.gz', cut)
    const err = await installTool(specFor(FILE, sha256(cut)), options({ allowFallback: true })).catch(e => e)
    expect(err).toBeInstanceOf(UnsafeArchiveError)
    expect(cacheEntries()).toEqual([])
    expect(readdirSync(join(cacheDir(), '.tmp'))).toEqual([])
  })

  it('refuses a path-traversal archive and writes nothing outside (or inside) the cache', async () => {
    const evil = tarGz([
      { name: 'gitleaks', data: binary.data.subarray(0, 100), mode: 0o755 },
      { name: '../../../escaped.txt', data: 'pwned' }
    ])
    server.route('/v8.30.1/gitleaks_8.30.1_test.tar.gz', evil)
    const err = await installTool(specFor(FILE, sha256(evil)), options()).catch(e => e)
    expect(err).toBeInstanceOf(UnsafeArchiveError)
    expect(err.message).toMatch(/escaped\.txt.*'\.\.' component/)
    expect(existsSync(join(tmp.path, 'escaped.txt'))).toBe(false)
    expect(existsSync(join(cacheDir(), 'escaped.txt'))).toBe(false)
    expect(cacheEntries()).toEqual([])
  })

  it('installs from a zip asset and from a bare binary asset', async () => {
    const zipped = zip([{ name: 'gitleaks', data: binary.data, mode: 0o100755 }])
    server.route('/v8.30.1/gitleaks_8.30.1_test.zip', zipped)
    const fromZip = await installTool(specFor('gitleaks_{version}_test.zip', sha256(zipped)), options())
    expect(fromZip.source).toBe('download')

    server.route('/v8.30.1/gitleaks_raw', binary.data)
    const raw = await installTool(specFor('gitleaks_raw', sha256(binary.data)), options({ cacheDir: join(tmp.path, 'c2') }))
    expect(raw.path).toBe(join(tmp.path, 'c2', 'gitleaks', '8.30.1', process.arch, 'gitleaks'))
    if (binary.isGitleaks) expect(execFileSync(raw.path, ['version'], { encoding: 'utf8' })).toBe(expectedVersionOutput)
  })

  it('uses an explicit path from the option or from DEVSECOPS_GITLEAKS_PATH, a directory included', async () => {
    const viaOption = await installTool(specFor(), options({ path: binary.path }))
    expect(viaOption).toMatchObject({ path: binary.path, source: 'explicit' })
    if (binary.isGitleaks) expect(viaOption.version).toBe(expectedVersionOutput.trim())
    const viaEnv = await installTool(specFor(), options({ env: cleanEnv({ DEVSECOPS_GITLEAKS_PATH: binary.path }) }))
    expect(viaEnv).toMatchObject({ path: binary.path, source: 'explicit' })
    const dir = join(tmp.path, 'bin')
    mkdirSync(dir)
    writeFileSync(join(dir, 'gitleaks'), binary.data, { mode: 0o755 })
    expect(await installTool(specFor(), options({ path: dir }))).toMatchObject({ path: join(dir, 'gitleaks'), source: 'explicit' })
    expect(server.requests).toEqual([])
  })

  it('rejects a missing explicit path with a ConfigurationError naming it and its source', async () => {
    const missing = join(tmp.path, 'nope', 'gitleaks')
    const viaEnv = await installTool(specFor(), options({ env: cleanEnv({ DEVSECOPS_GITLEAKS_PATH: missing }) })).catch(e => e)
    expect(viaEnv).toBeInstanceOf(ConfigurationError)
    expect(viaEnv.message).toContain(missing)
    expect(viaEnv.message).toContain('DEVSECOPS_GITLEAKS_PATH')
    await expect(installTool(specFor(), options({ path: missing }))).rejects.toThrow(ConfigurationError)
  })

  it('takes the pinned version from PATH, but not another version', async () => {
    const good = join(tmp.path, 'good')
    const other = join(tmp.path, 'other')
    script(good, 'gitleaks', 'echo 8.30.1')
    script(other, 'gitleaks', 'echo 8.30.10')
    const found = await installTool(specFor(), options({ usePath: true, env: cleanEnv({ PATH: good }) }))
    expect(found).toEqual({ path: join(good, 'gitleaks'), version: '8.30.1', source: 'path' })
    server.route('/v8.30.1/gitleaks_8.30.1_test.tar.gz', archive)
    const notIt = await installTool(specFor(), options({ usePath: true, env: cleanEnv({ PATH: `${other}${delimiter}/usr/bin:/bin` }) }))
    expect(notIt.source).toBe('download')
  })

  it('accepts another version only with a checksum, and never "latest"', async () => {
    await expect(installTool(specFor(), options({ version: 'latest' }))).rejects.toThrow(ConfigurationError)
    await expect(installTool(specFor(), options({ version: '^8.30' }))).rejects.toThrow(/not an exact release/)
    await expect(installTool(specFor(), options({ mirror: 'ftp://mirror.example' }))).rejects.toThrow(/not an http\(s\) URL/)
    await expect(installTool(specFor(), options({ version: '9.0.0', checksum: 'abc' }))).rejects.toThrow(/not a sha256/)
    await expect(installTool(specFor(), options({ checksum: 'b'.repeat(64) }))).rejects.toThrow(/contradicts the pinned sha256/)

    const noChecksum = await installTool(specFor(), options({ version: '9.0.0' })).catch(e => e)
    expect(noChecksum).toBeInstanceOf(ToolInstallError)
    expect(noChecksum.message).toMatch(/no checksum given for version 9\.0\.0/)
    expect(server.requests).toEqual([])

    server.route('/v9.0.0/gitleaks_9.0.0_test.tar.gz', archive)
    const other = await installTool(specFor(), options({ version: 'v9.0.0', checksum: `sha256:${sha256(archive)}` }))
    expect(other).toEqual({ path: join(cacheDir(), 'gitleaks', '9.0.0', process.arch, 'gitleaks'), version: '9.0.0', source: 'download' })
  })

  it('uses the runner tool cache through @actions/tool-cache when RUNNER_TOOL_CACHE is set', async () => {
    const runnerCache = join(tmp.path, 'runner-cache')
    const saved = { cache: process.env['RUNNER_TOOL_CACHE'], temp: process.env['RUNNER_TEMP'] }
    process.env['RUNNER_TOOL_CACHE'] = runnerCache
    process.env['RUNNER_TEMP'] = join(tmp.path, 'runner-temp')
    try {
      server.route('/v8.30.1/gitleaks_8.30.1_test.tar.gz', archive)
      const env = cleanEnv({ PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: runnerCache, RUNNER_TEMP: process.env['RUNNER_TEMP'] })
      const first = await installTool(specFor(), options({ cacheDir: undefined, env }))
      expect(first.path).toBe(join(runnerCache, 'gitleaks', '8.30.1', process.arch, 'gitleaks'))
      expect(existsSync(join(runnerCache, 'gitleaks', '8.30.1', `${process.arch}.complete`))).toBe(true)
      const second = await installTool(specFor(), options({ cacheDir: undefined, env }))
      expect(second.source).toBe('cache')
      expect(server.requests).toHaveLength(1)
    } finally {
      restore('RUNNER_TOOL_CACHE', saved.cache)
      restore('RUNNER_TEMP', saved.temp)
    }
  })

  it('goes straight to the fallback on a platform with no pinned asset', async () => {
    const fakeGo = fakeGoDir()
    const spec: ToolSpec = { ...TOOLS.gitleaks, release: { baseUrl: `${server.url}/v{version}`, assets: {} } }
    const tool = await installTool(spec, options({ allowFallback: true, env: cleanEnv({ PATH: `${fakeGo}${delimiter}/usr/bin:/bin` }) }))
    expect(tool.source).toBe('fallback')
    expect(logLines.join('\n')).toContain(`no release asset with a confirmed sha256 is pinned for ${key}`)
    expect(server.requests).toEqual([])
  })

  /** A stand-in `go` that records how it was called and "builds" by copying the real binary into $GOBIN. */
  function fakeGoDir(): string {
    const dir = join(tmp.path, `fake-go-${Math.random().toString(36).slice(2)}`)
    script(dir, 'go', `echo "CGO_ENABLED=$CGO_ENABLED $*" >> "${dir}/calls"\nmkdir -p "$GOBIN"\ncp "${binary.path}" "$GOBIN/gitleaks"`)
    return dir
  }
})

function readCalls(dir: string): string {
  return execFileSync('cat', [join(dir, 'calls')], { encoding: 'utf8' })
}

function script(dir: string, name: string, body: string): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`)
  chmodSync(join(dir, name), 0o755)
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
