import { protectedPerson } from '../../server/src/data/visibility.ts'

/**
 * Need-to-know as it was written before its fields were derived on the nodes (session 5):
 * walking from the node to its cases, their assignments and an address's residents with one
 * subquery each. Kept here only as the reference the derived predicate must agree with.
 */
const cleared = (v: string) => `(
  (NOT (${v}:Person AND coalesce(${v}.category, '') = 'INFORMANT') OR $informantCleared)
  AND (NOT (${v}:Source AND coalesce(${v}.handling, '') = 'H3') OR $informantCleared)
  AND ($victimCleared OR NOT (${v}:Location AND coalesce(${v}.locType, '') = 'ADDRESS'
    AND EXISTS { (${v})<-[:LIVES_AT]-(lp:Person) WHERE ${protectedPerson('lp')} }))
)`

export const visibleByWalk = (v: string) => `(NOT ${v}:Staged AND ${cleared(v)} AND (
  $allCases
  OR (${v}:Location AND ${v}.locType <> 'ADDRESS')
  OR (${v}:Organization AND ${v}.orgType IN ['INSTITUTION', 'NGO'])
  OR (${v}:Case AND EXISTS { (${v})<-[:ASSIGNED_TO]-(:User {id: $viewerId}) })
  OR EXISTS { (${v})-[:PART_OF_CASE]->(:Case)<-[:ASSIGNED_TO]-(:User {id: $viewerId}) }
  OR (${v}.recordedBy = $viewerName AND NOT EXISTS { (${v})-[:PART_OF_CASE]->() })
))`
