/**
 * Applies line-hash fingerprints to a SARIF log: finds the local file behind each result's first location, reads
 * each file once, and sets `partialFingerprints.primaryLocationLineHash` the way codeql-action does.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorMessage } from '../errors.js'
import type { Logger } from '../log.js'
import { lineHashesFor } from './fingerprints.js'
import type { ArtifactLocation, SarifLog, SarifResult } from './types.js'

/** Files larger than this are not fingerprinted: a string that size would strain memory for no real gain. */
const MAX_FILE_BYTES = 128 * 1024 * 1024

/**
 * The local path a result's artifact location points at, or undefined when it is not a local file (http:, etc.).
 * Relative URIs (with no base, `%SRCROOT%`, or a base we cannot resolve to a file URI) resolve against the checkout.
 */
export function resolveArtifactPath(
  location: ArtifactLocation,
  checkoutRoot: string,
  bases: Record<string, ArtifactLocation> = {}
): string | undefined {
  const uri = location.uri
  if (/^file:/i.test(uri)) return fileUrlToPathOrUndefined(uri)
  // A scheme other than a Windows drive letter means a non-file URI.
  if (/^[a-z][a-z0-9+.-]+:/i.test(uri)) return undefined
  let root = checkoutRoot
  const base = location.uriBaseId && location.uriBaseId !== '%SRCROOT%' ? bases[location.uriBaseId]?.uri : undefined
  if (base && /^file:/i.test(base)) root = fileUrlToPathOrUndefined(base.endsWith('/') ? base : `${base}/`) ?? root
  return path.resolve(root, safeDecode(uri))
}

function fileUrlToPathOrUndefined(uri: string): string | undefined {
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri)
  } catch {
    return uri
  }
}

interface Wanted {
  result: SarifResult
  line: number
}

/**
 * Sets `partialFingerprints.primaryLocationLineHash` on every result whose first location names an existing local
 * file and a `region.startLine` inside it. Other partial fingerprints are kept and an existing line hash is never
 * replaced. Each file is read once. Missing files are skipped (logged at debug level and returned as resolved paths).
 * Mutates `log`.
 */
export async function addFingerprints(
  log: SarifLog,
  checkoutRoot: string,
  logger: Logger
): Promise<{ added: number; missingFiles: string[] }> {
  const byFile = new Map<string, Wanted[]>()
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      if (result.partialFingerprints?.primaryLocationLineHash !== undefined) continue
      const physical = result.locations?.[0]?.physicalLocation
      const artifact = physical?.artifactLocation
      const line = physical?.region?.startLine
      if (!artifact?.uri || line === undefined || !Number.isInteger(line) || line < 1) continue
      const file = resolveArtifactPath(artifact, checkoutRoot, run.originalUriBaseIds)
      if (file === undefined) continue
      const list = byFile.get(file) ?? []
      list.push({ result, line })
      byFile.set(file, list)
    }
  }

  let added = 0
  const missingFiles: string[] = []
  for (const [file, wanted] of byFile) {
    const content = await readRegularFile(file, logger)
    if (content === undefined) {
      missingFiles.push(file)
      continue
    }
    const hashes = lineHashesFor(
      content,
      wanted.map(w => w.line)
    )
    for (const { result, line } of wanted) {
      const hash = hashes.get(line)
      if (hash === undefined) {
        logger.debug(`fingerprints: ${file} has no line ${line}; result left without a line hash`)
        continue
      }
      result.partialFingerprints = { ...result.partialFingerprints, primaryLocationLineHash: hash }
      added++
    }
  }
  return { added, missingFiles }
}

async function readRegularFile(file: string, logger: Logger): Promise<Buffer | undefined> {
  try {
    const info = await stat(file)
    if (!info.isFile()) {
      logger.debug(`fingerprints: ${file} is not a regular file; skipped`)
      return undefined
    }
    if (info.size > MAX_FILE_BYTES) {
      logger.debug(`fingerprints: ${file} is larger than ${MAX_FILE_BYTES} bytes; skipped`)
      return undefined
    }
    return await readFile(file)
  } catch (err) {
    logger.debug(`fingerprints: cannot read ${file} (${errorMessage(err)}); skipped`)
    return undefined
  }
}
