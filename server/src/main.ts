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
if (wb.initialAdminPassword) {
  console.log(`  First start: sign in as "admin" with password ${wb.initialAdminPassword}`)
  console.log(
    '  (also saved in graph/data/initial-admin-password.txt; password change arrives with the access-control module)\n',
  )
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
