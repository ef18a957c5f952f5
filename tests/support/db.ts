import { AuditSeal } from '../../server/src/data/audit-seal.ts'
import type { Db } from '../../server/src/data/driver.ts'
import neo4j, { type Driver } from 'neo4j-driver'
import { inject } from 'vitest'

let driver: Driver | null = null
let seal: AuditSeal | null = null

/** Direct database access for assertions only (counting, tampering); the product never does this. */
export function testDriver(): Driver {
  driver ??= neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', inject('boltPassword')))
  return driver
}

/**
 * The database as the workbench holds it, audit key and anchor included, for calling server code
 * directly (SystemAccess, verifyAuditChain). Closing it leaves the driver open.
 */
export function testDb(d: Driver = testDriver()): Db {
  seal ??= AuditSeal.open(inject('auditFiles'))
  return { driver: d, database: 'neo4j', seal, close: async () => {} }
}

/** Rows of a query; `AtLeast` = 1 types the first row as present, for queries that always return one. */
export async function cypher<T = Record<string, unknown>, AtLeast extends 0 | 1 = 0>(
  query: string,
  params: Record<string, unknown> = {},
): Promise<AtLeast extends 1 ? [T, ...T[]] : T[]> {
  const res = await testDriver().executeQuery(query, params, { database: 'neo4j' })
  return res.records.map((r) => {
    const o: Record<string, unknown> = {}
    for (const k of r.keys) {
      const v = r.get(k)
      o[k as string] = neo4j.isInt(v) ? v.toNumber() : v
    }
    return o as T
  }) as AtLeast extends 1 ? [T, ...T[]] : T[]
}

/** A fingerprint of the whole graph: counts and the sum of versions, to show nothing changed. */
export async function graphFingerprint(): Promise<string> {
  const [row] = await cypher<{ n: number; r: number; v: number; rv: number }>(
    `MATCH (n:Entity) WITH count(n) AS n, sum(n.version) AS v
     MATCH ()-[r]->() RETURN n, v, count(r) AS r, sum(coalesce(r.version, 0)) AS rv`,
  )
  return JSON.stringify(row)
}

export async function closeTestDriver() {
  await driver?.close()
  driver = null
}
