// Builds one ESM bundle per action (and the CLI) into dist/<entry>/index.js with ncc, from a clean dist/.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const entries = {
  secrets: 'actions/secrets/index.ts',
  sast: 'actions/sast/index.ts',
  sca: 'actions/sca/index.ts',
  pipeline: 'actions/pipeline/index.ts',
  cli: 'cli/index.ts'
}

const only = process.argv.slice(2)
if (only.length === 0) rmSync('dist', { recursive: true, force: true })
for (const [name, entry] of Object.entries(entries)) {
  if (only.length > 0 && !only.includes(name)) continue
  if (!existsSync(entry)) throw new Error(`build: entry ${entry} for dist/${name} does not exist`)
  const out = join('dist', name)
  rmSync(out, { recursive: true, force: true })
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    { stdio: 'inherit' }
  )
  // The bundle is ESM; say so beside it so it runs the same wherever the folder is copied.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  if (name === 'cli') {
    const file = join(out, 'index.js')
    const code = readFileSync(file, 'utf8')
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`)
    chmodSync(file, 0o755)
  }
}
