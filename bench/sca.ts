/**
 * The SCA stage's wall time against each scanner's own wall time on the same tree and data: the ratio is what the
 * stage adds (lockfile discovery, line lookup, SARIF, fingerprints, summary). The tree is many copies of the test
 * projects; the data is Trivy's database built from the shared advisory records (its build time is printed too) and
 * OSV-Scanner's local database laid out from the same records.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runScaStage, type ScaScanner } from '../actions/sca/stage.js'
import { silentLogger } from '../shared/log.js'
import { loadAdvisories, writeOsvScannerDb } from '../shared/sca/advisories.js'
import { buildTrivyDb } from '../shared/scanners/trivy.js'
import { installTool } from '../shared/tools/installer.js'
import { TOOLS } from '../shared/tools/specs.js'
import type { Benchmark } from './benchmark.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const projects = join(root, 'test', 'sca', 'projects')
const fixtures = process.env.DEVSECOPS_FIXTURES || resolve(root, '..', 'shared', 'fixtures')

export const scaBenchmark: Benchmark = {
  name: 'sca',
  summary: 'SCA stage wall time vs Trivy and OSV-Scanner alone, offline data from the shared advisory records, same tree',
  async run(print) {
    const tools = {
      trivy: await installTool(TOOLS.trivy, { logger: silentLogger }),
      'osv-scanner': await installTool(TOOLS['osv-scanner'], { logger: silentLogger }),
      'trivy-db': await installTool(TOOLS['trivy-db'], { logger: silentLogger })
    }
    const dir = mkdtempSync(join(tmpdir(), 'devsecops-bench-sca-'))
    try {
      const tree = join(dir, 'tree')
      const copies = Number(process.env.BENCH_SCA_COPIES ?? 20)
      const names = readdirSync(projects).filter(p => p.endsWith('-vulnerable'))
      for (let i = 0; i < copies; i++) for (const p of names) cpSync(join(projects, p), join(tree, `${p}-${i}`), { recursive: true })
      const advisories = loadAdvisories(join(fixtures, 'advisories'))
      const cache = join(dir, 'cache')
      const trivyCache = join(cache, 'trivy-local', advisories.digest)
      let started = performance.now()
      await buildTrivyDb({ builder: tools['trivy-db'].path, advisories, cacheDir: trivyCache, logger: silentLogger })
      print(`trivy-db build from ${advisories.records.length} records: ${((performance.now() - started) / 1000).toFixed(2)} s`)
      const osvDb = join(dir, 'osv-db')
      writeOsvScannerDb(advisories, osvDb)
      const alone: Record<ScaScanner, string[]> = {
        trivy: ['fs', '--scanners', 'vuln', '--format', 'json', '--list-all-pkgs', '--output', join(dir, 'trivy.json'), '--cache-dir', trivyCache, '--skip-db-update', '--skip-version-check', '--disable-telemetry', '--skip-java-db-update', '--offline-scan', '--no-progress', '.'],
        'osv-scanner': ['scan', 'source', '--format', 'json', '--output-file', join(dir, 'osv.json'), '--all-packages', '--all-vulns', '--no-call-analysis=all', '--offline', '--local-db-path', osvDb, '--recursive', '.']
      }
      print(`tree: ${copies * names.length} projects (${names.length} kinds x ${copies})`)
      for (const scanner of ['trivy', 'osv-scanner'] as const) {
        started = performance.now()
        try {
          execFileSync(tools[scanner].path, alone[scanner], { cwd: tree, stdio: 'ignore' })
        } catch {
          // OSV-Scanner exits 1 when it finds vulnerabilities
        }
        const scannerSeconds = (performance.now() - started) / 1000
        started = performance.now()
        const result = await runScaStage({
          root: tree,
          scanner,
          vulnerabilityDb: join(fixtures, 'advisories'),
          cacheDir: cache,
          failOn: 'never',
          ignoreUnfixed: false,
          newFindingsOnly: false,
          skipDirs: [],
          sarifPath: join(dir, `${scanner}.sarif`),
          tools: {
            trivy: async () => tools.trivy,
            'osv-scanner': async () => tools['osv-scanner'],
            'trivy-db': async () => tools['trivy-db']
          },
          logger: silentLogger
        })
        const stageSeconds = (performance.now() - started) / 1000
        print(`${scanner} ${tools[scanner].version}: ${result.findings.length} findings`)
        print(`  scanner alone: ${scannerSeconds.toFixed(2)} s`)
        print(`  sca stage:     ${stageSeconds.toFixed(2)} s`)
        print(`  ratio stage/scanner: ${(stageSeconds / scannerSeconds).toFixed(2)}`)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
