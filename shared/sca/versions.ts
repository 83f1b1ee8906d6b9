/**
 * Version arithmetic good enough to pick the upgrade to recommend: which of an advisory's fixed versions (there can
 * be one per maintained branch, e.g. qs 6.2.4 … 6.10.3) is the nearest one above what is installed. Matching a
 * version against an advisory's ranges is the scanner's job; this only orders versions the way the common ecosystems
 * do (numeric parts compared as numbers, a leading `v` ignored, pre-releases before their release).
 */

/** Splits `v1.2.3-rc.1+build` into comparable parts; build metadata is ignored. */
function parts(version: string): { release: Array<number | string>; pre: Array<number | string> } {
  const v = version.trim().replace(/^v(?=\d)/i, '').split('+')[0]
  const m = /^([0-9][0-9A-Za-z.]*?)(?:[-_.]?((?:a|b|c|rc|alpha|beta|pre|preview|dev|snapshot|m|milestone)[.-]?\d*.*|-.*))?$/i.exec(v)
  const releaseText = m ? m[1] : v
  const preText = m?.[2]?.replace(/^-/, '') ?? ''
  const split = (s: string): Array<number | string> =>
    s
      .split(/[.\-_]|(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)/)
      .filter(Boolean)
      .map(x => (/^\d+$/.test(x) ? Number(x) : x.toLowerCase()))
  const release = split(releaseText)
  // 1.2 == 1.2.0: trailing zeros do not make a version newer.
  while (release.length > 1 && release[release.length - 1] === 0) release.pop()
  return { release, pre: preText ? split(preText) : [] }
}

function compareLists(a: Array<number | string>, b: Array<number | string>): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    if (typeof x === 'number') return 1
    if (typeof y === 'number') return -1
    return x < y ? -1 : 1
  }
  return 0
}

/** Orders two versions: negative when `a` is older than `b`. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a)
  const pb = parts(b)
  const byRelease = compareLists(pa.release, pb.release)
  if (byRelease !== 0) return Math.sign(byRelease)
  // A pre-release sorts before its release.
  if (pa.pre.length === 0 || pb.pre.length === 0) return pa.pre.length === pb.pre.length ? 0 : pa.pre.length === 0 ? 1 : -1
  return Math.sign(compareLists(pa.pre, pb.pre))
}

/** Splits a scanner's fixed-version text ("6.10.3, 6.9.7", "2.15.0 || 2.12.2") into versions. */
export function splitVersions(text: string | undefined): string[] {
  if (!text) return []
  return [...new Set(text.split(/\s*(?:,|\|\||\s)\s*/).map(s => s.trim().replace(/^[<>=~^]+/, '')).filter(Boolean))]
}

/**
 * The version to upgrade to: the lowest fixed version above the installed one on the same major line when there
 * is one (the least disruptive upgrade), else the lowest above it, else the highest known.
 */
export function pickFix(installed: string, fixed: string[]): string | undefined {
  const above = fixed.filter(f => compareVersions(f, installed) > 0).sort(compareVersions)
  if (above.length === 0) return fixed.length > 0 ? [...fixed].sort(compareVersions).at(-1) : undefined
  const major = parts(installed).release[0]
  return above.find(f => parts(f).release[0] === major) ?? above[0]
}
