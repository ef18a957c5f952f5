import { can } from '@htwb/graph/permissions'
import type { UserModel } from './models.ts'

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
 * Where a protected person lives is derived on the address (`hiddenUntil`, data/derived.ts).
 */
const cleared = (v: string) => `(
  (NOT (${v}:Person AND coalesce(${v}.category, '') = 'INFORMANT') OR $informantCleared)
  // H3 sources (informant reports, statements of children) need the highest clearance.
  AND (NOT (${v}:Source AND coalesce(${v}.handling, '') = 'H3') OR $informantCleared)
  AND ($victimCleared OR NOT (${v}:Location AND coalesce(${v}.locType, '') = 'ADDRESS'
    AND coalesce(${v}.hiddenUntil > date(), false)))
)`

/**
 * Need-to-know as a Cypher predicate over node variable `v`. A node is visible when the viewer
 * sees all cases, or it belongs to a case assigned to them, or it is the assigned case itself, or
 * it is shared reference data (places other than addresses, public institutions and NGOs), or
 * the viewer recorded it and it is in no case yet. Sources are not shared: they belong to the
 * cases they serve (their references and file names carry case numbers and names).
 * Nodes of an import still being written carry :Staged and exist for nobody until it publishes.
 *
 * Only label and property checks: the cases a node belongs to are kept on it (`caseIds`,
 * maintained by every write, data/derived.ts) and the viewer's assigned cases arrive as
 * $viewerCaseIds, so the predicate costs the same for any node whatever its degree.
 * Every query that returns or traverses entities for a user must apply it; DataAccess supplies
 * $viewerId, $viewerName, $viewerCaseIds and $allCases to every statement.
 */
export const visible = (v: string) => `(NOT ${v}:Staged AND ${cleared(v)} AND (
  $allCases
  OR (${v}:Location AND ${v}.locType <> 'ADDRESS')
  OR (${v}:Organization AND ${v}.orgType IN ['INSTITUTION', 'NGO'])
  OR (${v}:Case AND ${v}.id IN $viewerCaseIds)
  OR any(vcase_ IN coalesce(${v}.caseIds, []) WHERE vcase_ IN $viewerCaseIds)
  OR (${v}.recordedBy = $viewerName AND size(coalesce(${v}.caseIds, [])) = 0)
))`

/**
 * The TypeScript twin of the shared-reference clauses of `visible()`: records every user sees,
 * so only holders of `reference.write` may create or change them.
 */
export function isSharedReference(kind: string, props: Record<string, unknown>): boolean {
  if (kind === 'Location') return (props.locType ?? null) !== 'ADDRESS'
  if (kind === 'Organization') return ['INSTITUTION', 'NGO'].includes(props.orgType as string)
  return false
}

/**
 * Shared records only holders of `reference.write` may create or change. Cell sites are the one
 * exception: operators' infrastructure, named by every call-record file a case worker imports,
 * and no one's personal data (they remain visible to all, as every place other than an address).
 */
export const needsReferenceWrite = (kind: string, props: Record<string, unknown>): boolean =>
  isSharedReference(kind, props) && !(kind === 'Location' && props.locType === 'CELL_SITE')

/** The parameters `visible()` reads; `caseIds` are the cases assigned to the viewer. */
export function viewerParams(user: UserModel, caseIds: readonly string[]) {
  return {
    viewerId: user.id,
    // Never empty: Neo4j plans an empty list apart from a list of strings, so a viewer of no
    // case (a supervisor) and one of several would each pay for planning. No case has id ''.
    viewerCaseIds: caseIds.length ? caseIds : [''],
    viewerName: user.username,
    allCases: can(user, 'case.all'),
    victimCleared: user.clearances.includes('VICTIM_IDENTITY'),
    informantCleared: user.clearances.includes('INFORMANT_IDENTITY'),
  }
}
