/**
 * The pinned scanner table: one version per scanner, and per platform the release asset and its published sha256.
 *
 * Rules for editing this file:
 * - Every digest is the one the project published in its release checksums file, confirmed in at least two
 *   independent public sources (the comment beside each table says where). Never compute a digest from a file you
 *   downloaded yourself and paste it here: a digest that updates itself verifies nothing.
 * - A platform whose digest could not be confirmed has no entry; it installs through the fallback instead.
 * - Asset file names and base URLs are templates: `{version}` is replaced, so `version` + `checksum` options can
 *   install another release without editing this file. No GitHub API is ever used to find a download.
 */
import { PlatformKey } from './platform.js'

/** One downloadable release file. The archive kind follows from the name: `.tar.gz`/`.tgz`, `.zip`, else a bare binary. */
export interface ReleaseAsset {
  /** File name template, e.g. `gitleaks_{version}_linux_x64.tar.gz`. */
  file: string
  /** The published sha256 of that file for the spec's pinned version (lower-case hex). */
  sha256: string
}

/** Build from source with `go install <pkg>@v<version>` (CGO off). */
export interface GoFallback {
  kind: 'go'
  /** The main package to install, e.g. `github.com/zricethezav/gitleaks/v8`. */
  package: string
  /** The `-X` target that makes `--version` report the real version; omitted where the version is a constant. */
  versionVariable?: string
  /** Build settings the project's own release build uses (e.g. `GOEXPERIMENT`), without which it does not compile. */
  env?: Record<string, string>
}

/** Install `<package>==<version>` from PyPI into a private virtualenv. */
export interface PipFallback {
  kind: 'pip'
  package: string
}

/** Everything the installer needs to know about one scanner. */
export interface ToolSpec {
  /** Tool name; also the tool-cache folder and the `DEVSECOPS_<NAME>_PATH` variable (upper case, `-` -> `_`). */
  name: string
  /** The pinned version (no leading `v`). */
  version: string
  /** The executable's base name (`.exe` is added on Windows). */
  binary: string
  /** Arguments that make the tool print its version, e.g. `['version']` or `['--version']`. */
  versionArgs: string[]
  /** Release downloads; absent for tools that are only installed through their package manager. */
  release?: {
    /** Base URL template of the release's files, e.g. `https://github.com/o/r/releases/download/v{version}`. */
    baseUrl: string
    assets: Partial<Record<PlatformKey, ReleaseAsset>>
  }
  fallback?: GoFallback | PipFallback
}

// gitleaks v8.30.1: digests from gitleaks_8.30.1_checksums.txt, each quoted identically by five or more independent
// public repositories (CI install scripts, tool manifests, Dockerfiles and scanner-provenance notes found through a
// public code index, e.g. pin tables listing all five assets, `sha256sum --check` lines, and an audit note quoting
// GitHub's own release-asset digest for the Windows zip, 8,438,883 bytes).
const GITLEAKS: ToolSpec = {
  name: 'gitleaks',
  version: '8.30.1',
  binary: 'gitleaks',
  versionArgs: ['version'],
  release: {
    baseUrl: 'https://github.com/gitleaks/gitleaks/releases/download/v{version}',
    assets: {
      'linux-x64': {
        file: 'gitleaks_{version}_linux_x64.tar.gz',
        sha256: '551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb'
      },
      'linux-arm64': {
        file: 'gitleaks_{version}_linux_arm64.tar.gz',
        sha256: 'e4a487ee7ccd7d3a7f7ec08657610aa3606637dab924210b3aee62570fb4b080'
      },
      'darwin-x64': {
        file: 'gitleaks_{version}_darwin_x64.tar.gz',
        sha256: 'dfe101a4db2255fc85120ac7f3d25e4342c3c20cf749f2c20a18081af1952709'
      },
      'darwin-arm64': {
        file: 'gitleaks_{version}_darwin_arm64.tar.gz',
        sha256: 'b40ab0ae55c505963e365f271a8d3846efbc170aa17f2607f13df610a9aeb6a5'
      },
      'win32-x64': {
        file: 'gitleaks_{version}_windows_x64.zip',
        sha256: 'd29144deff3a68aa93ced33dddf84b7fdc26070add4aa0f4513094c8332afc4e'
      }
    }
  },
  // The module path is still zricethezav/gitleaks (not gitleaks/gitleaks); the version is a plain variable.
  fallback: {
    kind: 'go',
    package: 'github.com/zricethezav/gitleaks/v8',
    versionVariable: 'github.com/zricethezav/gitleaks/v8/version.Version'
  }
}

