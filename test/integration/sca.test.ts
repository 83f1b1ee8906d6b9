/**
 * The SCA stage end to end with the real Trivy and the real OSV-Scanner (installed by the product's installer),
 * offline, against vulnerability data built here from real GitHub advisory records: vulnerable projects in several
 * ecosystems are flagged with the right advisory, severity, fix and lockfile line; their upgraded twins give nothing;
 * a LOW-only project passes the default gate and a CRITICAL one fails it; a pull request that adds one vulnerable
 * dependency on top of two old ones fails on exactly that one; a missing or corrupt database is the error outcome.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runScaStage, type ScaOptions, type ScaScanner } from '../../actions/sca/stage.js'
import { silentLogger } from '../../shared/log.js'
import type { Finding } from '../../shared/sarif/model.js'
import { scannerFor } from '../../shared/scanners/install.js'
import { commit, gitIn, initRepo } from '../../examples/planted.js'
import { runBundle } from '../helpers/action.js'
import { fixture, repoRoot } from '../helpers/paths.js'
import { expectGitHubReady } from '../helpers/sarif.js'

const work = mkdtempSync(join(tmpdir(), 'devsecops-sca-it-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
// One database cache for the whole file: Trivy's database is built once from the records and reused.
const cacheDir = join(work, 'db-cache')
const tools: ScaOptions['tools'] = {
  trivy: scannerFor('trivy', { logger: silentLogger }),
  'osv-scanner': scannerFor('osv-scanner', { logger: silentLogger }),
  'trivy-db': scannerFor('trivy-db', { logger: silentLogger })
}
const projects = join(repoRoot, 'test', 'sca', 'projects')
const advisories = fixture('advisories')
let n = 0

function sca(root: string, scanner: ScaScanner, extra: Partial<ScaOptions> = {}) {
  return runScaStage({
    root,
    scanner,
    vulnerabilityDb: advisories,
    cacheDir,
    failOn: 'high',
    ignoreUnfixed: false,
    newFindingsOnly: true,
    skipDirs: [],
    sarifPath: join(work, `sca-${++n}.sarif`),
    tools,
    logger: silentLogger,
    ...extra
  })
}

interface Expected {
  endLine?: number
  id: string
  package: string
  installed: string
  fixed: string
  file: string
  line: number
  severity: string
}

/**
 * What a finding says, in the shape of expected.json, so a mismatch shows the whole difference. A finding's region
 * may span the package's whole block (Trivy marks `[[package]]` to its last line in Cargo.lock, `<dependency>` to
 * `</dependency>` in pom.xml): it is on the expected line when that line lies inside the region.
 */
function shape(f: Finding, expected: Expected[]): Expected {
  const aliases = String(f.properties?.aliases ?? '').split(', ')
  const id = expected.map(e => e.id).find(i => i === f.ruleId || aliases.includes(i)) ?? f.ruleId
  const want = expected.find(e => e.id === id && e.package === f.properties?.package)
  const start = f.location.startLine ?? 0
  const end = f.location.endLine ?? start
  // The package's block in the file (expected.json may give its last line too): the finding must lie on it.
  const onBlock = want !== undefined && start <= (want.endLine ?? want.line) && end >= want.line
  return {
    id,
    package: String(f.properties?.package),
    installed: String(f.properties?.installedVersion),
    fixed: String(f.properties?.fixedVersion),
    file: f.location.path,
    line: onBlock && want ? want.line : start,
    severity: f.severity
  }
}

const order = (a: Expected, b: Expected): number => `${a.file}:${a.package}:${a.id}`.localeCompare(`${b.file}:${b.package}:${b.id}`)

const vulnerable = existsSync(projects) ? readdirSync(projects).filter(p => existsSync(join(projects, p, 'expected.json'))) : []

