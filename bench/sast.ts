/**
 * The SAST stage's wall time against Semgrep's own wall time on the same target and rules: the ratio is what the
 * stage adds (reading the report, SARIF, fingerprints, summary). Both runs use the bundled ruleset on a generated
 * project of many copies of the test apps.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runSastStage } from '../actions/sast/stage.js'
import { silentLogger } from '../shared/log.js'
import { bundledRulesDir, expandConfigs } from '../shared/scanners/semgrep.js'
import { installTool } from '../shared/tools/installer.js'
import { TOOLS } from '../shared/tools/specs.js'
import type { Benchmark } from './benchmark.js'

const apps = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'sast', 'apps')

export const sastBenchmark: Benchmark = {
  name: 'sast',
  summary: 'SAST stage wall time vs Semgrep alone, bundled ruleset, same target',
  async run(print) {
    const semgrep = await installTool(TOOLS.semgrep, { logger: silentLogger })
    const dir = mkdtempSync(join(tmpdir(), 'devsecops-bench-sast-'))
    try {
      const copies = Number(process.env.BENCH_SAST_COPIES ?? 40)
      for (let i = 0; i < copies; i++) for (const app of ['js-vulnerable', 'py-vulnerable']) cpSync(join(apps, app), join(dir, `${app}-${i}`), { recursive: true })
      const configs = expandConfigs([bundledRulesDir()]).flatMap(c => ['--config', c])
      let started = performance.now()
      execFileSync(semgrep.path, ['scan', ...configs, '--json-output', join(dir, '..', `bench-${process.pid}.json`), '--metrics', 'off', '--disable-version-check', '--quiet', '.'], { cwd: dir, stdio: 'ignore' })
      const alone = (performance.now() - started) / 1000
      started = performance.now()
      const result = await runSastStage({
        root: dir,
        config: 'bundled',
        offlineFallback: true,
        pathsIgnore: [],
        newFindingsOnly: false,
        failOn: 'never',
        onScannerError: 'fail',
        sarifPath: join(dir, '..', `bench-${process.pid}.sarif`),
        scanner: async () => ({ path: semgrep.path, version: semgrep.version }),
        logger: silentLogger
      })
      const stage = (performance.now() - started) / 1000
      print(`target: ${copies * 2} apps, ${result.findings.length} findings; semgrep ${semgrep.version}`)
      print(`semgrep alone: ${alone.toFixed(2)} s`)
      print(`sast stage:    ${stage.toFixed(2)} s`)
      print(`ratio stage/semgrep: ${(stage / alone).toFixed(2)}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
