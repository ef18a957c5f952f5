import { ENTITY_KINDS, LINK_KINDS } from '@htwb/graph'
import { identifiesProtected } from '../../data/protected-index.ts'
import { visible } from '../../data/visibility.ts'
import { caseIdsOf } from '../../data/derived.ts'

export const ENTITIES_BY_IDS = `MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')} RETURN n`

/**
 * Links page newest first: by a call's or payment's time, else when the link was recorded, then
 * by id. The key is a number (epoch milliseconds) so that the cursor compares exactly.
 */
const LINK_TIME = `coalesce(r.at, r.recordedAt, datetime({epochMillis: 0})).epochMillis`
const AFTER_LINK = `($after IS NULL OR t < $after[0] OR (t = $after[0] AND r.id > $after[1]))`

export const LINKS_OF = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ${visible('other')}
  WITH DISTINCT r, other, ${LINK_TIME} AS t WHERE ${AFTER_LINK}
  RETURN r, other, t ORDER BY t DESC, r.id LIMIT $first + 1
}
// The other end is returned so the consultation audit sees the persons a link reveals.
WITH collect({r: r, fromId: startNode(r).id, toId: endNode(r).id, other: other, k: [t, r.id]}) AS found
RETURN found[..$first] AS page, size(found) > $first AS more`

export const LINK_TOTAL = `
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ${visible('other')}
RETURN count(DISTINCT r) AS count`

export const LINK_COUNTS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT { MATCH (n)-[r]-(m:Entity) WHERE ${visible('m')} RETURN DISTINCT r } AS count`

/** Links of any of $ids to any of $others (or to anything): both ends visible, as pages. */
const AMONG = `
  MATCH (a:Entity) WHERE a.id IN $ids AND ${visible('a')}
  MATCH (a)-[r]-(b:Entity)
  WHERE ($others IS NULL OR b.id IN $others) AND ($kinds IS NULL OR type(r) IN $kinds)
    AND ${visible('b')}`

export const LINKS_AMONG = `
CALL () {
  ${AMONG}
  WITH DISTINCT r, ${LINK_TIME} AS t WHERE ${AFTER_LINK}
  RETURN r, t ORDER BY t DESC, r.id LIMIT $first + 1
}
// Both ends come back for the consultation audit: a link reveals whom it joins.
WITH collect({r: r, from: startNode(r), to: endNode(r), k: [t, r.id]}) AS found
RETURN found[..$first] AS page, size(found) > $first AS more`

export const LINKS_AMONG_TOTAL = `${AMONG}
RETURN count(DISTINCT r) AS count`

/** A source the user may not see is refused exactly as one that does not exist (no oracle). */
export const SOURCE_IDS = `MATCH (s:Source) WHERE s.id IN $ids AND ${visible('s')} RETURN s.id AS id`

/**
 * Bumping the version first takes the node's write lock and reads the version under it, so two
 * editors starting from the same version cannot both pass the check (no lost update). `withheld`:
 * a phone or asset of a protected person the editor sees, whose number is withheld from them.
 */
export const LOCK_ENTITY_FOR_UPDATE = `
MATCH (n:Entity {id: $id}) WHERE ${visible('n')}
SET n.version = n.version + 1
RETURN n, ${identifiesProtected('n', visible)} AS withheld`

export const UPDATE_ENTITY = `MATCH (n:Entity {id: $id}) SET n += $props RETURN n`

/**
 * Sources are case data: those a record rests on join every case the record is in ($ids are the
 * records; for a link, its two ends with the link's own sources in $sourceIds), so the case's
 * team can open the provenance of what it sees. Only sources the writer sees join.
 */
export const JOIN_SOURCES_TO_CASES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:PART_OF_CASE]->(c:Case)
UNWIND coalesce($sourceIds, n.sourceIds, []) AS sid
WITH DISTINCT sid, c
MATCH (s:Entity {id: sid}) WHERE s:Source AND ${visible('s')}
MERGE (s)-[r:PART_OF_CASE]->(c)
ON CREATE SET r = $props, r.id = 'lnk-' + randomUUID()
WITH DISTINCT s SET ${caseIdsOf('s')}`

export const ADD_TO_CASE = `
MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
MATCH (n:Entity {id: $id})
MERGE (n)-[r:PART_OF_CASE]->(c)
ON CREATE SET r = $props`

// Kinds and link types are interpolated from the closed vocabulary only.
export const CREATE_ENTITY = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k, `CREATE (n:Entity:${k}) SET n = $props RETURN n`]),
) as Record<(typeof ENTITY_KINDS)[number], string>

export const CREATE_LINK = Object.fromEntries(
  LINK_KINDS.map((k) => [
    k,
    `MATCH (a:Entity {id: $fromId}) MATCH (b:Entity {id: $toId})
     CREATE (a)-[r:${k}]->(b) SET r = $props
     RETURN r, a.id AS fromId, b.id AS toId`,
  ]),
) as Record<(typeof LINK_KINDS)[number], string>

export const LINK_ENDPOINTS = `
MATCH (a:Entity {id: $fromId}) WHERE ${visible('a')}
MATCH (b:Entity {id: $toId}) WHERE ${visible('b')}
RETURN [l IN labels(a) WHERE l <> 'Entity'][0] AS fromKind, [l IN labels(b) WHERE l <> 'Entity'][0] AS toKind`

/** One index seek per link kind: a link id does not say its type. */
const LINK_MATCH = LINK_KINDS.map(
  (k) =>
    `MATCH (a)-[r:${k} {id: $id}]->(b) WHERE ${visible('a')} AND ${visible('b')} RETURN r, a.id AS fromId, b.id AS toId`,
).join(' UNION ALL ')

/** As LOCK_ENTITY_FOR_UPDATE, for links; also returns the end kinds for the audit. */
export const LOCK_LINK_FOR_UPDATE = `
CALL () { ${LINK_MATCH} }
SET r.version = r.version + 1
// The ends as nodes: a pattern comprehension needs a relationship, and (p:Person) alone does
// not parse on Neo4j 5.
RETURN r, fromId, toId, [n IN [startNode(r), endNode(r)] WHERE n:Person | n.id] AS personIds`

export const UPDATE_LINK = `
CALL () { ${LINK_MATCH} }
SET r += $props
RETURN r, fromId, toId`

export const REVEAL_PERSON = `MATCH (n:Person {id: $id}) WHERE ${visible('n')} RETURN n`
