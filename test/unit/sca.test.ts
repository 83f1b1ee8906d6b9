import { locatePackage } from '../../shared/sca/locate.js'
import { cvss3BaseScore, scoreFromOsvSeverity, severityFromCvssScore } from '../../shared/sca/severity.js'
import { compareVersions, pickFix, splitVersions } from '../../shared/sca/versions.js'
import { advisorySeverity, toFindings, type DependencyVulnerability } from '../../shared/sca/vulnerability.js'

describe('version ordering', () => {
  it.each([
    ['1.2.3', '1.2.10', -1],
    ['v0.16.0', '0.17.0', -1],
    ['5.4', '5.4.0', 0],
    ['2.13.2', '2.13.2.1', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.13.3', '1.13.4', -1],
    ['10.0.0', '9.9.9', 1]
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })

  it('recommends the nearest fix on the installed line (backports)', () => {
    const qs = splitVersions('6.10.3, 6.9.7, 6.8.3, 6.7.3, 6.6.1, 6.5.3, 6.4.1, 6.3.3, 6.2.4')
    expect(pickFix('6.7.0', qs)).toBe('6.7.3')
    expect(pickFix('6.10.1', qs)).toBe('6.10.3')
    expect(pickFix('2.14.1', ['2.15.0', '2.3.1', '2.12.2'])).toBe('2.15.0')
    expect(pickFix('0.2.1', ['1.2.6', '0.2.4'])).toBe('0.2.4')
    expect(pickFix('1.0.0', [])).toBeUndefined()
  })
})

describe('CVSS', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:N', 5.9],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N', 5.4],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', 8.1],
    ['CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0]
  ])('%s scores %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score)
  })

  it('refuses what is not a complete v3 vector', () => {
    expect(cvss3BaseScore('AV:N/AC:L/Au:N/C:P/I:N/A:N')).toBeUndefined()
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L')).toBeUndefined()
    expect(scoreFromOsvSeverity([{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N' }])).toBeUndefined()
    expect(scoreFromOsvSeverity('nonsense')).toBeUndefined()
  })

  it('bands scores the CVSS way and falls back to the label', () => {
    expect(severityFromCvssScore(9.0)).toBe('critical')
    expect(severityFromCvssScore(3.9)).toBe('low')
    expect(advisorySeverity({ severityLabel: 'MODERATE' })).toBe('medium')
    expect(advisorySeverity({ severityLabel: 'LOW', score: 9.8 })).toBe('critical')
    expect(advisorySeverity({})).toBe('medium')
  })
})

describe('finding the declaring line', () => {
  const at = (path: string, text: string, name: string, version: string) => locatePackage(path, text, name, version)?.startLine

  it('package-lock.json v3 and v1, the copy with the right version', () => {
    const lock = ['{', '  "packages": {', '    "": { "dependencies": { "lodash": "^4.17.0" } },', '    "node_modules/lodash": {', '      "version": "4.17.21"', '    },', '    "node_modules/a/node_modules/lodash": {', '      "version": "4.17.15"', '    }', '  }', '}'].join('\n')
    expect(at('package-lock.json', lock, 'lodash', '4.17.15')).toBe(7)
    expect(at('package-lock.json', lock, 'lodash', '4.17.21')).toBe(4)
  })

  it('yarn.lock (classic and berry) and pnpm-lock.yaml', () => {
    const yarn = ['# yarn lockfile v1', '', '"@babel/core@^7.0.0", "@babel/core@^7.1.0":', '  version "7.1.0"', '', 'minimist@^1.2.0:', '  version "1.2.5"'].join('\n')
    expect(at('yarn.lock', yarn, 'minimist', '1.2.5')).toBe(6)
    expect(at('yarn.lock', yarn, '@babel/core', '7.1.0')).toBe(3)
    const berry = ['"minimist@npm:^1.2.0":', '  version: 1.2.5'].join('\n')
    expect(at('yarn.lock', berry, 'minimist', '1.2.5')).toBe(1)
    const pnpm = ['lockfileVersion: 5.4', 'packages:', '  /lodash/4.17.15:', '    resolution: {}', '  /minimist@1.2.5:', '    resolution: {}', "  '@scope/pkg@1.0.0(react@18.0.0)':", '    resolution: {}'].join('\n')
    expect(at('pnpm-lock.yaml', pnpm, 'lodash', '4.17.15')).toBe(3)
    expect(at('pnpm-lock.yaml', pnpm, 'minimist', '1.2.5')).toBe(5)
    expect(at('pnpm-lock.yaml', pnpm, '@scope/pkg', '1.0.0')).toBe(7)
  })

  it('Python: requirements (any case and separator), poetry.lock, Pipfile.lock', () => {
    const req = ['# pinned', 'requests==2.28.2', 'pyyaml==5.3.1 ; python_version >= "3"', 'Django[argon2]>=4.2'].join('\n')
    expect(at('requirements.txt', req, 'PyYAML', '5.3.1')).toBe(3)
    expect(at('requirements-dev.txt', req, 'requests', '2.28.2')).toBe(2)
    expect(at('requirements.txt', req, 'django', '4.2.2')).toBe(4)
    const poetry = ['[[package]]', 'name = "jinja2"', 'version = "3.1.2"', '', '[[package]]', 'name = "pyyaml"', 'version = "5.3.1"'].join('\n')
    expect(at('poetry.lock', poetry, 'PyYAML', '5.3.1')).toBe(6)
    const pipfile = ['{', '  "default": {', '    "requests": {', '      "hashes": [],', '      "version": "==2.28.2"', '    }', '  }', '}'].join('\n')
    expect(at('Pipfile.lock', pipfile, 'requests', '2.28.2')).toBe(3)
  })

  it('go.mod, pom.xml, Cargo.lock, Gemfile.lock, composer.lock', () => {
    const gomod = ['module example.com/app', '', 'go 1.21', '', 'require (', '\tgolang.org/x/net v0.16.0 // indirect', ')'].join('\n')
    expect(at('go.mod', gomod, 'golang.org/x/net', '0.16.0')).toBe(6)
    expect(at('go.mod', gomod, 'golang.org/x/net', 'v0.16.0')).toBe(6)
    const pom = ['<project>', '<dependencies>', '<dependency>', '<groupId>org.apache.logging.log4j</groupId>', '<artifactId>log4j-core</artifactId>', '<version>2.14.1</version>', '</dependency>', '</dependencies>', '</project>'].join('\n')
    expect(at('pom.xml', pom, 'org.apache.logging.log4j:log4j-core', '2.14.1')).toBe(5)
    const cargo = ['[[package]]', 'name = "tokio"', 'version = "1.8.0"', '', '[[package]]', 'name = "tokio"', 'version = "1.13.0"'].join('\n')
    expect(at('Cargo.lock', cargo, 'tokio', '1.13.0')).toBe(6)
    const gem = ['GEM', '  specs:', '    mini_portile2 (2.8.0)', '    nokogiri (1.13.3-x86_64-linux)', '      racc (~> 1.4)'].join('\n')
    expect(at('Gemfile.lock', gem, 'nokogiri', '1.13.3')).toBe(4)
    const composer = ['{', '  "packages": [', '    {', '      "name": "guzzlehttp/guzzle",', '      "version": "7.4.0",'].join('\n')
    expect(at('composer.lock', composer, 'guzzlehttp/guzzle', '7.4.0')).toBe(4)
  })

  it('says nothing rather than guess when the package is not there', () => {
    expect(locatePackage('package-lock.json', '{}', 'lodash', '1.0.0')).toBeUndefined()
    expect(at('requirements.txt', 'requests-toolbelt==1.0.0', 'requests', '2.28.2')).toBeUndefined()
  })
})

describe('dependency findings', () => {
  const vuln = (over: Partial<DependencyVulnerability> = {}): DependencyVulnerability => ({
    id: 'CVE-2021-44906',
    aliases: ['GHSA-xvch-5gv4-984h'],
    package: 'minimist',
    ecosystem: 'npm',
    installed: '1.2.5',
    fixed: ['1.2.6', '0.2.4'],
    path: 'package-lock.json',
    startLine: 12,
    score: 9.8,
    title: 'Prototype Pollution in minimist',
    ...over
  })

  it('carries the advisory, aliases, versions, severity, score and the upgrade to make', () => {
    const { rules, findings } = toFindings([vuln()])
    expect(findings[0]).toMatchObject({ ruleId: 'CVE-2021-44906', severity: 'critical', location: { path: 'package-lock.json', startLine: 12 } })
    expect(findings[0].message).toContain('Upgrade minimist to 1.2.6 or later')
    expect(findings[0].properties).toMatchObject({ installedVersion: '1.2.5', fixedVersion: '1.2.6', aliases: 'GHSA-xvch-5gv4-984h' })
    expect(rules[0].score).toBe(9.8)
    expect(rules[0].helpText).toContain('1.2.6, 0.2.4')
  })

  it('says so when no fix exists', () => {
    const { findings } = toFindings([vuln({ fixed: [] })])
    expect(findings[0].message).toContain('No fixed version is published yet')
  })
})
