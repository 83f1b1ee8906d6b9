import { mentionsVersion } from '../../shared/tools/locate.js'
import { PLATFORM_KEYS, executableName, isPlatformKey, platformKey } from '../../shared/tools/platform.js'
import { TOOLS, fillTemplate, pathVariable } from '../../shared/tools/specs.js'

describe('the pinned scanner table', () => {
  const specs = Object.entries(TOOLS)

  it.each(specs)('%s pins an exact version, a way to print it and a fallback', (name, spec) => {
    expect(spec.name).toBe(name)
    // A release version; a Go pseudo-version only for a tool that has no releases (trivy-db).
    if ('release' in spec) expect(spec.version).toMatch(/^\d+\.\d+\.\d+$/)
    else expect(spec.version).toMatch(/^\d+\.\d+\.\d+(?:-\d{14}-[0-9a-f]{12})?$/)
    expect(spec.versionArgs.length).toBeGreaterThan(0)
    expect(spec.fallback).toBeDefined()
  })

  it('holds only well-formed, distinct digests for known platforms, on https URLs', () => {
    const digests: string[] = []
    for (const spec of Object.values(TOOLS)) {
      if (!spec.release) continue
      expect(spec.release.baseUrl).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/releases\/download\/v\{version\}$/)
      for (const [key, asset] of Object.entries(spec.release.assets)) {
        expect(isPlatformKey(key)).toBe(true)
        expect(asset.sha256).toMatch(/^[0-9a-f]{64}$/)
        digests.push(asset.sha256)
      }
    }
    expect(new Set(digests).size).toBe(digests.length)
  })

  it('pins the gitleaks 8.30.1 release assets for all five platforms', () => {
    const assets = TOOLS.gitleaks.release?.assets ?? {}
    expect(Object.keys(assets).sort()).toEqual([...PLATFORM_KEYS].sort())
    expect(fillTemplate(assets['linux-x64']?.file ?? '', TOOLS.gitleaks.version)).toBe('gitleaks_8.30.1_linux_x64.tar.gz')
    expect(assets['linux-x64']?.sha256).toBe('551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb')
    expect(fillTemplate(assets['win32-x64']?.file ?? '', '8.30.1')).toBe('gitleaks_8.30.1_windows_x64.zip')
  })

  it('installs semgrep and checkov with pip only', () => {
    expect(TOOLS.semgrep.release).toBeUndefined()
    expect(TOOLS.checkov.release).toBeUndefined()
    expect(TOOLS.semgrep.fallback).toEqual({ kind: 'pip', package: 'semgrep' })
  })

  it('builds Trivy as its own release does, and its database builder at the version Trivy uses', () => {
    expect(TOOLS.trivy.fallback).toMatchObject({ kind: 'go', env: { GOEXPERIMENT: 'jsonv2' } })
    expect(TOOLS['trivy-db']).toMatchObject({ version: '0.0.0-20260813095258-0e0340a01b57', fallback: { kind: 'go', package: 'github.com/aquasecurity/trivy-db/cmd/trivy-db' } })
  })

  it('names the explicit-path variables', () => {
    expect(pathVariable(TOOLS.gitleaks)).toBe('DEVSECOPS_GITLEAKS_PATH')
    expect(pathVariable(TOOLS['osv-scanner'])).toBe('DEVSECOPS_OSV_SCANNER_PATH')
  })
})

describe('platform and version helpers', () => {
  it('builds platform keys from Node names', () => {
    expect(platformKey('linux', 'x64')).toBe('linux-x64')
    expect(platformKey('darwin', 'arm64')).toBe('darwin-arm64')
    expect(platformKey()).toBe(`${process.platform}-${process.arch}`)
    expect(isPlatformKey('freebsd-x64')).toBe(false)
    expect(executableName('gitleaks', 'win32')).toBe('gitleaks.exe')
    expect(executableName('gitleaks', 'linux')).toBe('gitleaks')
  })

  it('matches a version only as a whole token', () => {
    expect(mentionsVersion('8.30.1\n', '8.30.1')).toBe(true)
    expect(mentionsVersion('Version: 0.74.0', '0.74.0')).toBe(true)
    expect(mentionsVersion('osv-scanner version: v2.5.0', '2.5.0')).toBe(true)
    expect(mentionsVersion('8.30.10', '8.30.1')).toBe(false)
    expect(mentionsVersion('18.30.1', '8.30.1')).toBe(false)
    expect(mentionsVersion('8.30.1-rc1', '8.30.1')).toBe(false)
    expect(mentionsVersion('8.30.1.2', '8.30.1')).toBe(false)
    expect(mentionsVersion('8x30y1', '8.30.1')).toBe(false)
  })
})
