/**
 * Finds the line of a lockfile or manifest that declares a package, so a finding points at the place a person edits
 * (or the line a lockfile diff shows), not at line 1. Scanners that report lines (Trivy, for some formats) are
 * trusted first; this fills the gaps, for every format the SCA stage reads. Matching is by the format's own
 * declaration syntax, with the version checked nearby so that the right one of several copies is chosen.
 */
import { basename } from 'node:path'

export interface Lines {
  startLine: number
  endLine?: number
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** PEP 503: names compare case-insensitively, with runs of `-`, `_` and `.` equal. */
function pythonName(name: string): string {
  return name
    .split(/[-_.]+/)
    .map(escape)
    .join('[-_.]+')
}

interface Pattern {
  /** Is this line a declaration of the package? */
  decl: RegExp
  /** Does this line (the declaration or one of the next `window` lines) carry the version? */
  version?: RegExp
  window?: number
  /** A line that starts the next package's block: the version is not looked for past it. */
  next?: RegExp
}

function patterns(file: string, name: string, version: string): Pattern[] {
  const n = escape(name)
  const v = escape(version.replace(/^v/, ''))
  const anyV = `v?${v}`
  switch (file) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return [
        { decl: new RegExp(`^\\s*"(?:[^"]*node_modules/)?${n}"\\s*:\\s*\\{`), version: new RegExp(`"version"\\s*:\\s*"${v}"`), window: 40, next: /^\s*"[^"]+"\s*:\s*\{/ }
      ]
    case 'yarn.lock':
      return [{ decl: new RegExp(`^"?${n}@[^\\n]*:\\s*$`), version: new RegExp(`^\\s+version:?\\s+"?${v}"?\\s*$`), window: 3, next: /^\S/ }]
    case 'pnpm-lock.yaml':
      return [
        { decl: new RegExp(`^\\s+['"]?/?${n}[@/]${v}(?:[(_][^:]*)?['"]?:\\s*$`) },
        { decl: new RegExp(`^\\s+['"]?${n}['"]?:\\s*(?:\\{?\\s*)?$`), version: new RegExp(`version:\\s*['"]?${v}(?:[(_]|['"]?\\s*$)`), window: 3 },
        { decl: new RegExp(`^\\s+['"]?${n}['"]?:\\s*['"]?${v}`) }
      ]
    case 'poetry.lock':
    case 'uv.lock':
    case 'pdm.lock':
      return [{ decl: new RegExp(`^name\\s*=\\s*"${pythonName(name)}"\\s*$`, 'i'), version: new RegExp(`^version\\s*=\\s*"${v}"`), window: 3, next: /^\[/ }]
    case 'Pipfile.lock':
      return [{ decl: new RegExp(`^\\s*"${pythonName(name)}"\\s*:\\s*\\{`, 'i'), version: new RegExp(`"version"\\s*:\\s*"==${v}"`), window: 20, next: /^\s*"[^"]+"\s*:\s*\{/ }]
    case 'Cargo.lock':
      return [{ decl: new RegExp(`^name\\s*=\\s*"${n}"\\s*$`), version: new RegExp(`^version\\s*=\\s*"${v}"`), window: 2, next: /^\[/ }]
    case 'Gemfile.lock':
    case 'gems.locked':
      return [{ decl: new RegExp(`^\\s{4}${n} \\(${v}(?:-[^)]*)?\\)\\s*$`) }, { decl: new RegExp(`^\\s{4}${n} \\(`) }]
    case 'composer.lock':
      return [{ decl: new RegExp(`^\\s*"name"\\s*:\\s*"${n}"`, 'i'), version: new RegExp(`"version"\\s*:\\s*"${anyV}"`), window: 3 }]
    case 'go.mod':
      return [{ decl: new RegExp(`^\\s*(?:require\\s+)?${n}\\s+${anyV}(?:\\s|$)`) }, { decl: new RegExp(`^\\s*(?:require\\s+)?${n}\\s+v`) }]
    case 'go.sum':
      return [{ decl: new RegExp(`^${n}\\s+${anyV}\\s`) }]
    case 'pom.xml': {
      const [, artifact = name] = name.split(':')
      return [
        { decl: new RegExp(`<artifactId>\\s*${escape(artifact)}\\s*</artifactId>`), version: new RegExp(`<version>\\s*${v}\\s*</version>`), window: 3 },
        { decl: new RegExp(`<artifactId>\\s*${escape(artifact)}\\s*</artifactId>`) }
      ]
    }
    case 'packages.lock.json':
      return [{ decl: new RegExp(`^\\s*"${n}"\\s*:\\s*\\{`, 'i'), version: new RegExp(`"resolved"\\s*:\\s*"${v}"`), window: 4 }]
    default:
      if (/requirements.*\.(txt|in)$/i.test(file) || file === 'constraints.txt') {
        return [
          { decl: new RegExp(`^\\s*${pythonName(name)}\\s*(?:\\[[^\\]]*\\])?\\s*===?\\s*${v}\\b`, 'i') },
          { decl: new RegExp(`^\\s*${pythonName(name)}\\s*(?:\\[[^\\]]*\\])?\\s*(?:[=<>!~;@]|$)`, 'i') }
        ]
      }
      if (/\.csproj$|\.fsproj$|\.vbproj$|^packages\.config$/i.test(file)) {
        return [{ decl: new RegExp(`["']${n}["']`, 'i') }]
      }
      return []
  }
}

/**
 * The line range that declares `name@version` in a file with the given text; undefined when it cannot be found
 * (a finding then points at line 1 of the file and says so).
 */
export function locatePackage(path: string, text: string, name: string, version: string): Lines | undefined {
  if (!name) return undefined
  const lines = text.split(/\r?\n/)
  const file = basename(path)
  const candidates = [...patterns(file, name, version), ...genericPatterns(name, version)]
  for (const p of candidates) {
    let firstDecl: number | undefined
    for (let i = 0; i < lines.length; i++) {
      if (!p.decl.test(lines[i])) continue
      firstDecl ??= i
      if (!p.version) return { startLine: i + 1 }
      const window = p.window ?? 0
      for (let j = i; j <= Math.min(lines.length - 1, i + window); j++) {
        if (j > i && (p.decl.test(lines[j]) || p.next?.test(lines[j]))) break
        if (p.version.test(lines[j])) return { startLine: i + 1, ...(j > i ? { endLine: j + 1 } : {}) }
      }
    }
    // A declaration whose version is written elsewhere (a property, a range) is still the right line.
    if (firstDecl !== undefined && p.version) return { startLine: firstDecl + 1 }
  }
  return undefined
}

/** For formats we do not know: a line naming the package and its version, else the package alone. */
function genericPatterns(name: string, version: string): Pattern[] {
  const n = `(?<![\\w@/.-])${escape(name)}(?![\\w-])`
  return [{ decl: new RegExp(`${n}.*${escape(version.replace(/^v/, ''))}`) }, { decl: new RegExp(n) }]
}
