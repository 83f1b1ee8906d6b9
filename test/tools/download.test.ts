import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { downloadFile, downloadVerified } from '../../shared/tools/download.js'
import { ChecksumError, DownloadError } from '../../shared/tools/errors.js'
import { TestServer, serve, sha256, startServer, tempDir } from './helpers.js'

describe('downloadFile / downloadVerified', () => {
  let server: TestServer
  let tmp: ReturnType<typeof tempDir>
  const body = Buffer.from('the release file\n'.repeat(1000))
  const delays: number[] = []
  const fast = { baseDelayMs: 10, sleep: async (ms: number) => void delays.push(ms) }

  beforeEach(async () => {
    server = await startServer()
    tmp = tempDir()
    delays.length = 0
  })
  afterEach(async () => {
    await server.close()
    tmp.cleanup()
  })

  it('downloads, hashes and verifies a file', async () => {
    server.route('/f', body)
    const dest = join(tmp.path, 'f')
    const result = await downloadVerified(`${server.url}/f`, dest, sha256(body).toUpperCase(), fast)
    expect(result).toMatchObject({ sha256: sha256(body), bytes: body.length, attempts: 1 })
    expect(readFileSync(dest).equals(body)).toBe(true)
  })

  it('retries 500 and 429 with exponential backoff, honouring Retry-After', async () => {
    server.route('/f', (req, res, n) => {
      if (n === 1) return res.writeHead(500).end('oops')
      if (n === 2) return res.writeHead(429, { 'retry-after': '0' }).end('slow down')
      if (n === 3) return res.writeHead(503).end('busy')
      serve(body)(req, res, n)
    })
    const result = await downloadFile(`${server.url}/f`, join(tmp.path, 'f'), fast)
    expect(result.attempts).toBe(4)
    expect(delays).toEqual([10, 20, 40])
    expect(server.requests).toHaveLength(4)
  })

  it('does not retry a 404, and says so', async () => {
    const err = await downloadFile(`${server.url}/missing`, join(tmp.path, 'f'), fast).catch(e => e)
    expect(err).toBeInstanceOf(DownloadError)
    expect(err.status).toBe(404)
    expect(err.message).toContain(`${server.url}/missing`)
    expect(err.message).toMatch(/HTTP 404.*not retried/)
    expect(server.requests).toHaveLength(1)
    expect(existsSync(join(tmp.path, 'f'))).toBe(false)
  })

  it('gives up after the configured attempts and lists each one', async () => {
    server.route('/f', (_req, res) => res.writeHead(502).end('bad gateway'))
    const err = await downloadFile(`${server.url}/f`, join(tmp.path, 'f'), { ...fast, attempts: 3 }).catch(e => e)
    expect(err).toBeInstanceOf(DownloadError)
    expect(err.attempts).toEqual(['attempt 1: HTTP 502 Bad Gateway', 'attempt 2: HTTP 502 Bad Gateway', 'attempt 3: HTTP 502 Bad Gateway'])
    expect(err.message).toMatch(/gave up after 3 attempts/)
  })

  it('retries a body that is cut off before Content-Length', async () => {
    server.route('/f', (req, res, n) => {
      if (n > 1) return serve(body)(req, res, n)
      res.writeHead(200, { 'content-length': body.length })
      res.write(body.subarray(0, 100), () => res.destroy())
    })
    const result = await downloadFile(`${server.url}/f`, join(tmp.path, 'f'), fast)
    expect(result.attempts).toBe(2)
    expect(readFileSync(join(tmp.path, 'f')).equals(body)).toBe(true)
  })

  it('retries network errors (connection refused) and names them', async () => {
    const closed = server.url
    await server.close()
    const err = await downloadFile(`${closed}/f`, join(tmp.path, 'f'), { ...fast, attempts: 2 }).catch(e => e)
    server = await startServer() // for afterEach
    expect(err).toBeInstanceOf(DownloadError)
    expect(err.attempts).toEqual(['attempt 1: network error: ECONNREFUSED', 'attempt 2: network error: ECONNREFUSED'])
  })

  it('fails hard on a checksum mismatch, naming both digests and the URL, and deletes the file', async () => {
    server.route('/f', body)
    const expected = 'a'.repeat(64)
    const dest = join(tmp.path, 'f')
    const err = await downloadVerified(`${server.url}/f`, dest, expected, fast).catch(e => e)
    expect(err).toBeInstanceOf(ChecksumError)
    expect(err.message).toContain(expected)
    expect(err.message).toContain(sha256(body))
    expect(err.message).toContain(`${server.url}/f`)
    expect(server.requests).toHaveLength(1)
    expect(existsSync(dest)).toBe(false)
  })
})
