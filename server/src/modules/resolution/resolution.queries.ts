import { LINK_KINDS, type LinkKind } from '@htwb/graph'
import { protectedPerson, visible } from '../../data/visibility.ts'

/** Kinds whose duplicates are proposed and merged. */
export const RESOLVED_KINDS = ['Person', 'Organization'] as const
export type ResolvedKind = (typeof RESOLVED_KINDS)[number]

/**
 * Who may be proposed: visible to the viewer, and never a protected person or an informant (a
 * proposal would tie a pseudonym to a name, or expose a source).
 */
const candidate = (v: string) =>
  `(${visible(v)} AND NOT ${protectedPerson(v)} AND coalesce(${v}.category, '') <> 'INFORMANT')`

/** A protected person or an informant: their names never appear next to them. */
const withheld = (v: string) =>
  `(${protectedPerson(v)} OR coalesce(${v}.category, '') = 'INFORMANT')`

/**
 * Shared reference data among the merged kinds: public institutions and NGOs, which `visible()`
 * shows to everyone. Merging one with a case-scoped record would change who sees what.
 */
const sharedReference = (v: string) =>
  `(${v}:Organization AND coalesce(${v}.orgType, '') IN ['INSTITUTION', 'NGO'])`

const IDS: Record<ResolvedKind, (v: string) => string> = {
  Person: (v) => `coalesce(${v}.identifiers, [])`,
  Organization: (v) => `[x IN [${v}.registrationNumber] WHERE x IS NOT NULL]`,
}
const ADDRESS_LINK: Record<ResolvedKind, string> = {
  Person: 'LIVES_AT',
  Organization: 'LOCATED_AT',
}

/**
 * Blocking: pairs worth scoring, then what they share. A pair shares two name tokens of
 * `searchText` (which holds each name token folded and as its phonetic key, so spellings across
 * scripts meet; blocked on the two together, so "Arben Krasniqi" meets a handful of namesakes,
 * not every Krasniqi), or one name token and the birth date; or a phone, an identifier, an
 * address or an asset. A key shared by more than $maxBlock records blocks nothing. Pairs already
 * decided different are left out.
 */
/** Alphabetic search tokens (folded and phonetic forms of names and aliases). */
const tokens = (v: string) =>
  `[t IN split(coalesce(${v}.searchText, ''), ' ') WHERE size(t) > 2 AND t =~ '[a-z]+']`
/** With a case asked for, at least one of the pair is in it. */
const inScope = `(seeds IS NULL OR x.id IN seeds OR y.id IN seeds)`
/** Namesakes born on different days are not candidates on their names alone. */
const birthAgrees = `(x.dateOfBirth IS NULL OR y.dateOfBirth IS NULL OR x.dateOfBirth = y.dateOfBirth)`
/** Grouped by the shared node and capped like the name blocks: a phone of thousands pairs none. */
const sharing = (rel: string, label: string, v: string) => `
  UNWIND people AS p
  MATCH (p)-[:${rel}]->(${v}:${label}) WHERE ${visible(v)}
  WITH ${v}, collect(DISTINCT p) AS group
  WHERE 1 < size(group) <= $maxBlock AND (seeds IS NULL OR any(q IN group WHERE q.id IN seeds))
  UNWIND group AS x
  UNWIND group AS y
  WITH x, y WHERE x.id < y.id AND ${inScope}
  RETURN x, y`

/** The blocked pairs (x, y), x.id < y.id, without decided ones, with what they share. */
const scoredPairs = (k: ResolvedKind) => `
WITH DISTINCT x, y
// A pair across visibility scopes cannot be merged (merge/invalid_pair): not proposed either.
WHERE NOT EXISTS { (:DistinctPair {pairKey: x.id + '|' + y.id}) }
  AND ${sharedReference('x')} = ${sharedReference('y')}
WITH x, y LIMIT $maxPairs
// What a crowd shares (a hotline, a hotel, a company car) is no evidence: capped as in blocking.
RETURN x AS a, y AS b,
  COUNT { (x)-[:USES_PHONE]->(ph:Phone)<-[:USES_PHONE]-(y)
    WHERE ${visible('ph')} AND COUNT { (ph)<-[:USES_PHONE]-() } <= $maxBlock } AS phones,
  COUNT { (x)-[:${ADDRESS_LINK[k]}]->(l:Location {locType: 'ADDRESS'})<-[:${ADDRESS_LINK[k]}]-(y)
    WHERE ${visible('l')} AND COUNT { (l)<-[:${ADDRESS_LINK[k]}]-() } <= $maxBlock } AS addresses,
  COUNT { (x)-[:OWNS]->(s:Asset)<-[:OWNS]-(y)
    WHERE ${visible('s')} AND COUNT { (s)<-[:OWNS]-() } <= $maxBlock } AS assets`

