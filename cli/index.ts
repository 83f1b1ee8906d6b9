import { main } from './main.js'

// A closed pipe (devsecops ... | head) or a full disk is not a crash worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    process.exit(err.code === 'EPIPE' ? (process.exitCode as number | undefined) ?? 0 : 2)
  })
}

process.exitCode = await main(process.argv.slice(2))
