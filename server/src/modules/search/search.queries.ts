import { protectedPerson, visible } from '../../data/visibility.ts'

/** Hits and their total in one index call; the total is counted up to 1000. */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
WHERE ($kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)) AND ${visible('node')}
  // Without clearance a protected person cannot be found by their real name at all.
  AND ($victimCleared OR NOT ${protectedPerson('node')})
WITH collect({node: node, score: score}) AS found
UNWIND found[0..$first] AS hit
RETURN hit.node AS node, hit.score AS score, size(found) AS total`
