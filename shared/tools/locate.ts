/**
 * Finding a tool's executable in an install directory and asking a binary which version it is.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { runProcess } from './process.js'

/**
 * Finds `fileName` in `dir`: at the top, in a virtualenv's bin/Scripts, or (for archives that wrap their files in
 * a folder) up to three levels down. Returns the shallowest match.
 */
export async function locateBinary(dir: string, fileName: string, depth = 3): Promise<string | undefined> {
  let level = [dir]
  for (let d = 0; d <= depth && level.length; d++) {
    const next: string[] = []
    for (const current of level) {
      const entries = await readdir(current, { withFileTypes: true }).catch(() => [])
      for (const entry of entries) {
        const path = join(current, entry.name)
        if (entry.name === fileName && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) return path
        if (entry.isDirectory()) next.push(path)
      }
    }
    level = next.sort()
  }
  return undefined
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}

/** Runs the tool's version command and returns its combined output ('' if it could not run). */
export async function versionOutput(binary: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  try {
    // Asking a version must not phone home: offline, Semgrep's own update check alone takes minutes.
    const quiet = { SEMGREP_ENABLE_VERSION_CHECK: '0', SEMGREP_SEND_METRICS: 'off' }
    const result = await runProcess(binary, args, { env: { ...env, ...quiet }, timeoutMs: 30_000 })
    return `${result.stdout}\n${result.stderr}`
  } catch {
    return ''
  }
}

/**
 * True when the binary's version output names exactly `version` (so 8.30.1 does not accept 8.30.10, 18.30.1 or
 * 8.30.1-rc1).
 */
export async function reportsVersion(
  binary: string,
  args: string[],
  version: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<boolean> {
  return mentionsVersion(await versionOutput(binary, args, env), version)
}

/** True when `text` contains `version` as a whole version token. */
export function mentionsVersion(text: string, version: string): boolean {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\w.-])v?${escaped}(?![\\w-]|\\.\\d)`).test(text)
}

/** The first version-looking token in the binary's version output, or undefined. */
export async function detectVersion(
  binary: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  return /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/.exec(await versionOutput(binary, args, env))?.[0]
}