// Trivy v0.74.0: digests from trivy_0.74.0_checksums.txt, each quoted identically by three or more independent public
// repositories (Go and TypeScript pin tables, CI install scripts with `sha256sum -c`, a provenance note that checked
// the macOS arm64 archive against the checksums file).
const TRIVY: ToolSpec = {
  name: 'trivy',
  version: '0.74.0',
  binary: 'trivy',
  versionArgs: ['--version'],
  release: {
    baseUrl: 'https://github.com/aquasecurity/trivy/releases/download/v{version}',
    assets: {
      'linux-x64': {
        file: 'trivy_{version}_Linux-64bit.tar.gz',
        sha256: '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a'
      },
      'linux-arm64': {
        file: 'trivy_{version}_Linux-ARM64.tar.gz',
        sha256: 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5'
      },
      'darwin-x64': {
        file: 'trivy_{version}_macOS-64bit.tar.gz',
        sha256: '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485'
      },
      'darwin-arm64': {
        file: 'trivy_{version}_macOS-ARM64.tar.gz',
        sha256: '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11'
      },
      'win32-x64': {
        file: 'trivy_{version}_windows-64bit.zip',
        sha256: '94c40e0696e4b907a74b7b2e1438d5d72ebaca83115817407f568a002d520842'
      }
    }
  },
  fallback: {
    kind: 'go',
    package: 'github.com/aquasecurity/trivy/cmd/trivy',
    versionVariable: 'github.com/aquasecurity/trivy/pkg/version/app.ver',
    // Trivy's release build (goreleaser.yml) sets GOEXPERIMENT=jsonv2: it imports encoding/json/v2.
    env: { GOEXPERIMENT: 'jsonv2' }
  }
}

// OSV-Scanner v2.5.0 ships bare binaries. Digests from osv-scanner_SHA256SUMS, each quoted identically by at least two
// independent public repositories (a TypeScript managed-tool catalog listing all six assets, a shell installer that
// names the SHA256SUMS file, Dockerfile build args, a Python tool table, a PowerShell policy check for Windows).
const OSV_SCANNER: ToolSpec = {
  name: 'osv-scanner',
  version: '2.5.0',
  binary: 'osv-scanner',
  versionArgs: ['--version'],
  release: {
    baseUrl: 'https://github.com/google/osv-scanner/releases/download/v{version}',
    assets: {
      'linux-x64': {
        file: 'osv-scanner_linux_amd64',
        sha256: 'edcfc41d257db36148f065055655fe3fcfc434b0b423ea67468a84c207524e0c'
      },
      'linux-arm64': {
        file: 'osv-scanner_linux_arm64',
        sha256: 'fe152e1a546af223e6c557cc3111a8bb3e5dc02fcbf7dbe95d26567c0f0041f2'
      },
      'darwin-x64': {
        file: 'osv-scanner_darwin_amd64',
        sha256: 'baef4f4a4ce2924a9241869c36d4bd9d6c04b632cae6637a0f6347ab9272eb16'
      },
      'darwin-arm64': {
        file: 'osv-scanner_darwin_arm64',
        sha256: 'fff5a2e351b7f0a60001e87cbf862e82fb82e2792d368b533fec7a5865a73da2'
      },
      'win32-x64': {
        file: 'osv-scanner_windows_amd64.exe',
        sha256: '4342285bd8be36b9f113468f3eea86e7900befbcd19ca8dc6ac4f0f6cbe7c362'
      }
    }
  },
  // v2.5.0 declares `const OSVVersion = "2.5.0"` (internal/version), so a go-installed binary reports it already.
  fallback: { kind: 'go', package: 'github.com/google/osv-scanner/v2/cmd/osv-scanner' }
}

// Trivy's own database builder, for building Trivy's database from local OSV advisory records (the SCA stage's
// offline mode). It has no releases: the pinned version is the pseudo-version of the trivy-db module that Trivy
// v0.74.0's go.mod requires, so the database it writes has the schema that Trivy reads. Built with go install only.
const TRIVY_DB: ToolSpec = {
  name: 'trivy-db',
  version: '0.0.0-20260813095258-0e0340a01b57',
  binary: 'trivy-db',
  versionArgs: ['--version'],
  fallback: { kind: 'go', package: 'github.com/aquasecurity/trivy-db/cmd/trivy-db' }
}

// Semgrep and Checkov are installed from PyPI only: their wheels carry the native parts, and no release download is
// pinned for them.
const SEMGREP: ToolSpec = {
  name: 'semgrep',
  version: '1.185.0',
  binary: 'semgrep',
  versionArgs: ['--version'],
  fallback: { kind: 'pip', package: 'semgrep' }
}

const CHECKOV: ToolSpec = {
  name: 'checkov',
  version: '3.3.30',
  binary: 'checkov',
  versionArgs: ['--version'],
  fallback: { kind: 'pip', package: 'checkov' }
}

/** The pinned scanners, by name. */
export const TOOLS = {
  gitleaks: GITLEAKS,
  trivy: TRIVY,
  'osv-scanner': OSV_SCANNER,
  'trivy-db': TRIVY_DB,
  semgrep: SEMGREP,
  checkov: CHECKOV
} as const satisfies Record<string, ToolSpec>

/** The name of a pinned scanner. */
export type ToolName = keyof typeof TOOLS

/** Replaces `{version}` in a spec template. */
export function fillTemplate(template: string, version: string): string {
  return template.split('{version}').join(version)
}

/** The environment variable that points at an explicit binary, e.g. `DEVSECOPS_OSV_SCANNER_PATH`. */
export function pathVariable(spec: Pick<ToolSpec, 'name'>): string {
  return `DEVSECOPS_${spec.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_PATH`
}
