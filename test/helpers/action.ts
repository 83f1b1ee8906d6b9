/**
 * Runs a committed action bundle (dist/<entry>/index.js) the way the runner does: inputs as INPUT_* variables, an
 * event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a local stand-in.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './paths.js'

export interface BundleRun {
  code: number
  stdout: string
  outputs: Record<string, string>
  summary: string
  sarif: string
}

export function runBundle(
  entry: string,
  repo: string,
  inputs: Record<string, string>,
  event: { name: string; payload: unknown },
  where: { api: string; work: string }
): Promise<BundleRun> {
  const dir = mkdtempSync(join(where.work, 'run-'))
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(event.payload))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DEVSECOPS_CACHE_DIR: process.env.DEVSECOPS_CACHE_DIR,
    DEVSECOPS_GITLEAKS_PATH: process.env.DEVSECOPS_GITLEAKS_PATH,
    DEVSECOPS_SEMGREP_PATH: process.env.DEVSECOPS_SEMGREP_PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: where.api,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: dir,
    'INPUT_UPLOAD-SARIF': 'true',
    INPUT_TOKEN: 'test-token'
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  return new Promise(resolve => {
    execFile(process.execPath, [join(repoRoot, 'dist', entry, 'index.js')], { env, cwd: repo, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0
      const outputs = parseOutputs(readFileSync(files.output, 'utf8'))
      let sarif = ''
      try {
        sarif = outputs['sarif-file'] ? readFileSync(outputs['sarif-file'], 'utf8') : ''
      } catch {
        sarif = ''
      }
      resolve({ code, stdout: stdout + stderr, outputs, summary: readFileSync(files.summary, 'utf8'), sarif })
    })
  })
}

/** GITHUB_OUTPUT uses `name<<DELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}