const candidatePairs = (k: ResolvedKind) => `
OPTIONAL MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
// A case asked for but not seen seeds nothing (never null: null means the whole queue).
WITH CASE WHEN $caseId IS NULL THEN null WHEN c IS NULL THEN [] ELSE
  [(c)<-[:PART_OF_CASE]-(m:${k}) | m.id] END AS seeds
MATCH (p:${k}) WHERE ${candidate('p')}
WITH seeds, collect(p) AS people
CALL (seeds, people) {
  UNWIND people AS p
  WITH p, ${tokens('p')} AS ts
  UNWIND ts AS t1
  UNWIND ts AS t2
  WITH p, t1, t2 WHERE t1 < t2 OR (t1 = t2 AND p:Organization)
  WITH t1 + ' ' + t2 AS key, collect(DISTINCT p) AS group
  WHERE 1 < size(group) <= $maxBlock AND (seeds IS NULL OR any(q IN group WHERE q.id IN seeds))
  UNWIND group AS x
  UNWIND group AS y
  WITH x, y WHERE x.id < y.id AND ${inScope} AND ${birthAgrees}
  RETURN x, y
  UNION
  UNWIND people AS p
  WITH p WHERE p.dateOfBirth IS NOT NULL
  UNWIND ${tokens('p')} AS t
  WITH toString(p.dateOfBirth) + ' ' + t AS key, collect(DISTINCT p) AS group
  WHERE 1 < size(group) <= $maxBlock AND (seeds IS NULL OR any(q IN group WHERE q.id IN seeds))
  UNWIND group AS x
  UNWIND group AS y
  WITH x, y WHERE x.id < y.id AND ${inScope}
  RETURN x, y
  UNION ${sharing('USES_PHONE', 'Phone', 'ph')}
  UNION ${sharing(ADDRESS_LINK[k], "Location {locType: 'ADDRESS'}", 'l')}
  UNION ${sharing('OWNS', 'Asset', 's')}
  UNION
  UNWIND people AS p
  UNWIND ${IDS[k]('p')} AS raw
  WITH toUpper(reduce(s = raw, c IN [' ', '-', '.', '/'] | replace(s, c, ''))) AS ident,
    collect(DISTINCT p) AS group
  WHERE 1 < size(group) <= $maxBlock
  UNWIND group AS x
  UNWIND group AS y
  WITH x, y WHERE x.id < y.id AND ${inScope}
  RETURN x, y
}
${scoredPairs(k)}`

/** Identifiers compared ignoring spacing, dashes, dots, slashes and case. */
const ident = (raw: string) =>
  `toUpper(reduce(s = ${raw}, c IN [' ', '-', '.', '/'] | replace(s, c, '')))`

/** Records sharing every given token of `searchText`, through the full-text index. */
const withTokens = (k: ResolvedKind, keys: string, v: string) => `
  CALL db.index.fulltext.queryNodes('entity_search',
    reduce(q = '', t IN ${keys} | q + CASE q WHEN '' THEN '' ELSE ' AND ' END + 'searchText:' + t))
  YIELD node AS ${v}
  WITH ${v} WHERE ${v}:${k} AND all(t IN ${keys} WHERE t IN ${tokens(v)}) AND ${candidate(v)}`

/** The pairs of a group that have a member of the case in them. */
const groupPairs = (extra = 'true') => `
  WHERE 1 < size(group) <= $maxBlock
  UNWIND group AS x
  UNWIND group AS y
  WITH x, y WHERE x.id < y.id AND (x.id IN seeds OR y.id IN seeds) AND ${extra}
  RETURN x, y`

/** Grouped by a node a case member links to, all its records (as `sharing`, from the seeds). */
const sharingFrom = (rel: string, label: string, k: ResolvedKind) => `
  UNWIND members AS m
  MATCH (m)-[:${rel}]->(v:${label}) WHERE ${visible('v')}
  WITH DISTINCT seeds, v
  WITH seeds, COLLECT { MATCH (v)<-[:${rel}]-(q:${k}) WHERE ${candidate('q')} RETURN DISTINCT q } AS group
  ${groupPairs()}`

