/**
 * Runs Microsoft's SARIF multitool with the GitHub ingestion rules (`--rule-kind "Sarif;Ghas"`) on a log and returns
 * what it reports. The Linux binary is called directly, without a shell: npm's `bin` wrapper goes through one, which
 * splits `Sarif;Ghas` at the `;`.
 */
import { execFile } from 'node:child_process'
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { SarifLog } from '../../shared/sarif/types.js'
import { repoRoot } from './paths.js'

const run = promisify(execFile)

/** The multitool binary from the `@microsoft/sarif-multitool-linux` dev dependency (SARIF_MULTITOOL overrides). */
export function multitoolPath(): string {
  return (
    process.env['SARIF_MULTITOOL'] ||
    path.join(repoRoot, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool')
  )
}

/** One finding of the multitool: its rule (e.g. GH2012, SARIF2005) and message. */
export interface MultitoolFinding {
  ruleId: string
  message: string
}

type ToolMessage = { text?: string; id?: string; arguments?: string[] }
type RuleWithMessages = { id: string; messageStrings?: Record<string, { text?: string }> }

/** The tool writes message ids with arguments; the text is the rule's message string with {0}, {1}... filled in. */
function messageText(message: ToolMessage | undefined, rule: RuleWithMessages | undefined): string {
  if (message?.text) return message.text
  const template = message?.id ? rule?.messageStrings?.[message.id]?.text : undefined
  if (!template) return message?.id ?? ''
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => message?.arguments?.[Number(n)] ?? whole)
}

/** Validates `log` with the SARIF and GitHub (Ghas) rules at levels error and warning. */
export async function multitoolValidate(log: SarifLog): Promise<MultitoolFinding[]> {
  const tool = multitoolPath()
  try {
    await access(tool, constants.X_OK)
  } catch {
    throw new Error(
      `SARIF multitool not found or not executable at ${tool} (npm package @microsoft/sarif-multitool-linux)`
    )
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'devsecops-multitool-'))
  try {
    // The tool skips inputs not named *.sarif ("invalid target") and refuses to overwrite its output.
    const input = path.join(dir, 'in.sarif')
    const output = path.join(dir, 'out.sarif')
    await writeFile(input, JSON.stringify(log, null, 2))
    await rm(output, { force: true })
    const args = ['validate', input, '--rule-kind', 'Sarif;Ghas', '--level', 'Error;Warning', '--output', output]
    try {
      await run(tool, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } })
    } catch (err) {
      // Findings do not change its exit code (0); a non-zero exit with an output file written is still a report.
      const e = err as { code?: unknown; stdout?: string; stderr?: string }
      const wrote = await access(output).then(
        () => true,
        () => false
      )
      if (!wrote) {
        throw new Error(`SARIF multitool failed (exit ${String(e.code)}): ${(e.stderr || e.stdout || '').trim()}`)
      }
    }
    const report = JSON.parse(await readFile(output, 'utf8')) as SarifLog
    const failed = report.runs.flatMap(r => r.invocations ?? []).filter(i => i.executionSuccessful === false)
    if (failed.length > 0) {
      const notes = failed.flatMap(i => i.toolExecutionNotifications ?? []).map(n => n.message.text)
      throw new Error(`SARIF multitool did not complete: ${notes.join('; ') || 'no details'}`)
    }
    return report.runs.flatMap(r => {
      const rules = (r.tool.driver.rules ?? []) as RuleWithMessages[]
      return (r.results ?? []).map(result => {
        const rule = rules[result.ruleIndex ?? -1] ?? rules.find(x => x.id === result.ruleId)
        return { ruleId: result.ruleId ?? '', message: messageText(result.message as ToolMessage, rule) }
      })
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
