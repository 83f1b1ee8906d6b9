/**
 * Every action.yml is valid for the runner and honest about its inputs: node24, a bundle that exists, branding,
 * every input and output described, and the inputs the code reads are exactly the inputs the file declares.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../helpers/paths.js'

interface ActionYml {
  name?: string
  description?: string
  branding?: { icon?: string; color?: string }
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string }
}

const actionFiles = [
  join(repoRoot, 'action.yml'),
  ...readdirSync(repoRoot)
    .filter(d => !d.startsWith('.') && d !== 'node_modules' && statSync(join(repoRoot, d)).isDirectory())
    .map(d => join(repoRoot, d, 'action.yml'))
    .filter(f => existsSync(f))
]

/** Source files of the entry a bundle is built from (dist/<entry>/index.js <- actions/<entry>/). */
function sourcesOf(main: string, actionFile: string): string[] {
  const bundle = resolve(dirname(actionFile), main)
  const entry = relative(join(repoRoot, 'dist'), dirname(bundle))
  const dir = join(repoRoot, 'actions', entry)
  return readdirSync(dir).filter(f => f.endsWith('.ts')).map(f => join(dir, f))
}

function inputsRead(files: string[]): Set<string> {
  const names = new Set<string>()
  const re = /(?:getInput|getBooleanInput|getMultilineInput|booleanInput|listInput)\(\s*'([^']+)'/g
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(re)) names.add(m[1])
  return names
}

describe.each(actionFiles.map(f => [relative(repoRoot, f), f]))('%s', (_name, file) => {
  const meta = parse(readFileSync(file, 'utf8')) as ActionYml

  it('runs on node24 from a bundle that exists', () => {
    expect(meta.runs?.using).toBe('node24')
    expect(meta.runs?.main).toMatch(/dist\/[a-z-]+\/index\.js$/)
    expect(existsSync(resolve(dirname(file), meta.runs!.main!))).toBe(true)
  })

  it('has a name, a description and branding', () => {
    expect(meta.name).toBeTruthy()
    expect(meta.description).toBeTruthy()
    expect(meta.branding?.icon).toBeTruthy()
    expect(meta.branding?.color).toBeTruthy()
  })

  it('describes every input and output', () => {
    for (const [k, v] of Object.entries(meta.inputs ?? {})) expect([k, Boolean(v.description?.trim())]).toEqual([k, true])
    for (const [k, v] of Object.entries(meta.outputs ?? {})) expect([k, Boolean(v.description?.trim())]).toEqual([k, true])
    for (const k of Object.keys(meta.inputs ?? {})) expect(k).toMatch(/^[a-z][a-z0-9-]*$/)
  })

  it('declares exactly the inputs its code reads', () => {
    const read = inputsRead(sourcesOf(meta.runs!.main!, file))
    expect([...read].sort()).toEqual(Object.keys(meta.inputs ?? {}).sort())
  })
})
