import type { Role, UserModel } from './models.ts'

/** Roles that see every case of the directorate (they assign cases to others). */
export const ALL_CASES_ROLES: readonly Role[] = ['SUPERVISOR']

/** A victim, potential victim, or minor when recorded (or today, without a validity date). */
export const protectedPerson = (p: string) => `(${p}:Person AND (
  coalesce(${p}.category, '') IN ['VICTIM', 'POTENTIAL_VICTIM']
  OR (${p}.dateOfBirth IS NOT NULL AND (
    ${p}.dateOfBirth + duration('P18Y') > date()
    OR ${p}.dateOfBirth + duration('P18Y') > coalesce(${p}.validFrom, date(${p}.recordedAt), date())))))`

/**
 * Markings need clearances on top of need-to-know: informants do not exist for users without
 * INFORMANT_IDENTITY, and the addresses where protected persons live are hidden from users
 * without VICTIM_IDENTITY. Missing properties are coalesced: a null here would hide the node.
 */
const cleared = (v: string) => `(
  (NOT (${v}:Person AND coalesce(${v}.category, '') = 'INFORMANT') OR $informantCleared)
  AND ($victimCleared OR NOT (${v}:Location AND coalesce(${v}.locType, '') = 'ADDRESS'
    AND EXISTS { (${v})<-[:LIVES_AT]-(lp:Person) WHERE ${protectedPerson('lp')} }))
)`

/**
 * Need-to-know as a Cypher predicate over node variable `v`. A node is visible when the viewer
 * sees all cases, or it belongs to a case assigned to them, or it is the assigned case itself, or
 * it is shared reference data (sources, places other than addresses, public institutions and
 * NGOs), or the viewer recorded it and it is in no case yet.
 * Nodes of an import still being written carry :Staged and exist for nobody until it publishes.
 * Every query that returns or traverses entities for a user must apply it; DataAccess supplies
 * $viewerId, $viewerName and $allCases to every statement.
 */
export const visible = (v: string) => `(NOT ${v}:Staged AND ${cleared(v)} AND (
  $allCases
  // H3 sources (informant reports, statements of children) need the highest clearance.
  OR (${v}:Source AND (${v}.handling <> 'H3' OR $informantCleared))
  OR (${v}:Location AND ${v}.locType <> 'ADDRESS')
  OR (${v}:Organization AND ${v}.orgType IN ['INSTITUTION', 'NGO'])
  OR (${v}:Case AND EXISTS { (${v})<-[:ASSIGNED_TO]-(:User {id: $viewerId}) })
  OR EXISTS { (${v})-[:PART_OF_CASE]->(:Case)<-[:ASSIGNED_TO]-(:User {id: $viewerId}) }
  OR (${v}.recordedBy = $viewerName AND NOT EXISTS { (${v})-[:PART_OF_CASE]->() })
))`

export function viewerParams(user: UserModel) {
  return {
    viewerId: user.id,
    viewerName: user.username,
    allCases: user.roles.some((r) => ALL_CASES_ROLES.includes(r)),
    victimCleared: user.clearances.includes('VICTIM_IDENTITY'),
    informantCleared: user.clearances.includes('INFORMANT_IDENTITY'),
  }
}
