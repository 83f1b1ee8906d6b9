/** The scanner installer's public API: pinned specs, `installTool`, and the pieces it is built from. */
export { installTool, type InstallOptions, type InstalledTool, type InstallSource } from './installer.js'
export {
  TOOLS,
  fillTemplate,
  pathVariable,
  type ToolName,
  type ToolSpec,
  type ReleaseAsset,
  type GoFallback,
  type PipFallback
} from './specs.js'
export { platformKey, isPlatformKey, executableName, PLATFORM_KEYS, type PlatformKey } from './platform.js'
export { downloadFile, downloadVerified, sha256File, type DownloadOptions, type DownloadResult } from './download.js'
export { extractArchive, checkEntries, listArchive, verifyTree, unsafeName, unsafeLinkTarget } from './extract.js'
export { archiveKind, listTarGz, listZip, type ArchiveEntry, type ArchiveKind, type EntryType } from './archive.js'
export { goInstall, goInstallArgs, pipInstall, type FallbackOptions } from './fallback.js'
export { openToolCache, defaultCacheRoot, type ToolCache } from './cache.js'
export { locateBinary, reportsVersion, mentionsVersion, detectVersion } from './locate.js'
export { ChecksumError, DownloadError, ToolInstallError, UnsafeArchiveError, type InstallAttempt } from './errors.js'
