import { loadConfig } from './config.ts'
import { logger } from './logger.ts'
import { startWorkbench } from './start.ts'

let config
try {
  config = loadConfig()
} catch (e) {
  console.error((e as Error).message)
  process.exit(2)
}

const wb = await startWorkbench(config)
console.log(`\n  HTWB workbench ready at ${wb.url}\n`)
if (wb.initialAccounts.length) {
  console.log(
    '  First start: these accounts were created (shown once; change them from the user menu):',
  )
  for (const a of wb.initialAccounts) console.log(`    ${a.username.padEnd(14)} ${a.password}`)
  console.log('  (also saved in graph/data/initial-passwords.txt)\n')
}

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'stopping')
    wb.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
