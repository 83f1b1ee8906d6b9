import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { addFingerprints, resolveArtifactPath } from '../../shared/sarif/fingerprint-files.js'
import { computeLineHashes, lineHashesFor } from '../../shared/sarif/fingerprints.js'
import { silentLogger } from '../../shared/log.js'
import type { SarifLog, SarifResult } from '../../shared/sarif/types.js'

/**
 * The definition in github-sarif.md, literally: normalise the units, then for every line sum c_i * 37^(99-i) over the
 * 100 units from its start in BigInt, then count earlier equal values. Slow and obviously right.
 */
const POWERS = Array.from({ length: 100 }, (_, i) => 37n ** BigInt(99 - i))

function referenceLineHashes(text: string): string[] {
  const units: number[] = []
  let prevCR = false
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    const afterCR = prevCR
    prevCR = c === 13
    if (c === 32 || c === 9 || (c === 10 && afterCR)) continue
    if (c === 13) c = 10
    units.push(c)
  }
  units.push(65535)
  const starts = [0]
  units.forEach((c, i) => {
    if (c === 10) starts.push(i + 1)
  })
  const seen = new Map<string, number>()
  return starts.map(start => {
    let sum = 0n
    for (let i = 0; i < 100; i++) sum += BigInt(units[start + i] ?? 0) * POWERS[i]!
    const hex = BigInt.asUintN(64, sum).toString(16)
    const k = (seen.get(hex) ?? 0) + 1
    seen.set(hex, k)
    return `${hex}:${k}`
  })
}

