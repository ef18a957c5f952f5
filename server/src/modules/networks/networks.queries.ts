import { visible } from '../../data/visibility.ts'

/**
 * A link is inside the window when its time overlaps it: `at` for calls and payments, otherwise
 * validFrom–validTo. Links with no time at all are kept: unknown is not outside.
 */
const IN_WINDOW = `
  ($from IS NULL OR coalesce(date(r.at), r.validTo) IS NULL OR coalesce(date(r.at), r.validTo) >= $from)
  AND ($to IS NULL OR coalesce(date(r.at), r.validFrom) IS NULL OR coalesce(date(r.at), r.validFrom) <= $to)
  AND (NOT b:Event OR b.date IS NULL OR (($from IS NULL OR b.date >= $from) AND ($to IS NULL OR b.date <= $to)))`

export const SEEDS = `MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')} RETURN n`

/**
 * One step of expansion. A Case in the frontier brings its members whatever kinds are asked:
 * membership is all a case has, and leaving it out made a case expand into nothing. From the
 * other end (a member to its cases) membership is followed only when asked. Neighbours already in the result ($known) always come back (their links
 * complete the picture); new ones only up to $room, most connected first, so the rows returned
 * are exactly what the user will see and what the consultation audit records. Each pair brings
 * at most $perPair links, newest first, and says how many it has (a phone's thousands of calls
 * to another are paged through the links query, not drawn at once).
 */
export const NEIGHBOURS = `
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE (type(r) IN $kinds OR (a:Case AND type(r) = 'PART_OF_CASE')) AND ${IN_WINDOW}
  AND ${visible('b')}
WITH a, b, r ORDER BY coalesce(r.at, r.recordedAt) DESC, r.id
WITH a, b, collect(DISTINCT r) AS rs
WITH b, collect({aId: a.id, rs: rs[..$perPair], total: size(rs)}) AS pairs, sum(size(rs)) AS weight
ORDER BY weight DESC, b.id
WITH collect({b: b, pairs: pairs, known: b.id IN $known}) AS found
WITH [x IN found WHERE x.known] AS old, [x IN found WHERE NOT x.known] AS fresh
WITH old + fresh[..$room] AS kept, size(fresh) > $room AS truncated
UNWIND kept AS x
RETURN x.b AS b, [p IN x.pairs | {aId: p.aId, total: p.total,
  links: [rel IN p.rs | {r: rel, fromId: startNode(rel).id, toId: endNode(rel).id}]}] AS pairs,
  truncated`

/** Hop limits cannot be parameters in Cypher; the service passes a checked integer 1–6. */
export const shortestPaths = (maxHops: number) => `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
// Visibility is part of the search itself: checking it afterwards would answer "no path" where
// a shorter hidden one exists, which tells the user a hidden connection is there.
WHERE all(r IN relationships(p) WHERE type(r) IN $kinds) AND all(x IN nodes(p) WHERE ${visible('x')})
RETURN p
LIMIT $first`

export const EXISTING = `MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')} RETURN n.id AS id`
