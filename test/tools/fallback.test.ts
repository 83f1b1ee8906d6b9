/**
 * The package-manager fallbacks for real: `go install` of gitleaks v8.30.1 through the Go module proxy (the only
 * network these tests use; ~50 s cold, seconds with a warm Go build cache), and `pip install` into a virtualenv from
 * a wheel built here (offline, through PIP_NO_INDEX / PIP_FIND_LINKS).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { consoleLogger } from '../../shared/log.js'
import { installTool } from '../../shared/tools/installer.js'
import { findExecutable } from '../../shared/tools/process.js'
import { TOOLS, ToolSpec } from '../../shared/tools/specs.js'
import { TestServer, cleanEnv, startServer, tempDir, zip } from './helpers.js'

const describeUnix = process.platform === 'win32' ? describe.skip : describe

describeUnix('package-manager fallbacks', () => {
  let server: TestServer
  let tmp: ReturnType<typeof tempDir>
  const lines: string[] = []
  const logger = consoleLogger({ write: line => lines.push(line) })

  beforeEach(async () => {
    server = await startServer()
    tmp = tempDir()
    lines.length = 0
  })
  afterEach(async () => {
    await server.close()
    tmp.cleanup()
  })

  it('builds gitleaks v8.30.1 with go install when the download fails, and it reports its real version', async () => {
    if (!(await findExecutable('go'))) throw new Error('this test needs go on PATH')
    // The mirror (the local server) answers 404, so no request leaves the machine except Go's own module fetches.
    const tool = await installTool(TOOLS.gitleaks, {
      logger,
      cacheDir: join(tmp.path, 'cache'),
      env: cleanEnv(),
      usePath: false,
      mirror: `${server.url}/mirror`,
      download: { attempts: 1 }
    })
    expect(tool).toEqual({ path: join(tmp.path, 'cache', 'gitleaks', '8.30.1', process.arch, 'gitleaks'), version: '8.30.1', source: 'fallback' })
    expect(execFileSync(tool.path, ['version'], { encoding: 'utf8' }).trim()).toBe('8.30.1')
    expect(server.requests).toEqual([expect.stringMatching(/^\/mirror\/gitleaks_8\.30\.1_/)])
    expect(lines.join('\n')).toMatch(/go install finished in/)
    expect(lines.join('\n')).toMatch(/installed with go install in/)
  }, 900_000)

  it('installs a pinned pip package into a private virtualenv in the cache', async () => {
    const wheels = join(tmp.path, 'wheels')
    mkdirSync(wheels)
    writeFileSync(join(wheels, 'fakescan-1.2.3-py3-none-any.whl'), fakeWheel('fakescan', '1.2.3'))
    const spec: ToolSpec = {
      name: 'fakescan',
      version: '1.2.3',
      binary: 'fakescan',
      versionArgs: ['--version'],
      fallback: { kind: 'pip', package: 'fakescan' }
    }
    const env = cleanEnv({ PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheels })
    const cacheDir = join(tmp.path, 'cache')
    const tool = await installTool(spec, { logger, cacheDir, env, usePath: false })
    expect(tool).toEqual({ path: join(cacheDir, 'fakescan', '1.2.3', process.arch, 'venv', 'bin', 'fakescan'), version: '1.2.3', source: 'fallback' })
    expect(execFileSync(tool.path, ['--version'], { encoding: 'utf8' }).trim()).toBe('fakescan 1.2.3')
    expect((await installTool(spec, { logger, cacheDir, env, usePath: false })).source).toBe('cache')

    // A version pip cannot find fails with pip's reason, and leaves no half-built virtualenv behind.
    const err = await installTool(spec, { logger, cacheDir, env, usePath: false, version: '9.9.9' }).catch(e => e)
    expect(err.message).toMatch(/pip install fakescan==9\.9\.9 failed \(exit 1\)/)
    expect(existsSync(join(cacheDir, 'fakescan', '9.9.9', process.arch))).toBe(false)
  }, 300_000)
})

/** A minimal pure-Python wheel with a console script that prints its version. */
function fakeWheel(name: string, version: string): Buffer {
  const info = `${name}-${version}.dist-info`
  const files: Record<string, string> = {
    [`${name}/__init__.py`]: `def main():\n    print("${name} ${version}")\n`,
    [`${info}/METADATA`]: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`,
    [`${info}/WHEEL`]: 'Wheel-Version: 1.0\nGenerator: devsecops-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    [`${info}/entry_points.txt`]: `[console_scripts]\n${name} = ${name}:main\n`
  }
  const record = [...Object.keys(files), `${info}/RECORD`].map(f => `${f},,`).join('\n') + '\n'
  return zip([...Object.entries(files).map(([path, data]) => ({ name: path, data })), { name: `${info}/RECORD`, data: record }])
}