describe.each(['trivy', 'osv-scanner'] as const)('with %s', scanner => {
  it('has vulnerable test projects, each with an upgraded twin or a variant of one', () => {
    expect(vulnerable.filter(p => p.endsWith('-vulnerable')).length).toBeGreaterThanOrEqual(6)
    for (const eco of ['npm', 'python', 'go']) expect([eco, vulnerable.includes(`${eco}-fixed`)]).toEqual([eco, true])
  })

  describe.each(vulnerable)('%s', project => {
    const all = JSON.parse(readFileSync(join(projects, project, 'expected.json'), 'utf8')) as Array<Expected & { scanners?: string[]; aliases?: string[] }>
    const listed = all.filter(e => !e.scanners || e.scanners.includes(scanner))
    const expected: Expected[] = listed.map(e => ({ id: e.id, package: e.package, installed: e.installed, fixed: e.fixed, file: e.file, line: e.line, severity: e.severity }))
    const blocks = new Map(listed.map(e => [`${e.id}\u0000${e.package}`, e.endLine]))

    it('finds every planted vulnerability with its advisory, severity, fix and lockfile line, and nothing else', async () => {
      const result = await sca(join(projects, project), scanner)
      expect(result.error).toBeUndefined()
      // Paths are relative to the repository's top level (this checkout), as code scanning wants them.
      const inRepo = expected.map(e => ({ ...e, file: `test/sca/projects/${project}/${e.file}` }))
      const withBlocks = inRepo.map(e => ({ ...e, endLine: blocks.get(`${e.id}\u0000${e.package}`) }))
      expect(result.findings.map(f => shape(f, withBlocks)).sort(order)).toEqual(inRepo.sort(order))
      // Each finding carries the advisory's other ids (its CVE, its GHSA), whichever one names it.
      for (const e of listed) {
        const f = result.findings.find(x => x.properties?.package === e.package && [x.ruleId, ...String(x.properties?.aliases ?? '').split(', ')].includes(e.id))
        const ids = [f?.ruleId, ...String(f?.properties?.aliases ?? '').split(', ')]
        for (const a of e.aliases ?? []) expect([e.id, a, ids.includes(a)]).toEqual([e.id, a, true])
      }
      expect(result.outcome).toBe(expected.some(e => e.severity === 'critical' || e.severity === 'high') ? 'failed' : 'passed')
      await expectGitHubReady(readFileSync(result.sarifPath, 'utf8'))
    })

    if (expected.length === 0) {
      it('reads its lockfiles, so a clean result means clean dependencies', async () => {
        const result = await sca(join(projects, project), scanner)
        expect(result.scanned.length).toBeGreaterThan(0)
        expect(result.warnings).toEqual([])
      })
    }
  })
})