/**
 * A case's queue, blocked from its members: the same pairs as CANDIDATE_PAIRS with the case, each
 * key's group still counted over every record the viewer may see (a key shared by more than
 * $maxBlock pairs nothing), but only the keys of the members are looked up: name tokens through
 * the full-text index, birth dates and identifiers in one pass, shared phones, addresses and
 * assets from the members' own links. The work grows with the case, not with the graph.
 */
const caseCandidatePairs = (k: ResolvedKind) => `
OPTIONAL MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
// Lists filtered in comprehensions: the planner cannot move need-to-know before the cheap tests.
WITH [m IN COLLECT { MATCH (c)<-[:PART_OF_CASE]-(m:${k}) RETURN DISTINCT m } WHERE ${candidate('m')}]
  AS members
WITH members, [m IN members | m.id] AS seeds
CALL (members, seeds) {
  UNWIND members AS m
  WITH seeds, ${tokens('m')} AS ts
  UNWIND ts AS t1
  UNWIND ts AS t2
  WITH DISTINCT seeds, t1, t2 WHERE t1 < t2 OR (t1 = t2 AND '${k}' = 'Organization')
  CALL (t1, t2) {
    ${withTokens(k, 'CASE WHEN t1 = t2 THEN [t1] ELSE [t1, t2] END', 'p')}
    RETURN p LIMIT $maxBlock + 1
  }
  WITH seeds, t1, t2, collect(p) AS group
  ${groupPairs(birthAgrees)}
  UNION
  UNWIND members AS m
  WITH seeds, members, m WHERE m.dateOfBirth IS NOT NULL
  UNWIND ${tokens('m')} AS t
  WITH seeds, collect(DISTINCT toString(m.dateOfBirth) + ' ' + t) AS keys,
    collect(DISTINCT m.dateOfBirth) AS births
  MATCH (p:${k}) WHERE p.dateOfBirth IN births
  UNWIND ${tokens('p')} AS t
  WITH seeds, keys, p, toString(p.dateOfBirth) + ' ' + t AS key WHERE key IN keys
  WITH seeds, key, collect(DISTINCT p) AS found
  WITH seeds, [p IN found WHERE ${candidate('p')}] AS group
  ${groupPairs()}
  UNION ${sharingFrom('USES_PHONE', 'Phone', k)}
  UNION ${sharingFrom(ADDRESS_LINK[k], "Location {locType: 'ADDRESS'}", k)}
  UNION ${sharingFrom('OWNS', 'Asset', k)}
  UNION
  UNWIND members AS m
  UNWIND ${IDS[k]('m')} AS raw
  WITH seeds, collect(DISTINCT ${ident('raw')}) AS idents
  MATCH (p:${k})
  UNWIND ${IDS[k]('p')} AS raw
  WITH seeds, idents, p, ${ident('raw')} AS id WHERE id IN idents
  WITH seeds, id, collect(DISTINCT p) AS found
  WITH seeds, [p IN found WHERE ${candidate('p')}] AS group
  ${groupPairs()}
}
${scoredPairs(k)}`

/** The case a queue is asked for, if the viewer sees it. */
export const VISIBLE_CASE = `
MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
RETURN c.id AS id`

/** The whole queue (with $caseId, by the same scan of every record, filtered: the reference). */
export const CANDIDATE_PAIRS = Object.fromEntries(
  RESOLVED_KINDS.map((k) => [k, candidatePairs(k)]),
) as Record<ResolvedKind, string>

/** A case's queue ($caseId), blocked from its members. */
export const CASE_CANDIDATE_PAIRS = Object.fromEntries(
  RESOLVED_KINDS.map((k) => [k, caseCandidatePairs(k)]),
) as Record<ResolvedKind, string>

/**
 * Both records of a merge, under write locks (set and removed in one statement, so nothing
 * changes), so no one edits either between the version check and the merge.
 */
export const LOCK_PAIR = `
OPTIONAL MATCH (k:Entity {id: $keepId}) WHERE ${visible('k')}
OPTIONAL MATCH (a:Entity {id: $absorbId}) WHERE ${visible('a')}
SET k._lock = true, a._lock = true
REMOVE k._lock, a._lock
RETURN k, a, k IS NOT NULL AND ${protectedPerson('k')} AS keepProtected,
  a IS NOT NULL AND ${protectedPerson('a')} AS absorbProtected,
  k IS NOT NULL AND ${sharedReference('k')} AS keepShared,
  a IS NOT NULL AND ${sharedReference('a')} AS absorbShared`

