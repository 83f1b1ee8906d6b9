/**
 * The lockfiles and manifests a repository holds, found before any scanner runs, so the summary can say what was
 * there and what the scanner really read: a lockfile it skipped is named, never silently left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

export interface Manifest {
  /** Relative to the scanned root, forward slashes. */
  path: string
  ecosystem: string
  /** Set for a file that a requirements file includes (`-r`), naming that file. */
  includedBy?: string
}

const BY_NAME: Record<string, string> = {
  'package-lock.json': 'npm',
  'npm-shrinkwrap.json': 'npm',
  'yarn.lock': 'npm',
  'pnpm-lock.yaml': 'npm',
  'bun.lock': 'npm',
  'poetry.lock': 'Python',
  'Pipfile.lock': 'Python',
  'uv.lock': 'Python',
  'pdm.lock': 'Python',
  'go.mod': 'Go',
  'pom.xml': 'Maven',
  'gradle.lockfile': 'Gradle',
  'Cargo.lock': 'Rust',
  'Gemfile.lock': 'Ruby',
  'gems.locked': 'Ruby',
  'composer.lock': 'PHP',
  'packages.lock.json': 'NuGet',
  'pubspec.lock': 'Dart',
  'mix.lock': 'Elixir',
  'conan.lock': 'C/C++',
  'Package.resolved': 'Swift',
  'Podfile.lock': 'CocoaPods'
}

/** Folders never worth walking: installed dependencies and VCS data. */
// Build output (dist/, target/) is walked: the scanners read lockfiles there too, and the summary lists what they read.
const SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.tox', '.gradle', '.terraform'])

/** The ecosystem a lockfile or manifest name belongs to, or undefined when it is none we know. */
export function manifestEcosystem(file: string): string | undefined {
  if (BY_NAME[file]) return BY_NAME[file]
  if (/^requirements.*\.txt$/i.test(file)) return 'Python'
  return undefined
}

/**
 * Is `path` (relative to the scanned folder) inside one of the folders to leave out? A bare name (`fixtures`) matches
 * a folder of that name at any depth, a path (`test/fixtures`) the folder at that path. The lockfile search and the
 * scanners' results are filtered by this one rule, whatever the scanners' own pattern syntax.
 */
export function isSkipped(path: string, skipDirs: string[]): boolean {
  const parts = path.split('/')
  return skipDirs
    .map(d => d.replace(/\\/g, '/').replace(/^\.\/|\/$/g, ''))
    .filter(Boolean)
    .some(d => (d.includes('/') ? path.startsWith(`${d}/`) : parts.slice(0, -1).includes(d)))
}

export interface DependencyFiles {
  /** Known lockfiles and manifests, and the files requirements files include, sorted by path. */
  manifests: Manifest[]
  /** Every package.json, whose dependencies only a lockfile pins. */
  packageJsons: string[]
}

/**
 * The dependency files under `root`, in one walk. `skipDirs` are left out as {@link isSkipped} says. At most `limit`
 * files of each kind are listed.
 */
export function findDependencyFiles(root: string, skipDirs: string[] = [], limit = 5000): DependencyFiles {
  const out: Manifest[] = []
  const packageJsons: string[] = []
  const walk = (dir: string): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.length >= limit) return
      const rel = relative(root, join(dir, e.name)).replace(/\\/g, '/')
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !isSkipped(`${rel}/x`, skipDirs)) walk(join(dir, e.name))
      } else if (e.isFile()) {
        const ecosystem = manifestEcosystem(e.name)
        if (ecosystem) out.push({ path: rel, ecosystem })
        else if (e.name === 'package.json' && packageJsons.length < limit) packageJsons.push(rel)
      }
    }
  }
  walk(root)
  // Files a requirements file pulls in (`-r base.txt`) are manifests too, whatever their names: some scanners do not
  // follow the include, and the summary must then say that base.txt was not read.
  const listed = new Set(out.map(m => m.path))
  for (const m of [...out]) {
    for (const inc of requirementIncludes(root, m.path)) {
      if (!listed.has(inc)) {
        listed.add(inc)
        out.push({ path: inc, ecosystem: 'Python', includedBy: m.path })
      }
    }
  }
  return { manifests: out.sort((a, b) => a.path.localeCompare(b.path)), packageJsons }
}

/** Every known lockfile or manifest under `root` (see {@link findDependencyFiles}). */
export function findManifests(root: string, skipDirs: string[] = [], limit = 5000): Manifest[] {
  return findDependencyFiles(root, skipDirs, limit).manifests
}

/**
 * The files a pip requirements file includes with `-r`/`--requirement` or `-c`/`--constraint`, recursively, relative
 * to `root`; only those that exist inside it.
 */
export function requirementIncludes(root: string, path: string, seen = new Set<string>()): string[] {
  if (!/\.(txt|in)$/i.test(path) || seen.has(path)) return []
  seen.add(path)
  let text: string
  try {
    text = readFileSync(join(root, path), 'utf8')
  } catch {
    return []
  }
  const out: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/.exec(line)
    if (!m || /^[a-z]+:\/\//i.test(m[1])) continue
    const inc = normalize(join(dirname(path), m[1])).replace(/\\/g, '/')
    if (inc.startsWith('..') || !existsSync(join(root, inc)) || !statSync(join(root, inc)).isFile()) continue
    out.push(inc, ...requirementIncludes(root, inc, seen))
  }
  return out
}
