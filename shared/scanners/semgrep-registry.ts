/**
 * Semgrep's registry packs (p/...) are downloaded when Semgrep starts; offline, Semgrep spends minutes on timeouts
 * before failing. One quick request per pack tells us first whether the registry can be reached at all.
 */
import { ConfigurationError } from '../errors.js'
import { isRegistryConfig } from './semgrep.js'

export type RegistryCheck = { reachable: true } | { reachable: false; pack: string; reason: string }

/** Checks that every registry pack in `configs` can be fetched. A pack the registry does not know is a config error. */
export async function checkRegistry(configs: string[], options: { timeoutMs?: number; baseUrl?: string } = {}): Promise<RegistryCheck> {
  const base = (options.baseUrl ?? process.env.SEMGREP_URL ?? 'https://semgrep.dev').replace(/\/$/, '')
  for (const pack of configs.filter(isRegistryConfig)) {
    const url = /^https?:\/\//.test(pack) ? pack : `${base}/c/${pack}`
    try {
      const res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000), headers: { 'user-agent': 'devsecops' } })
      await res.body?.cancel()
      if (res.status === 404) throw new ConfigurationError(`The Semgrep registry has no config '${pack}' (HTTP 404); check the name in the 'config' input.`)
      if (res.status >= 500 || res.status === 429) return { reachable: false, pack, reason: `HTTP ${res.status}` }
    } catch (err) {
      if (err instanceof ConfigurationError) throw err
      const e = err as Error & { cause?: { code?: string } }
      return { reachable: false, pack, reason: e.cause?.code ?? (e.name === 'TimeoutError' ? 'timed out' : e.message) }
    }
  }
  return { reachable: true }
}