/** Both records of a distinct decision, if the viewer sees them. */
export const FIND_PAIR = `
OPTIONAL MATCH (x:Entity {id: $aId}) WHERE ${visible('x')}
OPTIONAL MATCH (y:Entity {id: $bId}) WHERE ${visible('y')}
RETURN x, y`

/** A copy of a node's properties, native types kept, for undo. Not an :Entity: no one finds it. */
export const SNAPSHOT_NODE = `
MATCH (n:Entity {id: $id})
CREATE (s:MergeSnapshot)
SET s = properties(n), s._mergeId = $mergeId, s._role = $role`

/**
 * Links that cannot move: those between the two records (they would join the survivor to
 * itself) and the absorbed record's membership of a case the survivor is in already. They are
 * kept as snapshots for undo and removed.
 */
export const SET_ASIDE_LINKS = `
MATCH (k:Entity {id: $keepId}), (a:Entity {id: $absorbId})
MATCH (x:Entity)-[r]->(y:Entity)
WHERE (x = a AND y = k) OR (x = k AND y = a)
  OR (x = a AND type(r) = 'PART_OF_CASE' AND EXISTS { (k)-[:PART_OF_CASE]->(y) })
CREATE (s:MergeSnapshot)
SET s = properties(r), s._mergeId = $mergeId, s._role = 'link', s._type = type(r),
  s._from = x.id, s._to = y.id
DELETE r
RETURN count(s) AS count`

export const ABSORBED_LINK_KINDS = `
MATCH (a:Entity {id: $absorbId})-[r]-() RETURN collect(DISTINCT type(r)) AS kinds`

/** A relationship cannot change ends: each is recreated with its properties (id included). */
const move = (k: LinkKind, out: boolean) => `
MATCH (src:Entity {id: $fromId})
MATCH (dst:Entity {id: $toId})
MATCH (src)${out ? '-' : '<-'}[r:${k}]${out ? '->' : '-'}(o)
WHERE o <> dst AND ($ids IS NULL OR r.id IN $ids)
CREATE ${out ? `(dst)-[n:${k}]->(o)` : `(o)-[n:${k}]->(dst)`}
SET n = properties(r)
DELETE r
RETURN n.id AS id`

/** Moves links of kind from node $fromId to node $toId, outgoing and incoming; $ids limits them. */
export const MOVE_OUT = Object.fromEntries(LINK_KINDS.map((k) => [k, move(k, true)])) as Record<
  LinkKind,
  string
>
export const MOVE_IN = Object.fromEntries(LINK_KINDS.map((k) => [k, move(k, false)])) as Record<
  LinkKind,
  string
>

export const UPDATE_SURVIVOR = `
MATCH (k:Entity {id: $keepId})
SET k += $changes, k.version = k.version + 1, k.updatedAt = datetime(), k.updatedBy = $viewerName
RETURN k, ${protectedPerson('k')} AS protected`

// Not DETACH: every link has moved or been set aside; one left over fails the merge, never lost.
export const DELETE_ABSORBED = `MATCH (a:Entity {id: $absorbId}) DELETE a`

/** What undo needs besides the snapshots; ids only, no names. */
export const CREATE_MERGE_RECORD = `
CREATE (m:MergeRecord)
SET m = $record, m.mergedAt = datetime(), m.mergedBy = $viewerName
RETURN m`

/**
 * Recent merges whose survivor the viewer sees, newest first, with the absorbed name unless the
 * survivor is (now) protected or an informant: the name would sit beside its pseudonym.
 */
export const RECENT_MERGES = `
MATCH (m:MergeRecord)
MATCH (k:Entity {id: m.keepId}) WHERE ${visible('k')}
OPTIONAL MATCH (s:MergeSnapshot {_mergeId: m.id, _role: 'absorbed'})
RETURN m, k, CASE WHEN ${withheld('k')} THEN null ELSE s.name END AS absorbedName
ORDER BY m.mergedAt DESC LIMIT $first`

