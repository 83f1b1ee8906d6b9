/** `devsecops secrets`: the secrets stage in a terminal, with a readable table. */
import { resolve } from 'node:path'
import { runSecretsStage, SECRET_COLUMNS } from '../actions/secrets/stage.js'
import { readEventContext } from '../shared/git/event.js'
import { parseScope } from '../shared/git/scope.js'
import type { Logger } from '../shared/log.js'
import { parseFailOn } from '../shared/sarif/severity.js'
import { scannerFor } from '../shared/scanners/install.js'
import type { Parsed } from './main.js'
import { defaultSarifPath, exitCode, report } from './output.js'

export async function secretsCommand(p: Parsed, logger: Logger): Promise<number> {
  const v = p.values as Record<string, string | undefined>
  const root = resolve(p.positionals[0] ?? '.')
  const base = v.base
  const scope = parseScope(v.scope ?? (base ? 'range' : 'auto'), '--scope')
  const result = await runSecretsStage({
    root,
    scope,
    base,
    event: readEventContext(),
    config: v.config,
    failOn: parseFailOn(v['fail-on'] ?? 'low', '--fail-on'),
    sarifPath: v.sarif ? resolve(v.sarif) : await defaultSarifPath(root, 'secrets'),
    scanner: scannerFor('gitleaks', { path: v['gitleaks-path'], logger }),
    logger
  })
  const advice =
    result.outcome === 'failed' && scope === 'staged'
      ? [
          'The commit was stopped because the staged changes hold a secret. Remove it from the file and stage the file',
          'again (load the value from an environment variable or a secret store). A false positive? Add',
          "'FILE:RULE:LINE' to .gitleaksignore with a comment saying why."
        ]
      : []
  report('secrets', result, SECRET_COLUMNS, { summary: v.summary, advice })
  return exitCode(result)
}
