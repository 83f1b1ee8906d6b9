/**
 * Test helpers for the installer: a loopback HTTP server that counts requests, tar/zip writers that can build both
 * honest and malicious archives byte by byte, and the real gitleaks binary to package.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http'
import { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { crc32, gzipSync } from 'node:zlib'

/** A handler answers one request; `n` counts requests to that path, from 1. */
export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void

/** A running loopback server. */
export interface TestServer {
  url: string
  /** Every requested path, in order. */
  requests: string[]
  route(path: string, handler: Handler | Buffer): void
  close(): Promise<void>
}

/** Starts an HTTP server on 127.0.0.1 with a random port; unknown paths get 404. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>()
  const counts = new Map<string, number>()
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    requests.push(path)
    const n = (counts.get(path) ?? 0) + 1
    counts.set(path, n)
    const handler = routes.get(path)
    if (handler) return handler(req, res, n)
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(path, handler) {
      routes.set(path, Buffer.isBuffer(handler) ? serve(handler) : handler)
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A handler that serves `body` with a correct Content-Length. */
export function serve(body: Buffer): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body)
  }
}

/** One member of a test tar archive. */
export interface TarMember {
  name: string
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'pax' | 'gnu-longname'
  data?: Buffer | string
  linkname?: string
  mode?: number
}

/** Writes a ustar archive exactly as described (no sanitising: that is the point), gzip-compressed. */
export function tarGz(members: TarMember[], level = 1): Buffer {
  const blocks: Buffer[] = []
  for (const m of members) {
    const data = typeof m.data === 'string' ? Buffer.from(m.data) : (m.data ?? Buffer.alloc(0))
    const flag = { file: '0', dir: '5', symlink: '2', hardlink: '1', char: '3', pax: 'x', 'gnu-longname': 'L' }[m.type ?? 'file']
    const header = Buffer.alloc(512)
    header.write(m.name.slice(0, 99), 0, 'utf8')
    header.write(octal(m.mode ?? (m.type === 'dir' ? 0o755 : 0o644), 8), 100)
    header.write(octal(0, 8), 108)
    header.write(octal(0, 8), 116)
    header.write(octal(data.length, 12), 124)
    header.write(octal(Math.floor(Date.now() / 1000), 12), 136)
    header.write(flag, 156)
    header.write(m.linkname ?? '', 157, 'utf8')
    header.write('ustar\u000000', 257, 'binary')
    header.fill(' ', 148, 156)
    let sum = 0
    for (const b of header) sum += b
    header.write(octal(sum, 7), 148)
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks), { level })
}

/** A PAX extended header member that renames the next member to `path`. */
export function paxPath(path: string): TarMember {
  const body = ` path=${path}\n`
  let length = body.length + 1
  while (`${length}${body}`.length !== length) length++
  return { name: 'PaxHeader', type: 'pax', data: `${length}${body}` }
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

/** One member of a test zip archive; `mode` is the unix mode (0o120777 makes a symlink whose data is its target). */
export interface ZipMember {
  name: string
  data?: Buffer | string
  mode?: number
}

/** Writes a stored (uncompressed) zip with unix modes, exactly as described. */
export function zip(members: ZipMember[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const m of members) {
    const data = typeof m.data === 'string' ? Buffer.from(m.data) : (m.data ?? Buffer.alloc(0))
    const name = Buffer.from(m.name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by unix, so the mode is read
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((m.mode ?? (m.name.endsWith('/') ? 0o40755 : 0o100644)) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += 30 + name.length + data.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(members.length, 8)
  end.writeUInt16LE(members.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

/** sha256 of a buffer, lower-case hex. */
export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** A fresh temporary directory and a function that removes it. */
export function tempDir(prefix = 'devsecops-tools-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) }
}

/** The binary the tests package: the real gitleaks when there is one, else /bin/ls. */
export interface RealBinary {
  path: string
  data: Buffer
  /** True when it is gitleaks 8.30.1, so `version` can be checked. */
  isGitleaks: boolean
}

/** Finds the real gitleaks (DEVSECOPS_GITLEAKS_PATH, PATH, the machine's known copy), falling back to /bin/ls. */
export function realBinary(): RealBinary {
  const candidates = [
    process.env['DEVSECOPS_GITLEAKS_PATH'],
    ...(process.env['PATH'] ?? '').split(delimiter).map(dir => join(dir, 'gitleaks')),
    '/root/.cache/devsecops-tools/gitleaks/8.30.1/gitleaks'
  ]
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate) && statSync(candidate).isFile()) {
      return { path: candidate, data: readFileSync(candidate), isGitleaks: true }
    }
  }
  return { path: '/bin/ls', data: readFileSync('/bin/ls'), isGitleaks: false }
}

/** An environment for the installer without the caller's DEVSECOPS_*_PATH or runner tool cache leaking in. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^DEVSECOPS_/.test(key) || key === 'RUNNER_TOOL_CACHE') continue
    env[key] = value
  }
  return { ...env, ...extra }
}
