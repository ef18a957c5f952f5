import { identifiesProtected } from '../../data/protected-index.ts'
import { protectedPerson, visible } from '../../data/visibility.ts'

/**
 * Hits the viewer may see, best first, up to $scan of them after $skip: the index is asked for
 * every match and the visibility filter applied before the limit, so the hits counted and ranked
 * never depend on records the viewer may not see (a limit applied by the index, before the
 * filter, would let hidden matches push visible ones out: an oracle). With clearance the page
 * comes back as nodes, positions $offset to $end. Without it `rest` lists every hit with the
 * text it was found by (its searchText sources) unless it is a person: the data layer shields
 * that text and the service drops the hits that no longer match (search.service.ts). Persons'
 * own names are never withheld; the recorder comes along so that a text's own writer finds it
 * as they wrote it (no oracle).
 */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE ($kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)) AND ${visible('node')}
  // Without clearance a protected person cannot be found by their real name at all, nor by the
  // number of a phone they use or an account they hold (if the viewer sees them: see shield.ts).
  AND ($victimCleared OR NOT (${protectedPerson('node')} OR ${identifiesProtected('node', visible)}))
WITH node, score SKIP $skip LIMIT $scan
WITH node, score, CASE WHEN $victimCleared OR node:Person THEN null ELSE node {.id, .name,
  .reference, .address, .municipality, .number, .imei, .subscriberId, .identifier, .registrationNumber,
  .aliases, .caseNumber, .recordedBy, kind: [l IN labels(node) WHERE l IN $entityKinds][0]} END AS text
WITH collect({node: node, score: score, text: text}) AS found
RETURN CASE WHEN $victimCleared THEN [hit IN found[$offset..$end] | {node: hit.node, score: hit.score}]
  ELSE [] END AS page, size(found) AS scanned,
  CASE WHEN $victimCleared THEN [] ELSE [hit IN found | {id: hit.node.id, score: hit.score,
    text: hit.text}] END AS rest`

/** Hits the page needs after some were dropped, by id. */
export const SEARCH_PAGE = `MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')} RETURN n`
