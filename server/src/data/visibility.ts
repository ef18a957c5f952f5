import type { Role, UserModel } from './models.ts'

/** Roles that see every case of the directorate (they assign cases to others). */
export const ALL_CASES_ROLES: readonly Role[] = ['SUPERVISOR']

/**
 * Need-to-know as a Cypher predicate over node variable `v`. A node is visible when the viewer
 * sees all cases, or it belongs to a case assigned to them, or it is the assigned case itself, or
 * it is shared reference data (sources, places other than addresses, public institutions and
 * NGOs), or the viewer recorded it and it is in no case yet.
 * Every query that returns or traverses entities for a user must apply it; DataAccess supplies
 * $viewerId, $viewerName and $allCases to every statement.
 */
export const visible = (v: string) => `(
  $allCases
  OR ${v}:Source
  OR (${v}:Location AND ${v}.locType <> 'ADDRESS')
  OR (${v}:Organization AND ${v}.orgType IN ['INSTITUTION', 'NGO'])
  OR (${v}:Case AND EXISTS { (${v})<-[:ASSIGNED_TO]-(:User {id: $viewerId}) })
  OR EXISTS { (${v})-[:PART_OF_CASE]->(:Case)<-[:ASSIGNED_TO]-(:User {id: $viewerId}) }
  OR (${v}.recordedBy = $viewerName AND NOT EXISTS { (${v})-[:PART_OF_CASE]->() })
)`

export function viewerParams(user: UserModel) {
  return {
    viewerId: user.id,
    viewerName: user.username,
    allCases: user.roles.some((r) => ALL_CASES_ROLES.includes(r)),
  }
}