/** The merge to undo and its survivor, locked. */
export const LOCK_MERGE = `
MATCH (m:MergeRecord {id: $mergeId})
OPTIONAL MATCH (k:Entity {id: m.keepId}) WHERE ${visible('k')}
SET m._lock = true, k._lock = true
REMOVE m._lock, k._lock
RETURN m, k, EXISTS { (:Entity {id: m.absorbId}) } AS absorbedExists`

const RESTORE_SNAPSHOT_KEYS = 's._mergeId, s._role, s._type, s._from, s._to'

/** Recreates the absorbed node from its snapshot, labels from the closed vocabulary. */
export const RESTORE_ABSORBED = Object.fromEntries(
  RESOLVED_KINDS.map((k) => [
    k,
    `MATCH (s:MergeSnapshot {_mergeId: $mergeId, _role: 'absorbed'})
CREATE (n:Entity:${k})
SET n = properties(s)
REMOVE ${RESTORE_SNAPSHOT_KEYS.replaceAll('s.', 'n.')}
DELETE s
RETURN n`,
  ]),
) as Record<ResolvedKind, string>

export const RESTORE_SURVIVOR = `
MATCH (s:MergeSnapshot {_mergeId: $mergeId, _role: 'survivor'})
MATCH (k:Entity {id: $keepId})
SET k = properties(s)
REMOVE ${RESTORE_SNAPSHOT_KEYS.replaceAll('s.', 'k.')}
DELETE s
RETURN k`

/** Whether the viewer sees a record (after undo restored it with its links). */
export const IS_VISIBLE = `
MATCH (n:Entity {id: $id})
RETURN ${visible('n')} AS visible`

export const SET_ASIDE_KINDS = `
MATCH (s:MergeSnapshot {_mergeId: $mergeId, _role: 'link'}) RETURN collect(DISTINCT s._type) AS kinds`

/** Puts back the links SET_ASIDE_LINKS removed, one statement per kind. */
export const RESTORE_LINKS = Object.fromEntries(
  LINK_KINDS.map((k) => [
    k,
    `MATCH (s:MergeSnapshot {_mergeId: $mergeId, _role: 'link', _type: '${k}'})
MATCH (x:Entity {id: s._from})
MATCH (y:Entity {id: s._to})
CREATE (x)-[r:${k}]->(y)
SET r = properties(s)
REMOVE ${RESTORE_SNAPSHOT_KEYS.replaceAll('s.', 'r.')}
DELETE s`,
  ]),
) as Record<LinkKind, string>

export const DELETE_MERGE_RECORD = `
MATCH (m:MergeRecord {id: $mergeId})
OPTIONAL MATCH (s:MergeSnapshot {_mergeId: $mergeId})
DETACH DELETE m, s`

/** A decision that two records are different people or organisations: never proposed again. */
export const MARK_DISTINCT = `
MATCH (x:Entity {id: $aId}) WHERE ${visible('x')}
MATCH (y:Entity {id: $bId}) WHERE ${visible('y')}
MERGE (d:DistinctPair {pairKey: $aId + '|' + $bId})
ON CREATE SET d.aId = $aId, d.bId = $bId, d.decidedAt = datetime(), d.decidedBy = $viewerName
RETURN d.pairKey AS pairKey, [p IN [x, y] WHERE p:Person | p.id] AS personIds`

/**
 * Erasure reaches merge records: those of the erased records, and any whose snapshots hold a
 * form of the erased name (that merge can then no longer be undone). Distinct decisions about
 * the erased go too. Not scoped to the viewer: erasure must reach everything.
 */
export const ERASE_RESOLUTION_RECORDS = `
CALL () {
  MATCH (m:MergeRecord)
  WHERE m.keepId IN $erased OR m.absorbId IN $erased OR EXISTS {
    MATCH (s:MergeSnapshot {_mergeId: m.id})
    WHERE any(key IN keys(s) WHERE any(f IN $forms WHERE
      (s[key] IS :: STRING AND toLower(s[key]) CONTAINS f)
      OR (s[key] IS :: LIST<STRING NOT NULL> AND any(x IN s[key] WHERE toLower(x) CONTAINS f)))) }
  OPTIONAL MATCH (s:MergeSnapshot {_mergeId: m.id})
  DETACH DELETE m, s
  RETURN count(DISTINCT m) AS merges
}
CALL () {
  MATCH (d:DistinctPair) WHERE d.aId IN $erased OR d.bId IN $erased
  DELETE d
  RETURN count(d) AS decisions
}
RETURN merges, decisions`
