/**
 * Platform naming for the installer. Keys use Node's own names (`process.platform`-`process.arch`), so one lookup
 * works on every runner without a translation table that could drift from what Node reports.
 */

/** The platforms a scanner spec can pin a release asset for. */
export type PlatformKey = 'linux-x64' | 'linux-arm64' | 'darwin-x64' | 'darwin-arm64' | 'win32-x64'

/** Every platform key, in the order the specs list them. */
export const PLATFORM_KEYS: readonly PlatformKey[] = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']

/**
 * The platform key of this machine (or of the given platform/arch), e.g. `linux-x64`, `darwin-arm64`, `win32-x64`.
 * Unsupported combinations (e.g. `freebsd-x64`) are returned as they are: no spec has an asset for them, so the
 * installer goes straight to the package-manager fallback.
 */
export function platformKey(platform: string = process.platform, arch: string = process.arch): string {
  return `${platform}-${arch}`
}

/** True when `key` is one of the platforms specs may pin. */
export function isPlatformKey(key: string): key is PlatformKey {
  return (PLATFORM_KEYS as readonly string[]).includes(key)
}

/** The file name of an executable on this platform (`gitleaks` -> `gitleaks.exe` on Windows). */
export function executableName(name: string, platform: string = process.platform): string {
  return platform === 'win32' && !name.toLowerCase().endsWith('.exe') ? `${name}.exe` : name
}
