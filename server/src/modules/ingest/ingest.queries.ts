import { ENTITY_KINDS, KIND_PROPS, LINK_KINDS } from '@htwb/graph'
import { identifiesProtected } from '../../data/protected-index.ts'
import { protectedPerson, visible } from '../../data/visibility.ts'

const PROP = /^[a-zA-Z]+$/

/**
 * What an import may match: visible, never a protected person, and without the clearance none
 * of the phones and assets that identify one (architecture rule 17).
 */
const matchable = (n: string, kind?: string) =>
  [
    visible(n),
    // A node has one kind label, so in a lookup of another kind no node is a protected person,
    // nor a phone or asset of one: left out there, as planning them is most of a small Check.
    ...(!kind || kind === 'Person' ? [`NOT ${protectedPerson(n)}`] : []),
    ...(!kind || kind === 'Phone' || kind === 'Asset'
      ? [`($victimCleared OR NOT ${identifiesProtected(n, visible)})`]
      : []),
  ].join('\n  AND ')

/** Indexes on the keys imports match by (migrations V0003, V0009, V0012). */
const KEY_INDEXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Phone', ['number']],
  ['Asset', ['identifier']],
  ['Location', ['name']],
  ['Person', ['lastName', 'firstName']],
  ...['Person', 'Organization', 'Location', 'Asset', 'Event'].map((k) => [k, ['ftmId']] as const),
]

/**
 * Entities the importer can see whose key equals a planned one. Protected persons (victims,
 * minors) are never matched by key: a match would confirm a pseudonymised identity without a
 * reveal; a new record is made and entity resolution proposes the merge. Without the clearance,
 * neither are the phones and assets of protected persons the importer sees (a call record naming
 * the number would show it as "Protected phone …" of that victim). `spec` is "Kind|field,field";
 * kind and fields are checked against the model before they reach the text of the query.
 */
export function matchByKey(spec: string): string {
  const [kind = '', fields = ''] = String(spec).split('|')
  const names = fields.split(',')
  const known = (ENTITY_KINDS as readonly string[]).includes(kind)
  // ftmId: the FollowTheMoney id an entity was imported under (modules/ftm), on any kind.
  const allowed = new Set(['name', 'ftmId', ...(known ? KIND_PROPS[kind as 'Phone'] : [])])
  if (!known || !names.every((f) => PROP.test(f) && allowed.has(f)))
    return `RETURN null AS ref, null AS id, null AS node LIMIT 0 // refused: ${visible('n').length}`
  const where = names.map((f) => `n.${f} = row.key.${f}`).join(' AND ')
  // The index the key can use, named: planned right after a large import (its counts not yet
  // sampled), the lookup of 10,000 phones took 31 s instead of 2 s without it.
  const index = KEY_INDEXES.find(([k, fs]) => k === kind && fs.every((f) => names.includes(f)))
  const hint = index ? ` USING INDEX n:${kind}(${index[1].join(', ')})` : ''
  return `
UNWIND $rows AS row
MATCH (n:${kind})${hint} WHERE ${where} AND ${matchable('n', kind)}
WITH row, n ORDER BY n.id
WITH row, head(collect(n)) AS n
RETURN row.ref AS ref, n.id AS id, n AS node`
}

/** Entities an earlier run of the same file created for keys matched within that file. */
export const MATCH_BY_IMPORT_KEY = `
UNWIND $rows AS row
MATCH (n:Entity {importKey: row.importKey}) WHERE ${visible('n')}
RETURN row.ref AS ref, n.id AS id, n AS node`

/**
 * The same for rows that name another file's scope (a set-aside file's import_scope column,
 * which anyone holding that file's Source could write): guarded as matchByKey is, so no crafted
 * file matches a protected person, or her phone without the clearance.
 */
export const MATCH_BY_BORROWED_KEY = `
UNWIND $rows AS row
MATCH (n:Entity {importKey: row.importKey}) WHERE ${matchable('n')}
RETURN row.ref AS ref, n.id AS id, n AS node`

