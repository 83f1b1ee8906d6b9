import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listTarGz, listZip } from '../../shared/tools/archive.js'
import { UnsafeArchiveError } from '../../shared/tools/errors.js'
import { extractArchive, unsafeLinkTarget, unsafeName, verifyTree } from '../../shared/tools/extract.js'
import { TarMember, ZipMember, paxPath, tarGz, tempDir, zip } from './helpers.js'

const describeUnix = process.platform === 'win32' ? describe.skip : describe

describeUnix('safe extraction', () => {
  let tmp: ReturnType<typeof tempDir>
  beforeEach(() => {
    tmp = tempDir()
  })
  afterEach(() => tmp.cleanup())

  const writeTar = (members: TarMember[]): string => {
    const file = join(tmp.path, 'a.tar.gz')
    writeFileSync(file, tarGz(members))
    return file
  }
  const writeZip = (members: ZipMember[]): string => {
    const file = join(tmp.path, 'a.zip')
    writeFileSync(file, zip(members))
    return file
  }

  it('extracts an honest tar.gz with folders, an executable and an in-tree symlink', async () => {
    const archive = writeTar([
      { name: 'pkg/', type: 'dir' },
      { name: 'pkg/tool', data: '#!/bin/sh\necho hi\n', mode: 0o755 },
      { name: 'pkg/README.md', data: 'read me' },
      { name: 'pkg/current', type: 'symlink', linkname: 'tool' }
    ])
    const dest = join(tmp.path, 'out')
    await extractArchive(archive, 'tar.gz', dest)
    expect(readFileSync(join(dest, 'pkg/README.md'), 'utf8')).toBe('read me')
    expect(lstatSync(join(dest, 'pkg/tool')).mode & 0o111).not.toBe(0)
    expect(readlinkSync(join(dest, 'pkg/current'))).toBe('tool')
  })

  it('extracts an honest zip', async () => {
    const archive = writeZip([{ name: 'bin/' }, { name: 'bin/tool', data: 'x', mode: 0o100755 }])
    const dest = join(tmp.path, 'out')
    await extractArchive(archive, 'zip', dest)
    expect(readFileSync(join(dest, 'bin/tool'), 'utf8')).toBe('x')
  })

  // Each malicious archive also carries a harmless first entry, to show nothing at all is extracted.
  const maliciousTars: Array<[string, TarMember[], RegExp]> = [
    ['a ../ path', [{ name: '../evil.txt', data: 'pwned' }], /'\.\.' component/],
    ['a nested ../ path', [{ name: 'ok/../../evil.txt', data: 'pwned' }], /'\.\.' component/],
    ['an absolute path', [{ name: '/tmp/devsecops-evil.txt', data: 'pwned' }], /absolute path/],
    ['a symlink to an absolute path', [{ name: 'link', type: 'symlink', linkname: '/etc' }], /absolute link target/],
    ['a symlink climbing out', [{ name: 'link', type: 'symlink', linkname: '../../..' }], /climbs/],
    [
      'a symlink followed by a write through it',
      [
        { name: 'escape', type: 'symlink', linkname: '../outside' },
        { name: 'escape/evil.txt', data: 'pwned' }
      ],
      /climbs/
    ],
    ['a hardlink to a path outside', [{ name: 'hard', type: 'hardlink', linkname: '../outside/secret' }], /'\.\.' component/],
    ['a hardlink to an absolute path', [{ name: 'hard', type: 'hardlink', linkname: '/etc/passwd' }], /absolute path/],
    ['a character device', [{ name: 'dev', type: 'char' }], /device/],
    ['a PAX header renaming a member to ../', [paxPath('../evil.txt'), { name: 'innocent.txt', data: 'pwned' }], /'\.\.' component/],
    [
      'a GNU long name of ../',
      [{ name: '././@LongLink', type: 'gnu-longname', data: '../evil.txt\0' }, { name: 'innocent.txt', data: 'pwned' }],
      /'\.\.' component/
    ]
  ]

  it.each(maliciousTars)('refuses a tar.gz with %s and writes nothing', async (_label, members, reason) => {
    const archive = writeTar([{ name: 'harmless.txt', data: 'fine' }, ...members])
    const dest = join(tmp.path, 'work', 'out')
    await expect(extractArchive(archive, 'tar.gz', dest)).rejects.toThrow(reason)
    await expect(extractArchive(archive, 'tar.gz', dest)).rejects.toBeInstanceOf(UnsafeArchiveError)
    expect(existsSync(dest)).toBe(false)
    expect(existsSync(join(tmp.path, 'work', 'evil.txt'))).toBe(false)
    expect(existsSync(join(tmp.path, 'evil.txt'))).toBe(false)
    expect(existsSync('/tmp/devsecops-evil.txt')).toBe(false)
  })

  const maliciousZips: Array<[string, ZipMember[], RegExp]> = [
    ['a ../ path', [{ name: '../evil.txt', data: 'pwned' }], /'\.\.' component/],
    ['an absolute path', [{ name: '/tmp/devsecops-evil.txt', data: 'pwned' }], /absolute path/],
    ['a backslash ..\\ path', [{ name: '..\\evil.txt', data: 'pwned' }], /'\.\.' component/],
    ['a symlink to /etc/passwd', [{ name: 'link', data: '/etc/passwd', mode: 0o120777 }], /absolute link target/],
    ['a symlink climbing out', [{ name: 'link', data: '../../outside', mode: 0o120777 }], /climbs/]
  ]

  it.each(maliciousZips)('refuses a zip with %s and writes nothing', async (_label, members, reason) => {
    const archive = writeZip([{ name: 'harmless.txt', data: 'fine' }, ...members])
    const dest = join(tmp.path, 'work', 'out')
    await expect(extractArchive(archive, 'zip', dest)).rejects.toThrow(reason)
    expect(existsSync(dest)).toBe(false)
    expect(existsSync(join(tmp.path, 'work', 'evil.txt'))).toBe(false)
    expect(existsSync('/tmp/devsecops-evil.txt')).toBe(false)
  })

  it('lists tar members with their real names and link targets, PAX and GNU long names included', async () => {
    const long = `${'d'.repeat(120)}/file.txt`
    const archive = writeTar([
      { name: 'a/', type: 'dir' },
      { name: 'a/l', type: 'symlink', linkname: 'b' },
      paxPath('renamed.txt'),
      { name: 'original.txt', data: 'x' },
      { name: '././@LongLink', type: 'gnu-longname', data: `${long}\0` },
      { name: 'short', data: 'y' }
    ])
    expect(await listTarGz(archive)).toEqual([
      { name: 'a/', type: 'dir' },
      { name: 'a/l', type: 'symlink', linkname: 'b' },
      { name: 'renamed.txt', type: 'file' },
      { name: long, type: 'file' }
    ])
  })

  it('lists zip members, reading symlink targets from the data', async () => {
    const archive = writeZip([{ name: 'd/' }, { name: 'd/f', data: 'x' }, { name: 'l', data: 'd/f', mode: 0o120777 }])
    expect(await listZip(archive)).toEqual([
      { name: 'd/', type: 'dir' },
      { name: 'd/f', type: 'file' },
      { name: 'l', type: 'symlink', linkname: 'd/f' }
    ])
  })

  it('refuses truncated and non-archive files and leaves no directory behind', async () => {
    const whole = tarGz([{ name: 'tool', data: Buffer.alloc(200_000, 7) }], 0)
    const truncated = join(tmp.path, 'cut.tar.gz')
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)))
    await expect(extractArchive(truncated, 'tar.gz', join(tmp.path, 'o1'))).rejects.toThrow(UnsafeArchiveError)
    const notZip = join(tmp.path, 'x.zip')
    writeFileSync(notZip, 'this is not a zip file')
    await expect(extractArchive(notZip, 'zip', join(tmp.path, 'o2'))).rejects.toThrow(/zip/)
    expect(readdirSync(tmp.path).sort()).toEqual(['cut.tar.gz', 'x.zip'])
  })

  it('checks the extracted tree as a last line of defence', async () => {
    const root = join(tmp.path, 'tree')
    mkdirSync(join(root, 'sub'), { recursive: true })
    symlinkSync('../sub', join(root, 'sub', 'up')) // climbs, but lands inside: fine
    await expect(verifyTree(root)).resolves.toBeUndefined()
    symlinkSync('../..', join(root, 'sub', 'out'))
    await expect(verifyTree(root)).rejects.toThrow(/points outside/)
  })

  it('judges names and link targets', () => {
    expect(unsafeName('bin/tool')).toBeUndefined()
    expect(unsafeName('./bin/tool')).toBeUndefined()
    expect(unsafeName('a..b/c')).toBeUndefined()
    expect(unsafeName('C:/Windows/evil')).toMatch(/absolute/)
    expect(unsafeName('\\\\server\\share')).toMatch(/absolute/)
    expect(unsafeName('tool.exe:hidden')).toMatch(/colon/)
    expect(unsafeLinkTarget('sub/file')).toBeUndefined()
    expect(unsafeLinkTarget('sub/../file')).toMatch(/climbs/)
  })
})
