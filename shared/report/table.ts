/** A plain-text findings table for terminals (the `devsecops` command). */
import type { Column } from './summary.js'
import { location, sortFindings } from './summary.js'
import type { Finding } from '../sarif/model.js'

export function renderTable(findings: Finding[], columns: Column[] = [], ruleTitles?: Map<string, string>): string {
  const headers = ['SEVERITY', 'RULE', 'LOCATION', ...columns.map(c => c.header.toUpperCase())]
  const rows = sortFindings(findings).map(f => [
    f.severity,
    ruleTitles?.get(f.ruleId) ? `${ruleTitles.get(f.ruleId)} (${f.ruleId})` : f.ruleId,
    location(f),
    ...columns.map(c => c.value(f))
  ])
  const widths = headers.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map(r => r[i].length))))
  const line = (cells: string[]): string =>
    cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(headers), ...rows.map(line)].join('\n')
}
