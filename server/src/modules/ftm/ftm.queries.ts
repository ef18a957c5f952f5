import { identifiesProtected } from '../../data/protected-index.ts'
import { protectedPerson, visible } from '../../data/visibility.ts'

/**
 * Entities an FtM file refers to without containing them, found by the id they were imported
 * under. Protected persons are not found (as matchByKey: no match by key confirms their identity),
 * nor, without the clearance, their phones and assets.
 */
export const KNOWN_FTM_IDS = `
UNWIND $ids AS ftmId
MATCH (n:Entity {ftmId: ftmId})
WHERE ${visible('n')} AND NOT coalesce(${protectedPerson('n')}, false)
  AND ($victimCleared OR NOT ${identifiesProtected('n', visible)})
  AND NOT n:Case AND NOT n:Source
WITH ftmId, n ORDER BY n.id
WITH ftmId, head(collect(n)) AS n
RETURN ftmId, n.id AS id,
  [k IN labels(n) WHERE k IN ['Person', 'Organization', 'Location', 'Asset', 'Event']][0] AS kind`

/** What an export may contain: the entities the user sees, or those of one case. */
export const EXPORT_NODES = `
MATCH (n:Entity)
WHERE (n:Person OR n:Organization OR n:Location OR n:Phone OR n:Asset OR n:Event)
  AND ${visible('n')}
  AND ($caseId IS NULL OR EXISTS { (n)-[:PART_OF_CASE]->(:Case {id: $caseId}) })
RETURN n`

/** Links leaving the exported entities; the export keeps those whose other end it holds too. */
export const EXPORT_LINKS = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) <> 'PART_OF_CASE' AND ${visible('a')} AND ${visible('b')}
RETURN a.id AS fromId, b.id AS toId, r`

/**
 * Addresses, phones and assets among $ids where a protected person or an informant the exporter
 * sees lives, that one uses or owns: their numbers and identifiers, and the FtM ids of such an
 * address and of the calls on such a phone, would find that person in the source dataset. Only persons the exporter sees count: a phone that
 * lost its number in the file because of someone they cannot see would tell them that person
 * exists (the export must not change shape because of a hidden record).
 */
export const PROTECTED_PLACES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE (n:Phone OR n:Asset OR (n:Location AND n.locType = 'ADDRESS')) AND ${visible('n')}
  AND EXISTS { (p:Person)-[:LIVES_AT|USES_PHONE|OWNS]->(n)
    WHERE ${visible('p')}
      AND (coalesce(${protectedPerson('p')}, false) OR coalesce(p.category, '') = 'INFORMANT') }
RETURN n.id AS id`
