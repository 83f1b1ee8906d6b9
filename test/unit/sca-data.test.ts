/**
 * Local vulnerability data and lockfile discovery: advisory folders are checked record by record (a broken one is
 * named), laid out as each scanner's database reads them, and every lockfile in a tree is found.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultScaCacheDir, parseList, parseScaScanner } from '../../actions/sca/stage.js'
import { loadAdvisories, writeOsvScannerDb, writeTrivyDbSources } from '../../shared/sca/advisories.js'
import { findManifests, isSkipped, manifestEcosystem } from '../../shared/sca/manifests.js'
import { cleanAdvisoryText } from '../../shared/sca/vulnerability.js'
import { writeZip } from '../../shared/sca/zip.js'
import { fixture } from '../helpers/paths.js'

const work = mkdtempSync(join(tmpdir(), 'devsecops-sca-data-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
let n = 0
const dir = (files: Record<string, string>): string => {
  const d = join(work, `d${++n}`)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true })
    writeFileSync(join(d, name), text)
  }
  return d
}
const record = (id: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ id, published: '2024-05-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }] }], ...extra })

describe('advisory folders', () => {
  it('reads every real GitHub advisory record, with ids, aliases and ecosystems', () => {
    const set = loadAdvisories(fixture('advisories'))
    expect(set.records).toHaveLength(14)
    const terrapin = set.records.find(r => r.id === 'GHSA-45x7-px36-x8w8')
    expect(terrapin?.ecosystems.sort()).toEqual(['Go', 'PyPI', 'crates.io'])
    expect(terrapin?.aliases).toContain('CVE-2023-48795')
    expect(set.digest).toMatch(/^[0-9a-f]{16}$/)
  })

  it('names the broken record, the missing folder and the empty folder', () => {
    expect(() => loadAdvisories(join(work, 'nope'))).toThrow(/The vulnerability-db '.*nope' does not exist; it must be a folder of OSV-format advisory records/)
    const file = join(dir({ 'a.json': '{}' }), 'a.json')
    expect(() => loadAdvisories(file, '--vulnerability-db')).toThrow(`The --vulnerability-db '${file}' is a file`)
    expect(() => loadAdvisories(dir({ 'README.md': 'x' }))).toThrow(/holds no \*\.json advisory records/)
    expect(() => loadAdvisories(dir({ 'a/ok.json': record('ACME-1'), 'b/bad.json': '{"id": ' }))).toThrow(/'b\/bad.json' .* is not valid JSON/)
    expect(() => loadAdvisories(dir({ 'x.json': JSON.stringify({ affected: [] }) }))).toThrow(/'x.json' has no usable 'id'/)
    expect(() => loadAdvisories(dir({ 'x.json': JSON.stringify({ id: 'ACME-2' }) }))).toThrow(/ACME-2\) has no 'affected' packages/)
    expect(() => loadAdvisories(dir({ 'x.json': record('ACME-3'), 'y.json': record('ACME-3') }))).toThrow(/ACME-3 is in both 'x.json' and 'y.json'/)
  })

  it('gives the same digest for the same records and another for a changed one', () => {
    const a = loadAdvisories(dir({ 'x.json': record('ACME-4') })).digest
    expect(loadAdvisories(dir({ 'sub/x.json': record('ACME-4') })).digest).toBe(a)
    expect(loadAdvisories(dir({ 'x.json': record('ACME-4', { summary: 'changed' }) })).digest).not.toBe(a)
  })

  it("lays records out as OSV-Scanner's local database: one readable zip per ecosystem", () => {
    const set = loadAdvisories(fixture('advisories'))
    const out = join(work, 'osv')
    const written = writeOsvScannerDb(set, out)
    expect(written.sort()).toEqual(['Go', 'Maven', 'PyPI', 'RubyGems', 'crates.io', 'npm'])
    const list = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(sorted(z.namelist())))', join(out, 'osv-scalibr', 'Go', 'all.zip')], { encoding: 'utf8' })
    expect(list.trim().split('\n')).toEqual(['GHSA-4374-p667-p6c8.json', 'GHSA-45x7-px36-x8w8.json'])
    const body = execFileSync('python3', ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("GHSA-4374-p667-p6c8.json").decode())', join(out, 'osv-scalibr', 'Go', 'all.zip')], { encoding: 'utf8' })
    expect(body).toBe(readFileSync(fixture('advisories/GHSA-4374-p667-p6c8.json'), 'utf8'))
    // Ecosystems without records get an empty, valid archive.
    expect(readdirSync(join(out, 'osv-scalibr'))).toContain('NuGet')
    expect(writeZip([]).length).toBe(22)
  })

  it("lays records out for Trivy's builder: GitHub's layout by publication month, Go records also as the Go database", () => {
    const set = loadAdvisories(fixture('advisories'))
    const out = join(work, 'ghsa')
    expect(writeTrivyDbSources(set, out)).toEqual(['ghsa', 'govulndb'])
    const file = join(out, 'ghsa', 'advisories', 'github-reviewed', '2021', '12', 'GHSA-jfh8-c2jp-5v3q', 'GHSA-jfh8-c2jp-5v3q.json')
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('advisories/GHSA-jfh8-c2jp-5v3q.json'), 'utf8'))
    expect(readdirSync(join(out, 'govulndb', 'data', 'osv')).sort()).toEqual(['GHSA-4374-p667-p6c8.json', 'GHSA-45x7-px36-x8w8.json'])
    const bare = loadAdvisories(dir({ 'g.json': JSON.stringify({ id: 'ACME-GO-1', affected: [{ package: { ecosystem: 'Go', name: 'golang.org/x/acme' } }] }) }))
    writeTrivyDbSources(bare, join(work, 'bare'))
    expect(JSON.parse(readFileSync(join(work, 'bare', 'govulndb', 'data', 'osv', 'ACME-GO-1.json'), 'utf8')).database_specific).toEqual({})
  })
})

describe('advisory text', () => {
  it('takes out e-mail addresses in any script, and leaves package@version alone', () => {
    const at = '@'
    const text = `Reported by jörg.müller${at}bücher.de and a.b${at}mail.example.com; affects lodash${at}4.17.15 and ${at}babel/core${at}7.1.0.`
    expect(cleanAdvisoryText(text)).toBe('Reported by [e-mail removed] and [e-mail removed]; affects lodash@4.17.15 and @babel/core@7.1.0.')
  })

  it('copes with huge unbroken text (work linear in its length) and cuts it', () => {
    const out = cleanAdvisoryText(`${'A'.repeat(5_000_000)} x`)
    expect(out.length).toBe(20_000)
  })

  it('names a record file that holds an array', () => {
    expect(() => loadAdvisories(dir({ 'list.json': JSON.stringify([JSON.parse(record('ACME-9'))]) }))).toThrow(/'list.json' .* is a JSON array; each file must hold one OSV record/)
  })
})

describe('lockfile discovery', () => {
  it('finds the lockfiles of every ecosystem and skips installed dependencies', () => {
    const root = dir({
      'package-lock.json': '{}',
      'web/yarn.lock': '',
      'web/node_modules/x/package-lock.json': '{}',
      'api/requirements-dev.txt': '',
      'api/poetry.lock': '',
      'svc/go.mod': 'module x',
      'java/pom.xml': '<project/>',
      'rs/Cargo.lock': '',
      'rb/Gemfile.lock': '',
      'php/composer.lock': '{}',
      'fixtures/old/package-lock.json': '{}',
      'README.md': ''
    })
    const found = findManifests(root, ['fixtures'])
    expect(found.map(m => m.path)).toEqual([
      'api/poetry.lock',
      'api/requirements-dev.txt',
      'java/pom.xml',
      'package-lock.json',
      'php/composer.lock',
      'rb/Gemfile.lock',
      'rs/Cargo.lock',
      'svc/go.mod',
      'web/yarn.lock'
    ])
    expect(found.find(m => m.path === 'svc/go.mod')?.ecosystem).toBe('Go')
    expect(manifestEcosystem('requirements.txt')).toBe('Python')
    expect(manifestEcosystem('package.json')).toBeUndefined()
  })
})

describe('SCA inputs', () => {
  it('accepts the two scanners and names them when the value is wrong', () => {
    expect(parseScaScanner('')).toBe('trivy')
    expect(parseScaScanner('OSV-Scanner')).toBe('osv-scanner')
    expect(() => parseScaScanner('snyk')).toThrow("Input 'scanner' is 'snyk'; allowed values: trivy, osv-scanner.")
  })

  it('leaves out folders by name at any depth, or by path from the scanned folder', () => {
    expect(isSkipped('fixtures/package-lock.json', ['fixtures'])).toBe(true)
    expect(isSkipped('web/fixtures/old/yarn.lock', ['fixtures'])).toBe(true)
    expect(isSkipped('fixtures.lock', ['fixtures'])).toBe(false)
    expect(isSkipped('test/sca/projects/npm/package-lock.json', ['test/sca/projects/'])).toBe(true)
    expect(isSkipped('other/test/sca/projects/package-lock.json', ['./test/sca/projects'])).toBe(false)
    expect(isSkipped('package-lock.json', [])).toBe(false)
  })

  it('splits lists and picks a cache folder', () => {
    expect(parseList('a, b\nc,,')).toEqual(['a', 'b', 'c'])
    expect(defaultScaCacheDir({ DEVSECOPS_DB_CACHE_DIR: '/x' })).toBe('/x')
    expect(defaultScaCacheDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' })).toBe('/opt/hostedtoolcache/devsecops-db')
  })
})
