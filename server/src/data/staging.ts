import { LINK_KINDS } from '@htwb/graph'
import neo4j from 'neo4j-driver'
import { writeAudit } from './audit.ts'
import type { Db } from './driver.ts'

/**
 * Runs of large imports. Their batches commit one by one under a run id, invisible (:Staged)
 * until one transaction publishes them; a run that fails, or whose process dies (its heartbeat
 * stops), is deleted by its id. Nothing here returns personal data.
 */
const HEARTBEAT = `MATCH (r:ImportRun {id: $id}) SET r.heartbeatAt = datetime()`
const STALE = `
MATCH (r:ImportRun {status: 'RUNNING'})
WHERE r.heartbeatAt < datetime() - duration({seconds: $lease})
RETURN r.id AS id, r.by AS by`
const DELETE_LINKS = Object.fromEntries(
  LINK_KINDS.map((k) => [
    k,
    `MATCH ()-[r:${k} {importRun: $id}]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n`,
  ]),
)
/**
 * A run's links carry no run id (runs before they were dropped did, DELETE_LINKS): every link a
 * run writes before it publishes has an end the run created, still :Staged, and goes with it.
 * Links between records that existed before wait for the publishing transaction.
 */
const DELETE_NODES = `
MATCH (n:Staged {importRun: $id}) WITH n LIMIT 1000 DETACH DELETE n RETURN count(*) AS n`
// Lock, then check: a run being published (or already published) is never rolled back.
const CLAIM = `
MATCH (r:ImportRun {id: $id}) SET r.claimedAt = datetime()
WITH r WHERE r.status = 'RUNNING'
SET r.status = 'ROLLING_BACK'
RETURN count(r) AS n`
const MARK = `MATCH (r:ImportRun {id: $id}) SET r.status = $status, r.endedAt = datetime()`

async function write(db: Db, query: string, params: Record<string, unknown>): Promise<number> {
  const session = db.driver.session({ database: db.database })
  try {
    const res = await session.executeWrite((tx) => tx.run(query, params))
    const n = res.records[0]?.get('n') as { toNumber(): number } | undefined
    return n ? n.toNumber() : 0
  } finally {
    await session.close()
  }
}

export const heartbeat = (db: Db, id: string) => write(db, HEARTBEAT, { id })

/** Deletes everything a run wrote, in batches; safe to repeat. */
export async function rollbackRun(db: Db, id: string, by: string, reason: string): Promise<void> {
  if ((await write(db, CLAIM, { id })) === 0) return
  for (const query of Object.values(DELETE_LINKS)) while ((await write(db, query, { id })) > 0);
  while ((await write(db, DELETE_NODES, { id })) > 0);
  await write(db, MARK, { id, status: 'ROLLED_BACK' })
  await writeAudit(db, {
    actor: by,
    action: 'COLLECT',
    operation: 'import',
    outcome: 'FAILED',
    detail: `run:${id} rolled back: ${reason}`,
  })
}

/** Rolls back runs whose process stopped beating; run at start and by `pnpm wb recover`. */
export async function recoverRuns(db: Db, leaseSeconds: number): Promise<string[]> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
  })
  let stale: Array<{ id: string; by: string }>
  try {
    const res = await session.executeRead((tx) => tx.run(STALE, { lease: neo4j.int(leaseSeconds) }))
    stale = res.records.map((r) => ({ id: r.get('id') as string, by: r.get('by') as string }))
  } finally {
    await session.close()
  }
  for (const run of stale) await rollbackRun(db, run.id, run.by, 'abandoned')
  return stale.map((r) => r.id)
}
