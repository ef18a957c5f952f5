import { identifiesProtected } from '../../data/protected-index.ts'
import { protectedPerson, visible } from '../../data/visibility.ts'

/**
 * Hits and their total in one index call; the total is counted up to 1000. For a viewer without
 * clearance, `rest` lists every hit, best first, with the text it was found by (its searchText
 * sources) unless it is a person: the data layer shields that text and the service drops the
 * hits that no longer match (search.service.ts). Persons' own names are never withheld; the
 * recorder comes along so that a text's own writer finds it as they wrote it (no oracle).
 */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
WHERE ($kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)) AND ${visible('node')}
  // Without clearance a protected person cannot be found by their real name at all, nor by the
  // number of a phone they use or an account they hold (if the viewer sees them: see shield.ts).
  AND ($victimCleared OR NOT (${protectedPerson('node')} OR ${identifiesProtected('node', visible)}))
WITH node, score, CASE WHEN $victimCleared OR node:Person THEN null ELSE node {.id, .name,
  .reference, .address, .municipality, .number, .imei, .subscriberId, .identifier, .registrationNumber,
  .aliases, .caseNumber, .recordedBy, kind: [l IN labels(node) WHERE l IN $entityKinds][0]} END AS text
WITH collect({node: node, score: score, text: text}) AS found
RETURN [hit IN found[0..$first] | {node: hit.node, score: hit.score}] AS page, size(found) AS total,
  CASE WHEN $victimCleared THEN [] ELSE [hit IN found | {id: hit.node.id, score: hit.score,
    text: hit.text}] END AS rest`

/** Hits the page needs after some were dropped, by id. */
export const SEARCH_PAGE = `MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')} RETURN n`