/** Links an earlier run wrote, per kind (relationship indexes are per type). */
export const EXISTING_LINKS = Object.fromEntries(
  LINK_KINDS.map((k) => [
    k,
    `UNWIND $keys AS key MATCH (a)-[r:${k} {importKey: key}]->(b)
WHERE ${visible('a')} AND ${visible('b')}
RETURN DISTINCT key`,
  ]),
) as Record<(typeof LINK_KINDS)[number], string>

/**
 * The file's Source: one per file content and case (or, outside any case, per importer), so a
 * re-run cites the same one and nobody outside the case reaches its file name through it.
 */
export const MERGE_SOURCE = `
MERGE (s:Entity:Source {reference: $reference, importScope: $scope})
ON CREATE SET s += $props, s.importCreated = true
// Takes the node's write lock without changing it, so a second run of the file waits here.
ON MATCH SET s.importLock = true
WITH s, coalesce(s.importCreated, false) AS created
REMOVE s.importCreated, s.importLock
RETURN s.id AS id, created`

/** Provenance is the same for every row of a file: sent once as $prov, not per row. */
export const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (n:$(row.labels)) SET n = row.props, n += $prov`

/** An existing entity the file confirms cites the file too (once). */
export const CITE_SOURCE = `
UNWIND $ids AS id MATCH (n:Entity {id: id})
WHERE NOT $sourceId IN coalesce(n.sourceIds, [])
SET n.sourceIds = coalesce(n.sourceIds, []) + $sourceId`

/**
 * Plain CREATE: the import checked which links exist earlier in its transaction, under the lock
 * its Source node holds. (MERGE here would look each key up in an index that must be merged with
 * the transaction's own uncommitted links, which grows quadratically on large files.)
 */
export const CREATE_LINKS = Object.fromEntries(
  LINK_KINDS.map((k) => [
    k,
    `UNWIND $rows AS row
MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${k}]->(b) SET r = row.props, r += $prov`,
  ]),
) as Record<(typeof LINK_KINDS)[number], string>

/** Runs after CASE_NODE checked the case in the same transaction; existing members stay once. */
export const ADD_IMPORT_TO_CASE = `
MATCH (c:Case {id: $caseId})
UNWIND $rows AS row MATCH (n:Entity {id: row.id})
WHERE row.fresh OR NOT EXISTS { (n)-[:PART_OF_CASE]->(c) }
CREATE (n)-[r:PART_OF_CASE]->(c) SET r = row.props`

/** A Source this run created is staged with the rest of it. */
export const STAGE_SOURCE = `MATCH (s:Source {id: $id}) SET s:Staged, s.importRun = $runId`

/**
 * Claims the run for publication: lock first, then check, so a recovery that decided the run
 * was abandoned and this publication cannot both proceed.
 */
export const CLAIM_RUN = `
MATCH (r:ImportRun {id: $runId}) SET r.claimedAt = datetime()
WITH r WHERE r.status = 'RUNNING'
SET r.status = 'DONE', r.endedAt = datetime()
RETURN r.id AS id`

/** Makes a staged run visible at once. */
export const PUBLISH_RUN = `MATCH (n:Staged {importRun: $runId}) REMOVE n:Staged`

/**
 * Serialises imports of one file: the transaction that runs this holds the file's lock. A
 * staged run of the same file still in progress refuses the newcomer; a staged run records
 * itself here, under the lock.
 */
export const LOCK_FILE = `
MERGE (f:ImportFile {digest: $digest})
SET f.locked = true REMOVE f.locked
WITH f
OPTIONAL MATCH (r:ImportRun {digest: $digest, status: 'RUNNING'})
RETURN count(r) AS running`

export const START_RUN = `
CREATE (r:ImportRun {id: $runId, digest: $digest, status: 'RUNNING', by: $viewerName,
  startedAt: datetime(), heartbeatAt: datetime()})`