/** Deterministic pseudo-random numbers (a 32-bit LCG), so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return s / 2 ** 32
  }
}

const PIECES = [
  ...[' ', '\t', '\n', '\r', '\r\n', '\n\r', 'a', 'Z', '{', '}', 'x;'],
  ...['é', 'ß', '日本', '😀', '\uffff', '\u0000', '\ud800']
]

function randomText(rnd: () => number, length: number): string {
  let s = ''
  while (s.length < length) {
    const roll = rnd()
    if (roll < 0.6) s += PIECES[Math.floor(rnd() * PIECES.length)]
    else if (roll < 0.8) s += String.fromCharCode(Math.floor(rnd() * 65536))
    else s += 'abcdefghij'.slice(0, 1 + Math.floor(rnd() * 10))
  }
  return s
}

describe('computeLineHashes', () => {
  it('matches the documented test vectors', () => {
    expect(computeLineHashes('')).toEqual(['c129715d7a2bc9a3:1'])
    expect(computeLineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1'
    ])
    expect(computeLineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual([
      ...[1, 2, 3, 4, 5, 6].map(k => `a7f2ff13bc495cf2:${k}`),
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1'
    ])
  })

  it('gives the same values for text and for its UTF-8 bytes', () => {
    const lorem = 'Lorem ipsum dolor sit amet.\n'.repeat(10)
    expect(computeLineHashes(Buffer.from(lorem))).toEqual(computeLineHashes(lorem))
    const unicode = '\ufeffconst s = "日本 😀"\r\n\tx()\r'
    expect(computeLineHashes(Buffer.from(unicode, 'utf8'))).toEqual(referenceLineHashes(unicode))
    // Invalid UTF-8 decodes to U+FFFD, as when the file is read as a UTF-8 string.
    const invalid = Buffer.from([0x61, 0xff, 0x0a, 0xc3, 0x62])
    expect(computeLineHashes(invalid)).toEqual(referenceLineHashes(invalid.toString('utf8')))
  })

  it.each([
    ['empty', ''],
    ['one LF', '\n'],
    ['only line ends', '\r\n\r\n\n\r\r\n'],
    ['CR then space then LF', 'a\r \nb'],
    ['spaces and tabs only', ' \t \t '],
    ['a line of exactly 100 units', 'x'.repeat(100) + '\ny'],
    ['a line of 99 units', 'x'.repeat(99) + '\ny'],
    ['a long line', 'abc'.repeat(5000) + '\n' + 'tail'],
    ['many short lines', 'a\n'.repeat(500)],
    ['EOF sentinel and NUL in the text', '\uffff\u0000\uffff\n\u0000'],
    ['lone surrogates', '\ud800x\udc00\n\udbff']
  ])('equals the BigInt reference: %s', (_name, text) => {
    expect(computeLineHashes(text)).toEqual(referenceLineHashes(text))
  })

  it('equals the BigInt reference on random text', () => {
    const rnd = random(20260715)
    for (let i = 0; i < 300; i++) {
      const text = randomText(rnd, Math.floor(rnd() ** 2 * 800))
      expect(computeLineHashes(text)).toEqual(referenceLineHashes(text))
    }
  })

  it('equals the BigInt reference on CRLF source code with repeated lines', () => {
    const code = '  function f(x) {\r\n\treturn x + 1;\r\n  }\r\n\r\n'.repeat(200)
    expect(computeLineHashes(code)).toEqual(referenceLineHashes(code))
    const values = computeLineHashes(code)
    expect(values[0]).toMatch(/:1$/)
    expect(values[4]).toBe(values[0]!.replace(/:1$/, ':2'))
  })
})

describe('lineHashesFor', () => {
  it('returns the asked lines, as computeLineHashes does', () => {
    const rnd = random(7)
    for (let i = 0; i < 100; i++) {
      const text = randomText(rnd, Math.floor(rnd() * 3000))
      // Bytes go through UTF-8, which replaces lone surrogates: compare like with like.
      const input = rnd() < 0.5 ? text : Buffer.from(text, 'utf8')
      const all = computeLineHashes(input)
      const asked = Array.from({ length: 1 + Math.floor(rnd() * 10) }, () => 1 + Math.floor(rnd() * (all.length + 3)))
      const got = lineHashesFor(input, asked)
      for (const line of asked) expect(got.get(line)).toBe(all[line - 1])
    }
  })

  it('counts occurrences of a repeated line up to the asked line', () => {
    const text = 'same line\n'.repeat(1000) + 'x'.repeat(200)
    const all = computeLineHashes(text)
    const got = lineHashesFor(text, [1000, 3, 500, 3])
    expect(got.get(3)).toBe(all[2])
    expect(got.get(500)).toBe(all[499])
    expect(got.get(1000)).toBe(all[999])
    expect(all[499]).toMatch(/:500$/)
  })

  it('ignores lines that are not positive integers or are past the end', () => {
    const got = lineHashesFor('a\nb', [0, -1, 1.5, Number.NaN, 3, 2])
    expect([...got.keys()]).toEqual([2])
  })
})

describe('addFingerprints', () => {
  const APP = 'const a = 1\nconst b = 2\n\nconst a = 1\n'
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'devsecops-fp-'))
    await mkdir(path.join(root, 'src', 'a dir'), { recursive: true })
    await writeFile(path.join(root, 'src', 'app.js'), APP)
    await writeFile(path.join(root, 'src', 'a dir', 'x.py'), 'print("x")\r\nprint("y")\r\n')
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  function result(uri: string, startLine?: number, extra: Partial<SarifResult> = {}): SarifResult {
    return {
      ruleId: 'r',
      message: { text: 'm' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            ...(startLine === undefined ? {} : { region: { startLine } })
          }
        }
      ],
      ...extra
    }
  }

  function log(results: SarifResult[]): SarifLog {
    return { version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results }] }
  }

  it('sets primaryLocationLineHash from the file content', async () => {
    const app = computeLineHashes(APP)
    const py = computeLineHashes('print("x")\r\nprint("y")\r\n')
    const absolute = pathToFileURL(path.join(root, 'src', 'app.js')).href
    const sarif = log([
      result('src/app.js', 1),
      result('src/app.js', 4),
      result(absolute, 2),
      result('src/a%20dir/x.py', 2),
      result('src/app.js', 5)
    ])
    const outcome = await addFingerprints(sarif, root, silentLogger)
    const hashes = sarif.runs[0]!.results!.map(r => r.partialFingerprints?.['primaryLocationLineHash'])
    expect(hashes).toEqual([app[0], app[3], app[1], py[1], app[4]])
    expect(outcome).toEqual({ added: 5, missingFiles: [] })
  })

  it('keeps other fingerprints, never replaces a line hash, and skips what it cannot locate', async () => {
    const sarif = log([
      result('src/app.js', 1, { partialFingerprints: { other: 'keep' } }),
      result('src/app.js', 2, { partialFingerprints: { primaryLocationLineHash: 'given:1' } }),
      result('src/app.js'),
      result('src/app.js', 99),
      result('src/missing.js', 1),
      result('src', 1),
      result('https://example.com/app.js', 1)
    ])
    const outcome = await addFingerprints(sarif, root, silentLogger)
    const fps = sarif.runs[0]!.results!.map(r => r.partialFingerprints)
    expect(fps[0]).toEqual({ other: 'keep', primaryLocationLineHash: computeLineHashes(APP)[0] })
    expect(fps[1]).toEqual({ primaryLocationLineHash: 'given:1' })
    expect(fps.slice(2)).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect(outcome.added).toBe(1)
    expect(outcome.missingFiles.sort()).toEqual([path.join(root, 'src'), path.join(root, 'src', 'missing.js')])
  })
})

describe('resolveArtifactPath', () => {
  it('resolves relative, %SRCROOT%, other file-URI bases and file:// URIs; refuses other schemes', () => {
    expect(resolveArtifactPath({ uri: 'a/b.js' }, '/repo')).toBe('/repo/a/b.js')
    expect(resolveArtifactPath({ uri: 'a/b.js', uriBaseId: '%SRCROOT%' }, '/repo')).toBe('/repo/a/b.js')
    expect(resolveArtifactPath({ uri: 'b.js', uriBaseId: 'SRC' }, '/repo', { SRC: { uri: 'file:///srv/x' } })).toBe(
      '/srv/x/b.js'
    )
    expect(resolveArtifactPath({ uri: 'b.js', uriBaseId: 'UNKNOWN' }, '/repo')).toBe('/repo/b.js')
    expect(resolveArtifactPath({ uri: 'file:///etc/x%20y.conf' }, '/repo')).toBe('/etc/x y.conf')
    expect(resolveArtifactPath({ uri: 'https://example.com/a' }, '/repo')).toBeUndefined()
  })
})
