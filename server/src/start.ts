import { startEmbeddedGraph, type EmbeddedGraph, freePort } from '@htwb/graph'
import { generate } from '@htwb/seeds'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { dirname, join } from 'node:path'
import { createApp } from './app.ts'
import type { Config } from './config.ts'
import { SystemAccess } from './data/access.ts'
import { AuditSeal } from './data/audit-seal.ts'
import { bulkLoad, countEntities } from './data/bulk.ts'
import { sweepLoadFiles } from './data/bulk-csv.ts'
import { connect, type Db } from './data/driver.ts'
import { publishLiveGraph, withdrawLiveGraph } from './live-graph.ts'
import { migrate } from './data/migrate.ts'
import { recoverRuns } from './data/staging.ts'
import { logger } from './logger.ts'
import { ensureInitialUsers, type InitialAccount } from './modules/auth/index.ts'
import { WARM_STATEMENTS } from './modules/index.ts'
import { warmPlans } from './data/warm.ts'
import { LoginThrottle } from './modules/auth/index.ts'

export interface Workbench {
  url: string
  db: Db
  /** Accounts this start created with generated passwords, to be shown once. */
  initialAccounts: InitialAccount[]
  stop(): Promise<void>
}

/** Where the server hands the embedded database files to read (large imports' links). */
export const embeddedLoadDir = (dataDir: string) => join(dataDir, 'load-files')

/** The configured database (embedded or external), migrated; the caller closes both. */
export async function openGraph(config: Config): Promise<{ db: Db; graph: EmbeddedGraph | null }> {
  const g = config.graph
  const seal = openSeal(config)
  // What an import that died wrote for its database to read (case data) goes at start.
  const loadDir = g.mode === 'external' ? g.loadDir : embeddedLoadDir(g.dataDir)
  if (loadDir) sweepLoadFiles(loadDir)
  if (g.mode === 'external')
    return {
      db: await connect(g.uri, g.user, g.password, g.database, seal, { fileDir: g.loadDir }),
      graph: null,
    }
  const graph = await startEmbeddedGraph({
    dataDir: g.dataDir,
    port: g.boltPort || (await freePort()),
    password: g.password,
    heapMb: g.heapMb,
    pageCacheMb: g.pageCacheMb,
    log: (line) => logger.info({ graph: line }),
  })
  try {
    const fileDir = embeddedLoadDir(g.dataDir)
    const db = await connect(graph.uri, graph.user, graph.password, g.database, seal, { fileDir })
    return { db, graph }
  } catch (e) {
    await graph.stop()
    throw e
  }
}

function openSeal(config: Config): AuditSeal {
  mkdirSync(dirname(config.audit.keyFile), { recursive: true })
  mkdirSync(dirname(config.audit.anchorFile), { recursive: true })
  return AuditSeal.open(config.audit)
}

/** Starts database, migrations, demo data and the HTTP server; stop() undoes it in reverse. */
export async function startWorkbench(config: Config): Promise<Workbench> {
  const { db, graph } = await openGraph(config)
  try {
    const report = await migrate(db)
    if (report.applied.length) logger.info({ applied: report.applied }, 'migrations applied')
    if (config.seed === 'demo' && (await countEntities(db)) === 0) {
      const t0 = Date.now()
      const loaded = await bulkLoad(
        db,
        generate({ scale: config.seedScale }),
        'system',
        'seed:demo',
      )
      logger.info({ ...loaded, ms: Date.now() - t0 }, 'demo data loaded')
    }
    const abandoned = await recoverRuns(db, config.importLeaseSeconds)
    if (abandoned.length) logger.warn({ runs: abandoned }, 'abandoned imports rolled back')
    const system = new SystemAccess(db)
    // Throttle state of names typed once and addresses seen once: pruned now and every hour.
    const throttle = new LoginThrottle(system, config.loginThrottle)
    await throttle.prune()
    const initialAccounts = await ensureInitialUsers(system, {
      adminPassword: config.adminPassword,
      demoAccounts: config.seed === 'demo',
    })
    if (initialAccounts.length && config.graph.mode === 'embedded') {
      const lines = initialAccounts.map((a) => `${a.username}\t${a.password}`)
      writeFileSync(join(config.graph.dataDir, 'initial-passwords.txt'), `${lines.join('\n')}\n`, {
        mode: 0o600,
      })
    }
    const { app, stop: stopApollo } = await createApp(config, db)
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.host, () => resolve(s)).on('error', reject)
    })
    const warming = warmPlans(db, await system.pseudonymKey(), WARM_STATEMENTS)
    const addr = server.address()
    const port = typeof addr === 'object' && addr ? addr.port : config.port
    const pruning = setInterval(() => {
      throttle.prune().catch((err: unknown) => logger.warn({ err }, 'throttle prune failed'))
    }, 3600_000).unref()
    const url = `http://${config.host}:${port}`
    // The store is ours alone now: `pnpm wb` reaches the same Neo4j through this (live-graph.ts).
    if (graph && config.graph.mode === 'embedded')
      try {
        publishLiveGraph(config.graph.dataDir, {
          version: 1,
          pid: process.pid,
          graphPid: graph.pid,
          uri: graph.uri,
          user: graph.user,
          password: graph.password,
          database: config.graph.database,
          url,
          audit: config.audit,
          startedAt: new Date().toISOString(),
        })
      } catch (err) {
        logger.warn({ err }, 'the command line cannot reach this workbench (live-graph file)')
      }
    return {
      url,
      db,
      initialAccounts,
      async stop() {
        if (config.graph.mode === 'embedded') withdrawLiveGraph(config.graph.dataDir)
        clearInterval(pruning)
        await warming.stop()
        const closed = new Promise<void>((r) => server.close(() => r()))
        server.closeAllConnections()
        await closed
        await stopApollo()
        await db.close()
        await graph?.stop()
      },
    }
  } catch (e) {
    await db.close()
    await graph?.stop()
    throw e
  }
}
