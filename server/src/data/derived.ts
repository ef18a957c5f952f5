import type { ManagedTransaction } from 'neo4j-driver'
import type { Db } from './driver.ts'

/**
 * What need-to-know derives from a node's surroundings, kept on the node itself so that
 * `visible()` (visibility.ts) is label and property checks with no subquery per candidate:
 *
 * - `caseIds`: the ids of the cases the node is PART_OF_CASE of (every kind, sources and
 *   cases too: a case is a member of no case, so its list is empty);
 * - `hiddenUntil` on an address: until when a protected person lives there. A victim, or a
 *   person who was a minor when recorded, hides it for good (9999-12-31); a person recorded
 *   as an adult whose date of birth makes them a minor today hides it until their 18th
 *   birthday, so the address shows again on that day without a write.
 *
 * The write that changes membership, residence, a person's category or dates refreshes them in
 * its own transaction: `DataAccess.write` re-derives every id its audit entry names (and the
 * addresses of the persons among them), and the few statements that change membership of nodes
 * the entry does not name (sources joining a case) set `caseIds` themselves with `caseIdsOf`.
 */

/**
 * Never part of a record as it leaves: a node's case ids name cases the viewer may not hold,
 * and an address's date says a protected person lives there.
 */
export const DERIVED_KEYS: ReadonlySet<string> = new Set(['caseIds', 'hiddenUntil'])

/** The ids of the cases node `n` is PART_OF_CASE of. */
const caseIdsExpr = (n: string) => `[(${n})-[:PART_OF_CASE]->(case_) | case_.id]`

/** `SET` item recomputing node `n`'s case ids from its PART_OF_CASE links. */
export const caseIdsOf = (n: string) => `${n}.caseIds = ${caseIdsExpr(n)}`

/** Until when person `p` hides where they live, or null (never). */
const hidesUntil = (p: string) => `CASE
  WHEN coalesce(${p}.category, '') IN ['VICTIM', 'POTENTIAL_VICTIM'] THEN date('9999-12-31')
  WHEN ${p}.dateOfBirth IS NULL THEN null
  WHEN (${p}.validFrom IS NOT NULL OR ${p}.recordedAt IS NOT NULL)
    AND ${p}.dateOfBirth + duration('P18Y') > coalesce(${p}.validFrom, date(${p}.recordedAt))
    THEN date('9999-12-31')
  ELSE ${p}.dateOfBirth + duration('P18Y') END`

/** `SET` item recomputing address `a`'s hiddenUntil (null on anything but an address). */
export const hiddenUntilOf = (a: string) => `${a}.hiddenUntil = CASE
  WHEN ${a}:Location AND ${a}.locType = 'ADDRESS' THEN reduce(until_ = null, d_ IN
    [(${a})<-[:LIVES_AT]-(resident_:Person) | ${hidesUntil('resident_')}] |
    CASE WHEN d_ IS NOT NULL AND (until_ IS NULL OR d_ > until_) THEN d_ ELSE until_ END) END`

/**
 * Re-derives the nodes with these ids and the addresses their persons live at. Writes only what
 * changed, so re-deriving a large import's untouched matches costs reads, not writes.
 */
const DERIVE = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
// Locked before what the value is made of is read: a concurrent write of a membership, a home
// or a resident holds these locks until it commits, and its change would otherwise be
// overwritten by a value read before it (read committed).
SET n._derive = true REMOVE n._derive
WITH n, ${caseIdsExpr('n')} AS caseIds
CALL (n, caseIds) {
  // A record in no case reads the same with no list as with an empty one: nothing to write.
  WITH n WHERE coalesce(n.caseIds, []) <> caseIds
  SET n.caseIds = caseIds
}
WITH DISTINCT n
CALL (n) {
  MATCH (n:Person)-[:LIVES_AT]->(a:Location) RETURN a
  UNION
  WITH n WHERE n:Location RETURN n AS a
}
WITH DISTINCT a
// Cell sites and other places hide nobody: only an address (or one that was) is written.
WHERE a.locType = 'ADDRESS' OR a.hiddenUntil IS NOT NULL
SET a._derive = true REMOVE a._derive
WITH a
SET ${hiddenUntilOf('a')}`

const BATCH = 10_000

/** Re-derives need-to-know fields of `ids` inside the caller's transaction. */
export async function derive(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const all = [...new Set(ids)].filter((id) => typeof id === 'string' && !id.startsWith('lnk-'))
  for (let i = 0; i < all.length; i += BATCH) await tx.run(DERIVE, { ids: all.slice(i, i + BATCH) })
}

/**
 * Derives the fields of the whole graph, in batches of their own transactions: after a bulk
 * load (the demo, the benchmarks) and in the migration that introduced them.
 */
export const DERIVE_ALL = [
  `MATCH (n:Entity) CALL (n) { SET ${caseIdsOf('n')} } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (a:Location) WHERE a.locType = 'ADDRESS'
   CALL (a) { SET ${hiddenUntilOf('a')} } IN TRANSACTIONS OF 10000 ROWS`,
]

export async function deriveAll(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database })
  try {
    for (const statement of DERIVE_ALL) await session.run(statement)
  } finally {
    await session.close()
  }
}
