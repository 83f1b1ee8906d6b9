/**
 * The README's first command: builds an example repository with secrets planted in its history (generated now,
 * never committed anywhere), then runs the secrets stage on it through the same code as `devsecops secrets`.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../cli/main.js'
import { appFiles, commit, initRepo, makeSecret } from '../examples/planted.js'

const dir = initRepo(join(process.env.DEVSECOPS_EXAMPLE_DIR ?? tmpdir(), 'devsecops-example-shop'))
commit(dir, { message: 'Start the shop', files: appFiles() })
commit(dir, { message: 'Add deployment settings', files: { 'deploy/aws.env': `AWS_ACCESS_KEY_ID=${makeSecret.awsAccessKey()}\nREGION=eu-west-1\n` } })
commit(dir, { message: 'Remove deployment settings (too late: they are in the history)', remove: ['deploy/aws.env'] })
commit(dir, { message: 'Call the GitHub API', files: appFiles({ github: makeSecret.githubPat(), generic: makeSecret.genericApiKey() }) })
commit(dir, { message: 'Add a deploy key', files: { 'deploy/id_rsa': makeSecret.privateKey() } })

process.stdout.write(`Example repository with planted secrets: ${dir}\n\n`)
const summary = join(dir, '.git', 'devsecops', 'summary.md')
const code = await main(['secrets', dir, '--scope', 'full-history', '--summary', summary, ...process.argv.slice(2)])
process.stdout.write(`\nJob summary (Markdown): ${summary}\n`)
process.stdout.write(
  code === 1
    ? 'The stage failed the build, as it should: every secret above was planted. (Exit codes: 0 passed, 1 findings, 2 error.)\n'
    : `Unexpected exit code ${code} (0 passed, 1 findings, 2 error).\n`
)
process.exitCode = code === 1 ? 0 : code
