/**
 * A deterministic set of source-like files, generated in memory: TypeScript, Python, Go (tab-indented) and YAML,
 * with comments, string literals and blank lines, some files with CRLF line ends, some with non-ASCII text, and a few
 * minified bundles with very long lines. Realistic enough that line lengths, indentation and the share of
 * whitespace resemble a repository's, which is what a line-hash benchmark is sensitive to.
 */
import { seededRandom } from './benchmark.js'

export interface SourceFile {
  path: string
  content: Buffer
}

const WORDS = [
  'value', 'result', 'index', 'items', 'config', 'options', 'request', 'response', 'error', 'data', 'user', 'token',
  'count', 'buffer', 'path', 'name', 'entry', 'cache', 'handler', 'context', 'logger', 'payload', 'session', 'limit'
]
const NON_ASCII = ['Größe prüfen', 'значение по умолчанию', '設定を読み込む', 'café ☕', 'naïve 😀 check', '→ next']

type Lang = 'ts' | 'py' | 'go' | 'yaml'

/** Files totalling at least `totalBytes` bytes, the same every time for the same seed. */
export function generateCorpus(totalBytes: number, seed = 2026): SourceFile[] {
  const rnd = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!
  const ident = (): string => {
    const a = pick(WORDS)
    return rnd() < 0.5 ? a : a + pick(WORDS)[0]!.toUpperCase() + pick(WORDS).slice(1)
  }
  const expr = (): string => {
    const r = rnd()
    if (r < 0.3) return `${ident()}.${ident()}(${ident()}, ${Math.floor(rnd() * 1000)})`
    if (r < 0.5) return `"${ident()}-${ident()}"`
    if (r < 0.7) return `${ident()} + ${ident()} * ${Math.floor(rnd() * 64)}`
    return ident()
  }

  function statement(lang: Lang, depth: number, unicode: boolean): string[] {
    const pad = lang === 'go' ? '\t'.repeat(depth) : ' '.repeat(depth * (lang === 'py' ? 4 : 2))
    const comment = lang === 'py' || lang === 'yaml' ? '#' : '//'
    const r = rnd()
    if (r < 0.1) {
      const text = unicode && rnd() < 0.5 ? pick(NON_ASCII) : `${ident()} ${ident()} ${ident()}`
      return [`${pad}${comment} ${text}`]
    }
    if (r < 0.15) return ['']
    if (lang === 'yaml') return [`${pad}${ident()}: ${rnd() < 0.5 ? expr() : Math.floor(rnd() * 100)}`]
    if (r < 0.25 && depth < 4) {
      const test = `${ident()} > ${Math.floor(rnd() * 10)}`
      const head = lang === 'py' ? `${pad}if ${test}:` : `${pad}if (${test}) {`
      const body = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => statement(lang, depth + 1, unicode)).flat()
      return lang === 'py' ? [head, ...body] : [head, ...body, `${pad}}`]
    }
    if (lang === 'py') return [`${pad}${ident()} = ${expr()}`]
    if (lang === 'go') return [`${pad}${ident()} := ${expr()}`]
    return [`${pad}const ${ident()} = ${expr()};`]
  }

  function file(lang: Lang, unicode: boolean, lineCount: number): string[] {
    const lines: string[] = []
    while (lines.length < lineCount) {
      const name = ident()
      if (lang === 'yaml') lines.push(`${name}:`, ...statement(lang, 1, unicode), ...statement(lang, 1, unicode))
      else if (lang === 'py') lines.push(`def ${name}(${ident()}, ${ident()}):`, `    """${ident()} ${ident()}."""`)
      else if (lang === 'go') lines.push(`func ${name}(${ident()} string) error {`)
      else lines.push(`export function ${name}(${ident()}: string): number {`)
      const size = 2 + Math.floor(rnd() * 12)
      for (let i = 0; i < size; i++) lines.push(...statement(lang, 1, unicode))
      if (lang === 'go' || lang === 'ts') lines.push(`${lang === 'go' ? '\t' : '  '}return ${expr()}`, '}')
      lines.push('')
    }
    return lines
  }

  const files: SourceFile[] = []
  let total = 0
  while (total < totalBytes) {
    let text: string
    let ext: string
    if (rnd() < 0.02) {
      // A minified bundle: a few lines of several kilobytes each.
      ext = 'min.js'
      text = Array.from({ length: 3 + Math.floor(rnd() * 20) }, () =>
        Array.from({ length: 100 + Math.floor(rnd() * 400) }, () => `${ident()}=${expr()};`).join('')
      ).join('\n')
    } else {
      const lang = pick<Lang>(['ts', 'ts', 'ts', 'py', 'py', 'go', 'yaml'])
      ext = lang
      const lines = file(lang, rnd() < 0.08, 20 + Math.floor(rnd() ** 2 * 3000))
      text = lines.join(rnd() < 0.1 ? '\r\n' : '\n') + '\n'
    }
    const content = Buffer.from(text, 'utf8')
    files.push({ path: `src/m${files.length}.${ext}`, content })
    total += content.length
  }
  return files
}
