/**
 * The real workbench (server/src/start.ts: migrations, Apollo, Express, sessions) against a bench
 * database in a directory of its own, with the statements its read transactions run recorded,
 * so the raw peer can run exactly the same Cypher with the same parameters.
 */
import { generate } from '@htwb/seeds'
import neo4j, { type Session, type SessionConfig } from 'neo4j-driver'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { loadConfig } from '../../server/src/config.ts'
import { SystemAccess } from '../../server/src/data/access.ts'
import { bulkLoad, type BulkReport } from '../../server/src/data/bulk.ts'
import { startWorkbench, type Workbench } from '../../server/src/start.ts'
import { createUser } from '../../server/src/modules/auth/index.ts'
import { DEMO_ASSIGN, SESSION_USER } from '../../server/src/modules/auth/auth.queries.ts'

export interface Statement {
  query: string
  params: Record<string, unknown>
}

/** Read transactions of the requests made while `on`, each as the statements it ran. */
export class Recorder {
  on = false
  transactions: Statement[][] = []
  /** Time the server spent in read and in write transactions (summed; loaders overlap). */
  readMs = 0
  writeMs = 0

  take(): Statement[][] {
    const t = this.transactions
    this.transactions = []
    this.readMs = 0
    this.writeMs = 0
    return t
  }
}

export interface BenchWorkbench {
  wb: Workbench
  url: string
  recorder: Recorder
  /** A session cookie of the bench investigator. */
  cookie: string
  username: string
  stop(): Promise<void>
}

export const BENCH_USER = 'bench.investigator'

export function benchEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // As `pnpm start` runs by default (production needs an https:// address for its cookies).
    NODE_ENV: 'development',
    WB_DATA_DIR: dataDir,
    WB_SEED: 'none',
    WB_PORT: '0',
    WB_GRAPH_HEAP_MB: process.env.WB_GRAPH_HEAP_MB ?? '4096',
    // A million nodes and 2.6M links take about 3 GB on disk: the page cache holds them.
    WB_GRAPH_PAGECACHE_MB: process.env.WB_GRAPH_PAGECACHE_MB ?? '4096',
    WB_ADMIN_PASSWORD: 'bench-admin-password-1',
    // A throwaway database: its audit key and anchor go inside its directory, removed with it.
    WB_AUDIT_KEY_FILE: join(dataDir, 'audit-key'),
    WB_AUDIT_ANCHOR_FILE: join(dataDir, 'audit-anchor'),
  }
}

function recordReads(db: Workbench['db'], recorder: Recorder): void {
  const driver = db.driver
  const open = driver.session.bind(driver)
  driver.session = ((config?: SessionConfig): Session => {
    const session = open(config)
    const read = session.executeRead.bind(session)
    const write = session.executeWrite.bind(session)
    const timed = <T>(p: Promise<T>, add: (ms: number) => void): Promise<T> => {
      if (!recorder.on) return p
      const t = performance.now()
      return p.finally(() => add(performance.now() - t))
    }
    // Writes (the consultation audit, mostly) are timed, never replayed.
    session.executeWrite = ((work: never, txConfig?: never) =>
      timed(write(work, txConfig), (ms) => (recorder.writeMs += ms))) as typeof session.executeWrite
    session.executeRead = ((work: (tx: unknown) => Promise<unknown>, txConfig?: unknown) =>
      timed(
        read((tx) => {
          if (!recorder.on) return work(tx)
          const statements: Statement[] = []
          recorder.transactions.push(statements)
          const run = tx.run.bind(tx) as (q: string, p?: Record<string, unknown>) => unknown
          const proxy = Object.create(tx) as typeof tx
          proxy.run = ((query: string, params: Record<string, unknown> = {}) => {
            // Signing in is the server's, not the question's: the raw peer skips it.
            if (query !== SESSION_USER) statements.push({ query, params })
            return run(query, params)
          }) as typeof tx.run
          return work(proxy)
        }, txConfig as never),
        (ms) => (recorder.readMs += ms),
      )) as typeof session.executeRead
    return session
  }) as typeof driver.session
}

/**
 * Starts the workbench on an empty database, loads the generated data at `scale` with the bulk
 * loader (reporting batches to `onBatch`), creates an investigator without all-cases rights
 * assigned to 60 open cases, and signs them in over HTTP.
 */
export async function startBenchWorkbench(
  dataDir: string,
  scale: number,
  onBatch: (records: number) => void,
): Promise<{ bench: BenchWorkbench; loaded: BulkReport; loadSeconds: number; password: string }> {
  const config = loadConfig(benchEnv(dataDir))
  const wb = await startWorkbench(config)
  try {
    const t0 = performance.now()
    let records = 0
    function* counted() {
      for (const batch of generate({ scale })) {
        records += batch.nodes.length + batch.links.length
        onBatch(records)
        yield batch
      }
    }
    // The embedded Neo4j reads files by absolute path: links go through LOAD CSV (bulk-csv.ts).
    const loaded = await bulkLoad(wb.db, counted(), 'system', 'seed:bench', {
      csvDir: join(dataDir, 'bulk-csv'),
      rebuildIndexes: true,
    })
    const loadSeconds = (performance.now() - t0) / 1000
    const system = new SystemAccess(wb.db)
    const password = randomBytes(12).toString('base64url')
    // No clearances: the whole need-to-know predicate is evaluated, markings included.
    await createUser(system, {
      username: BENCH_USER,
      displayName: 'Bench investigator',
      roles: ['INVESTIGATOR'],
      clearances: [],
      password,
    })
    await system.write(DEMO_ASSIGN, { username: BENCH_USER, statuses: ['OPEN'], n: neo4j.int(60) })
    const cookie = await signIn(wb.url, BENCH_USER, password)
    const recorder = new Recorder()
    recordReads(wb.db, recorder)
    return {
      bench: { wb, url: wb.url, recorder, cookie, username: BENCH_USER, stop: () => wb.stop() },
      loaded,
      loadSeconds,
      password,
    }
  } catch (e) {
    await wb.stop()
    throw e
  }
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: password },
    }),
  })
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
  if (!cookie) throw new Error(`bench sign-in failed: ${await res.text()}`)
  return cookie
}

/** One GraphQL request over HTTP; throws on errors, so a refused question is never timed. */
export async function gql<T = unknown>(
  url: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await res.json()) as { data?: T; errors?: unknown[] }
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`)
  return body.data
}
