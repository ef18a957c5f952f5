import type { EmbeddedGraph } from '@htwb/graph'
import type { Config } from '../config.ts'
import { DataAccess, SystemAccess } from '../data/access.ts'
import { AuditSeal } from '../data/audit-seal.ts'
import { connect, type Db } from '../data/driver.ts'
import { migrate } from '../data/migrate.ts'
import { recoverRuns } from '../data/staging.ts'
import { findLiveGraph } from '../live-graph.ts'
import { toUser, USER_BY_USERNAME } from '../modules/auth/index.ts'
import { CASE_BY_NUMBER } from '../modules/cases/index.ts'
import { embeddedLoadDir, openGraph } from '../start.ts'

export class CliError extends Error {}

/**
 * The running workbench's Neo4j over Bolt, when one runs on this data directory: Neo4j Community
 * lets only one process open the store. Null when none runs (or its file is stale: said on stderr).
 */
async function attach(config: Config): Promise<Db | null> {
  if (config.graph.mode !== 'embedded') return null
  const found = findLiveGraph(config.graph.dataDir)
  if (!found) return null
  if ('stale' in found) {
    process.stderr.write(`Not using a running workbench: ${found.stale}.\n`)
    return null
  }
  const g = found.graph
  // The server's key and anchor, whatever this shell's settings: our entries join its chain.
  const seal = AuditSeal.open(g.audit)
  try {
    // The same machine and data directory as the server: its database reads our files too.
    const db = await connect(g.uri, g.user, g.password, g.database, seal, {
      fileDir: embeddedLoadDir(config.graph.dataDir),
    })
    process.stderr.write(`Through the running workbench's database (${g.url}, process ${g.pid}).\n`)
    return db
  } catch (e) {
    // The process lives but its database does not answer with these credentials: not ours.
    process.stderr.write(
      `Not using a running workbench: its database at ${g.uri} does not answer (${(e as Error).message}).\n`,
    )
    return null
  }
}

async function open(config: Config): Promise<{ db: Db; graph: EmbeddedGraph | null }> {
  const db = await attach(config)
  if (db) return { db, graph: null }
  return openGraph(config).catch((e: unknown) => {
    const message = (e as Error).message
    const locked = /lock/i.test(message)
    throw new CliError(
      locked && config.graph.mode === 'embedded'
        ? `The database under ${config.graph.dataDir} is held by another process (a workbench still starting, or another command): wait until the workbench is ready, then try again.`
        : `Cannot open the database: ${message}`,
    )
  })
}

/** The configured database, migrated and cleared of abandoned imports; closed when `use` ends. */
export async function withDatabase(
  config: Config,
  use: (db: Db, rolledBack: string[]) => Promise<void>,
): Promise<void> {
  const { db, graph } = await open(config)
  try {
    // Attached to a running workbench (graph null with an embedded store), the server has
    // migrated and recovers its own abandoned runs: this shell's lease must not cut its imports.
    const attached = !graph && config.graph.mode === 'embedded'
    if (!attached) await migrate(db)
    await use(db, attached ? [] : await recoverRuns(db, config.importLeaseSeconds))
  } finally {
    await db.close()
    await graph?.stop()
  }
}

/** The --as user's audited data access and the --case argument resolved to a case id. */
export async function asUser(
  db: Db,
  username: string,
  caseArg: string | undefined,
): Promise<{ data: DataAccess; caseId: string | null; pseudonymKey: string }> {
  const system = new SystemAccess(db)
  const [user] = await system.read(USER_BY_USERNAME, { username: username.toLowerCase() }, (r) =>
    toUser(r.get('u')),
  )
  if (!user) throw new CliError(`No active user ${username}.`)
  const pseudonymKey = await system.pseudonymKey()
  const data = new DataAccess(db, user, pseudonymKey)
  let caseId: string | null = null
  if (caseArg) {
    // As the user: a number held only by a case they cannot see is theirs to not find.
    const found = await data.read(
      CASE_BY_NUMBER,
      { caseNumber: caseArg },
      (r) => r.get('id') as string,
    )
    // Supervisors see every case, and a number may repeat: never pick one silently.
    if (found.length > 1)
      throw new CliError(
        `Several cases hold the number ${caseArg}: pass the case id (${found.join(', ')}).`,
      )
    caseId = found[0] ?? caseArg
  }
  return { data, caseId, pseudonymKey }
}
