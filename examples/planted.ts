/**
 * Builds git repositories with planted secrets for the example and the integration tests. Every secret is
 * generated at run time from random characters, so nothing credential-like is ever committed to this repository,
 * and each has the shape gitleaks' default rules look for.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes, randomInt } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

const HEX = 'abcdef0123456789'

/** The characters of `s` in a random order. */
function shuffle(s: string): string {
  const a = [...s]
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a.join('')
}

function pick(alphabet: string, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)]
  return s
}

/** Secret generators, by the gitleaks rule that should find them. */
export const makeSecret = {
  /** aws-access-token (critical) */
  awsAccessKey: (): string => ['AK', 'IA'].join('') + pick(UPPER32, 16),
  /** github-pat (high) */
  githubPat: (): string => ['gh', 'p_'].join('') + pick(ALNUM, 36),
  /** slack-bot-token (high) */
  slackBotToken: (): string => `${['xo', 'xb'].join('')}-${randomInt(1e9, 9e9)}${randomInt(10, 99)}-${randomInt(1e9, 9e9)}${randomInt(100, 999)}-${pick(ALNUM, 24)}`,
  /** private-key (critical) */
  privateKey: (): string => {
    const body = randomBytes(600).toString('base64').replace(/(.{64})/g, '$1\n').trim()
    const kind = ['RSA', 'PRIVATE', 'KEY'].join(' ')
    return `${'-----BEGIN '}${kind}-----\n${body}\n${'-----END '}${kind}-----\n`
  },
  /**
   * generic-api-key (medium). The rule also asks for high entropy, which 40 random hex digits miss now and then:
   * every digit appears two or three times here, so the entropy is always close to the maximum (about 3.97 bits).
   */
  genericApiKey: (): string => [shuffle(HEX), shuffle(HEX), shuffle(HEX).slice(0, 8)].join('')
}

export interface Commit {
  message: string
  files?: Record<string, string>
  remove?: string[]
}

/** A fixed identity for planted commits; tests check this e-mail never appears in any output. */
export const PLANTER = { name: 'Planted Author', email: 'planted.author@devsecops.invalid' }

export function gitIn(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: PLANTER.name,
      GIT_AUTHOR_EMAIL: PLANTER.email,
      GIT_COMMITTER_NAME: PLANTER.name,
      GIT_COMMITTER_EMAIL: PLANTER.email,
      GIT_CONFIG_NOSYSTEM: '1'
    }
  }).trim()
}

/** Creates an empty repository with `main` as its branch. */
export function initRepo(dir: string): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  gitIn(dir, ['init', '-q', '-b', 'main'])
  gitIn(dir, ['config', 'commit.gpgsign', 'false'])
  return dir
}

/** Writes files and commits; returns the new commit's SHA. */
export function commit(dir: string, c: Commit): string {
  for (const [path, content] of Object.entries(c.files ?? {})) writeFile(dir, path, content)
  for (const path of c.remove ?? []) gitIn(dir, ['rm', '-q', path])
  gitIn(dir, ['add', '-A'])
  gitIn(dir, ['commit', '-q', '--allow-empty', '-m', c.message])
  return gitIn(dir, ['rev-parse', 'HEAD'])
}

export function writeFile(dir: string, path: string, content: string): void {
  const full = join(dir, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, content)
}

/** A small web app's files; the planted variants replace a few lines with secrets. */
export function appFiles(secrets?: { github?: string; generic?: string }): Record<string, string> {
  return {
    'README.md': '# shop\n\nA tiny shop used to show what the secrets stage finds.\n',
    'package.json': '{ "name": "shop", "version": "1.0.0", "type": "module" }\n',
    'src/server.js': [
      "import http from 'node:http'",
      "import { config } from './config.js'",
      '',
      'http.createServer((req, res) => res.end("ok")).listen(config.port)',
      ''
    ].join('\n'),
    'src/config.js': [
      'export const config = {',
      '  port: Number(process.env.PORT ?? 8080),',
      `  githubToken: ${secrets?.github ? `'${secrets.github}'` : 'process.env.GITHUB_TOKEN'},`,
      `  apiKey: ${secrets?.generic ? `'${secrets.generic}'` : 'process.env.API_KEY'},`,
      '}',
      ''
    ].join('\n')
  }
}