/** A package-lock.json (v3) holding exactly these packages, one per block, as npm writes it. */
function npmLock(deps: Record<string, string>): string {
  const packages: Record<string, unknown> = { '': { name: 'shop', version: '1.0.0', dependencies: deps } }
  for (const [name, version] of Object.entries(deps)) {
    packages[`node_modules/${name}`] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`, license: 'MIT' }
  }
  return `${JSON.stringify({ name: 'shop', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`
}

function npmProject(deps: Record<string, string>): string {
  const dir = join(work, `npm-${++n}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'shop', version: '1.0.0', dependencies: deps }, null, 2)}\n`)
  writeFileSync(join(dir, 'package-lock.json'), npmLock(deps))
  return dir
}

/** Private advisories about in-house packages, in OSV format, beside the real public records. */
function advisoriesWithPrivate(): string {
  const dir = join(work, `advisories-${++n}`)
  cpSync(advisories, dir, { recursive: true })
  const rec = (id: string, pkg: string, fixed: string, vector: string, label: string): string =>
    JSON.stringify({
      schema_version: '1.4.0',
      id,
      modified: '2026-11-02T10:00:00Z',
      published: '2026-11-02T10:00:00Z',
      aliases: [],
      summary: `${pkg} flaw found in-house`,
      details: `An internal review found a flaw in ${pkg}.`,
      severity: [{ type: 'CVSS_V3', score: vector }],
      affected: [{ package: { ecosystem: 'npm', name: pkg }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }] }],
      references: [{ type: 'WEB', url: 'https://security.example.com/advisories/' + id }],
      database_specific: { severity: label, cwe_ids: [], github_reviewed: true }
    })
  mkdirSync(join(dir, 'private'), { recursive: true })
  // An in-house record as a team writes it: its own id scheme, no GitHub-specific fields, a symbolic link.
  const low = JSON.parse(rec('ACME-2026-0001', 'acme-widgets', '1.0.1', 'CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 'LOW'))
  delete low.database_specific
  writeFileSync(join(work, `ACME-2026-0001-${n}.json`), JSON.stringify(low))
  symlinkSync(join(work, `ACME-2026-0001-${n}.json`), join(dir, 'private', 'ACME-2026-0001.json'))
  writeFileSync(join(dir, 'private', 'GHSA-acme-crit-0002.json'), rec('GHSA-5555-6666-7777', 'acme-auth', '2.0.0', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CRITICAL'))
  return dir
}

describe.each(['trivy', 'osv-scanner'] as const)('the gate with %s', scanner => {
  const db = advisoriesWithPrivate()

  it('passes a LOW-only project on the default gate, with the finding still in the SARIF', async () => {
    const result = await sca(npmProject({ 'acme-widgets': '1.0.0' }), scanner, { vulnerabilityDb: db })
    expect(result.error).toBeUndefined()
    expect(result.findings.map(f => [f.ruleId, f.severity, f.properties?.fixedVersion])).toEqual([['ACME-2026-0001', 'low', '1.0.1']])
    expect(result.outcome).toBe('passed')
    const sarif = JSON.parse(readFileSync(result.sarifPath, 'utf8'))
    expect(sarif.runs[0].results).toHaveLength(1)
    expect(sarif.runs[0].results[0].level).toBe('note')
  })

  it('fails a CRITICAL project, and reports it as critical', async () => {
    const result = await sca(npmProject({ 'acme-auth': '1.4.2', 'acme-widgets': '1.0.1' }), scanner, { vulnerabilityDb: db })
    expect(result.findings.map(f => [f.ruleId, f.severity])).toEqual([['GHSA-5555-6666-7777', 'critical']])
    expect(result.outcome).toBe('failed')
    expect(result.summary).toContain('acme-auth 1.4.2')
    const sarif = JSON.parse(readFileSync(result.sarifPath, 'utf8'))
    expect(Number(sarif.runs[0].tool.driver.rules[0].properties['security-severity'])).toBeGreaterThanOrEqual(9)
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(npmLock({ 'acme-auth': '1.4.2', 'acme-widgets': '1.0.1' }).split('\n').findIndex(l => l.includes('"node_modules/acme-auth"')) + 1)
  })

  it('on a pull request fails on exactly the vulnerability the PR adds, not the two its base had', async () => {
    const repo = initRepo(join(work, `pr-${++n}`))
    const old = { lodash: '4.17.15', minimist: '1.2.5' }
    writeFileSync(join(repo, 'package-lock.json'), npmLock(old))
    const base = commit(repo, { message: 'base with two old vulnerabilities' })
    gitIn(repo, ['checkout', '-q', '-b', 'feature'])
    writeFileSync(join(repo, 'package-lock.json'), npmLock({ axios: '0.21.1', ...old }))
    const head = commit(repo, { message: 'add axios' })
    const event = { name: 'pull_request', payload: { pull_request: { base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } } }
    const result = await sca(repo, scanner, { event })
    expect(result.baseline).toBe(base)
    expect(result.findings).toHaveLength(3)
    expect(result.preExisting.map(f => f.properties?.package).sort()).toEqual(['lodash', 'minimist'])
    expect(result.decision.blocking.map(f => f.properties?.package)).toEqual(['axios'])
    expect(result.outcome).toBe('failed')
    // Without new-findings-only, all three gate.
    const all = await sca(repo, scanner, { event, newFindingsOnly: false })
    expect(all.decision.blocking).toHaveLength(3)
  })

  it('lets unfixed vulnerabilities pass the gate with ignore-unfixed, still reporting them', async () => {
    const dir = join(work, `unfixed-${++n}`)
    cpSync(db, dir, { recursive: true })
    const file = join(dir, 'private', 'GHSA-acme-crit-0002.json')
    const rec = JSON.parse(readFileSync(file, 'utf8'))
    rec.affected[0].ranges[0].events = [{ introduced: '0' }]
    writeFileSync(file, JSON.stringify(rec))
    const project = npmProject({ 'acme-auth': '1.4.2' })
    const strict = await sca(project, scanner, { vulnerabilityDb: dir })
    expect(strict.findings.map(f => [f.ruleId, f.properties?.fixedVersion])).toEqual([['GHSA-5555-6666-7777', undefined]])
    expect(strict.outcome).toBe('failed')
    const lenient = await sca(project, scanner, { vulnerabilityDb: dir, ignoreUnfixed: true })
    expect(lenient.findings).toHaveLength(1)
    expect(lenient.outcome).toBe('passed')
    expect(lenient.summary).toContain('no fix yet')
    expect(lenient.decision.reason).toBe("1 finding at or above 'high' does not gate (no fix yet); 0 below the threshold.")
  })
})

describe.each(['trivy', 'osv-scanner'] as const)('skip-dirs with %s', scanner => {
  it('leaves out folders by name and by path, and says what it scanned', async () => {
    const root = join(work, `monorepo-${++n}`)
    for (const [dir, deps] of [['api', { axios: '0.21.1' }], ['web/fixtures/old', { lodash: '4.17.15' }], ['tools/legacy', { minimist: '1.2.5' }]] as const) {
      mkdirSync(join(root, dir), { recursive: true })
      writeFileSync(join(root, dir, 'package-lock.json'), npmLock(deps))
    }
    const result = await sca(root, scanner, { skipDirs: ['fixtures', 'tools/legacy'] })
    expect(result.error).toBeUndefined()
    expect(result.findings.map(f => [f.location.path, f.properties?.package])).toEqual([['api/package-lock.json', 'axios']])
    expect(result.manifests.map(m => m.path)).toEqual(['api/package-lock.json'])
    expect(result.scanned).toEqual(['api/package-lock.json'])
  })
})

describe.each(['trivy', 'osv-scanner'] as const)('records and trees as they come, with %s', scanner => {
  /** One npm record beside the real ones. */
  function withRecord(record: Record<string, unknown>): string {
    const dir = join(work, `adv-${++n}`)
    cpSync(advisories, dir, { recursive: true })
    writeFileSync(join(dir, `${String(record.id)}.json`), JSON.stringify({ schema_version: '1.4.0', modified: '2026-10-01T00:00:00Z', published: '2026-10-01T00:00:00Z', ...record }))
    return dir
  }
  const affects = (name: string, events: unknown[], extra: Record<string, unknown> = {}) => [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events }], ...extra }]

  it('ranks a record with CVSS v3 and v4 scores by the higher one, as both scanners do', async () => {
    const db = withRecord({
      id: 'ACME-2026-0101',
      summary: 'two scores',
      severity: [
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
        { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N' }
      ],
      affected: affects('acme-scores', [{ introduced: '0' }, { fixed: '2.0.0' }]),
      database_specific: { severity: 'CRITICAL' }
    })
    const result = await sca(npmProject({ 'acme-scores': '1.0.0' }), scanner, { vulnerabilityDb: db })
    expect(result.findings.map(f => [f.ruleId, f.severity])).toEqual([['ACME-2026-0101', 'critical']])
  })

  it("gives no fix where the record has none, whatever GitHub's last-known-affected note says", async () => {
    const db = withRecord({
      id: 'ACME-2026-0102',
      summary: 'no fix',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: affects('acme-nofix', [{ introduced: '0' }], { database_specific: { last_known_affected_version_range: '< 2.1.0' } }),
      database_specific: { severity: 'CRITICAL' }
    })
    const result = await sca(npmProject({ 'acme-nofix': '1.0.0' }), scanner, { vulnerabilityDb: db, ignoreUnfixed: true })
    expect(result.findings.map(f => [f.ruleId, f.properties?.fixedVersion ?? 'none'])).toEqual([['ACME-2026-0102', 'none']])
    expect(result.outcome).toBe('passed')
  })

  it('points a nested copy at its own block, not at another copy of the package', async () => {
    const dir = join(work, `nested-${++n}`)
    mkdirSync(dir)
    const lock = {
      name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { qs: '6.10.3', 'body-parser': '1.19.0' } },
        'node_modules/qs': { version: '6.10.3', resolved: 'https://registry.npmjs.org/qs/-/qs-6.10.3.tgz' },
        'node_modules/body-parser': { version: '1.19.0', resolved: 'https://registry.npmjs.org/body-parser/-/body-parser-1.19.0.tgz', dependencies: { qs: '6.7.0' } },
        'node_modules/body-parser/node_modules/qs': { version: '6.7.0', resolved: 'https://registry.npmjs.org/qs/-/qs-6.7.0.tgz' }
      }
    }
    const text = `${JSON.stringify(lock, null, 2)}\n`
    writeFileSync(join(dir, 'package-lock.json'), text)
    const result = await sca(dir, scanner)
    const at = text.split('\n').findIndex(l => l.includes('"node_modules/body-parser/node_modules/qs"')) + 1
    expect(result.findings.map(f => [f.properties?.package, f.properties?.installedVersion, f.location.startLine])).toEqual([['qs', '6.7.0', at]])
  })

  it('on a pull request that adds the scanned folder, counts everything in it as new', async () => {
    const repo = initRepo(join(work, `newdir-${++n}`))
    writeFileSync(join(repo, 'README.md'), 'shop\n')
    const base = commit(repo, { message: 'base' })
    mkdirSync(join(repo, 'app'))
    writeFileSync(join(repo, 'app', 'package-lock.json'), npmLock({ lodash: '4.17.15' }))
    commit(repo, { message: 'add app' })
    const result = await sca(join(repo, 'app'), scanner, { base })
    expect(result.error).toBeUndefined()
    expect(result.findings.map(f => [f.location.path, f.properties?.baseline])).toEqual([['app/package-lock.json', 'new']])
    expect(result.outcome).toBe('failed')
  })

  it('follows requirements includes, or says that the scanner does not', async () => {
    const dir = join(work, `includes-${++n}`)
    mkdirSync(dir)
    writeFileSync(join(dir, 'requirements.txt'), '-r base.txt\nrequests==2.31.0\n')
    writeFileSync(join(dir, 'base.txt'), '# shared pins\nPyYAML==5.3.1\n')
    const result = await sca(dir, scanner)
    expect(result.manifests.map(m => m.path)).toEqual(['base.txt', 'requirements.txt'])
    if (scanner === 'osv-scanner') {
      expect(result.findings.map(f => [f.location.path, f.location.startLine, f.properties?.package])).toEqual([['base.txt', 2, 'pyyaml']])
      expect(result.warnings).toEqual([])
    } else {
      // Trivy reads requirements.txt alone: the included file is named, not silently left out.
      expect(result.findings).toEqual([])
      expect(result.warnings.join(' ')).toMatch(/Trivy does not follow requirements includes \(-r, -c\): base\.txt was not checked/)
      expect(result.summary).toContain('base.txt was not checked')
    }
  })
})

describe('wrong inputs', () => {
  it('refuses a base revision outside a git repository, rather than gating on everything without a word', async () => {
    await expect(sca(npmProject({ lodash: '4.17.15' }), 'osv-scanner', { base: 'main' })).rejects.toThrow(/A base revision \('main'\) was given, but .* is not in a git repository/)
  })

  it('says whether the path to scan is missing or a file', async () => {
    await expect(sca(join(work, 'nowhere'), 'trivy')).rejects.toThrow(/'.*nowhere' does not exist/)
    const lock = join(npmProject({ lodash: '4.17.15' }), 'package-lock.json')
    await expect(sca(lock, 'trivy')).rejects.toThrow(/is a file; give the folder that holds the lockfiles/)
  })

  it('names a package.json whose dependencies no lockfile pins', async () => {
    const dir = join(work, `unlocked-${++n}`)
    mkdirSync(join(dir, 'svc'), { recursive: true })
    writeFileSync(join(dir, 'svc', 'package.json'), JSON.stringify({ name: 'svc', dependencies: { lodash: '^4.17.0' } }))
    const result = await sca(dir, 'trivy')
    expect(result.outcome).toBe('passed')
    expect(result.summary).toContain('`svc/package.json` has no lockfile beside it, so its dependencies were not checked')
  })
})

describe('a database that cannot be used', () => {
  const project = npmProject({ lodash: '4.17.15' })

  it.each(['trivy', 'osv-scanner'] as const)('%s: a missing or broken advisory folder is the error outcome, naming the problem', async scanner => {
    const missing = await sca(project, scanner, { vulnerabilityDb: join(work, 'no-such-db') })
    expect(missing.outcome).toBe('error')
    expect(missing.error).toMatch(/^The vulnerability-db '.*no-such-db' does not exist; it must be a folder of OSV-format advisory records/)
    const broken = join(work, `broken-${++n}`)
    mkdirSync(broken)
    writeFileSync(join(broken, 'GHSA-x.json'), '{"id": "GHSA-x", "affected": [')
    const corrupt = await sca(project, scanner, { vulnerabilityDb: broken })
    expect(corrupt.outcome).toBe('error')
    expect(corrupt.error).toMatch(/'GHSA-x.json' .*is not valid JSON/)
    expect(JSON.parse(readFileSync(corrupt.sarifPath, 'utf8')).runs[0].invocations[0].executionSuccessful).toBe(false)
  })

  it('trivy: a corrupt database file in the cache is the error outcome', async () => {
    const cache = join(work, `corrupt-cache-${++n}`)
    mkdirSync(join(cache, 'trivy', 'db'), { recursive: true })
    writeFileSync(join(cache, 'trivy', 'db', 'trivy.db'), Buffer.from('this is not a bolt database'.repeat(200)))
    const now = new Date().toISOString()
    writeFileSync(join(cache, 'trivy', 'db', 'metadata.json'), JSON.stringify({ Version: 2, NextUpdate: now, UpdatedAt: now, DownloadedAt: now }))
    const result = await sca(project, 'trivy', { vulnerabilityDb: undefined, cacheDir: cache })
    expect(result.outcome).toBe('error')
    expect(result.error).toMatch(/vulnerability database is missing or corrupt/)
  })

  it('trivy: a database that cannot be downloaded is the error outcome, in one sentence that says what to do', async () => {
    const result = await sca(project, 'trivy', {
      vulnerabilityDb: undefined,
      cacheDir: join(work, `empty-cache-${++n}`),
      dbRepositories: ['127.0.0.1:9/devsecops/trivy-db:2'],
      backoffMs: () => 10
    })
    expect(result.outcome).toBe('error')
    expect(result.error).toMatch(/could not be downloaded from 127\.0\.0\.1:9\/devsecops\/trivy-db:2: .*db-repository \(CLI: --db-repository\).*vulnerability-db/)
  })
})

describe('the sca action bundle', () => {
  let server: Server
  let api = ''
  const uploads: string[] = []
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let data = ''
      req.on('data', c => (data += c))
      req.on('end', () => {
        const body = JSON.parse(data || '{}') as { sarif?: string }
        if (body.sarif) uploads.push(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'))
        res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'u1', url: 'x' }))
      })
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise(r => server.close(r)))

  /** A repository holding a copy of a test project and the advisory records, scanned by the bundle on a push. */
  function action(files: (repo: string) => void, inputs: Record<string, string> = {}) {
    const repo = initRepo(join(work, `action-${++n}`))
    files(repo)
    rmSync(join(repo, 'expected.json'), { force: true })
    cpSync(advisoriesWithPrivate(), join(repo, 'advisories'), { recursive: true })
    commit(repo, { message: 'app' })
    return runBundle('sca', repo, { 'vulnerability-db': 'advisories', 'cache-dir': cacheDir, ...inputs }, { name: 'push', payload: {} }, { api, work })
  }

  it('fails on the Python project with outputs, summary, annotations and an upload, and publishes no e-mail address', async () => {
    uploads.length = 0
    const run = await action(repo => cpSync(join(projects, 'python-vulnerable'), repo, { recursive: true }))
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ outcome: 'failed', findings: '4', critical: '1', high: '1', medium: '2', low: '0' })
    expect(run.summary).toContain('## 📦 Dependencies (SCA): ❌ failed')
    expect(run.summary).toContain('`requirements.txt` (Python)')
    expect(run.summary).toContain('pyyaml 5.3.1')
    expect(run.stdout).toMatch(/::error title=critical%3A [^,]*,file=requirements.txt,line=3/)
    expect(uploads).toHaveLength(1)
    expect(JSON.parse(uploads[0]).runs[0].automationDetails.id).toBe('devsecops/sca/')
    await expectGitHubReady(uploads[0])
    // The requests advisory's details name its reporter's e-mail address: it must not travel on.
    const emails = readFileSync(join(advisories, 'GHSA-j8r2-6x86-q33q.json'), 'utf8').match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []
    expect(emails.length).toBeGreaterThan(0)
    for (const text of [run.stdout, run.summary, run.sarif, uploads[0], JSON.stringify(run.outputs)]) {
      for (const e of emails.filter(x => !x.startsWith('package-announce@'))) expect(text).not.toContain(e)
    }
  })

  it('in SARIF mode still gates on severity: a LOW-only project passes with its finding uploaded, a CRITICAL one fails', async () => {
    uploads.length = 0
    const low = await action(repo => writeFileSync(join(repo, 'package-lock.json'), npmLock({ 'acme-widgets': '1.0.0' })))
    expect(low.code).toBe(0)
    expect(low.outputs).toMatchObject({ outcome: 'passed', findings: '1', low: '1' })
    expect(JSON.parse(uploads[0]).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['ACME-2026-0001'])
    const critical = await action(repo => writeFileSync(join(repo, 'package-lock.json'), npmLock({ 'acme-auth': '1.4.2' })))
    expect(critical.code).toBe(1)
    expect(critical.outputs).toMatchObject({ outcome: 'failed', findings: '1', critical: '1' })
    expect(uploads).toHaveLength(2)
  })

  it('names a wrong input and its allowed values', async () => {
    const run = await action(() => undefined, { scanner: 'snyk' })
    expect(run.code).toBe(1)
    expect(run.outputs.outcome).toBe('error')
    expect(run.stdout).toContain("Input 'scanner' is 'snyk'; allowed values: trivy, osv-scanner.")
  })
})
