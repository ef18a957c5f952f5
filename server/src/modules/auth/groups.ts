import type { GroupMapping } from '../../config.ts'
import type { Clearance, Role } from '../../data/models.ts'
import { CLEARANCES, ROLES } from '../../data/models.ts'

/**
 * Roles and clearances granted by a provider's group claim: the union over the groups the
 * mapping names. Unknown groups grant nothing; Keycloak's "/parent/child" paths match as written.
 */
export function rolesFromGroups(
  map: GroupMapping,
  claim: unknown,
): { roles: Role[]; clearances: Clearance[] } {
  const groups = Array.isArray(claim) ? claim.filter((g) => typeof g === 'string') : []
  const roles = new Set<Role>()
  const clearances = new Set<Clearance>()
  for (const g of groups) {
    const grant = Object.hasOwn(map, g) ? map[g] : undefined
    grant?.roles.forEach((r) => roles.add(r))
    grant?.clearances.forEach((c) => clearances.add(c))
  }
  return {
    roles: ROLES.filter((r) => roles.has(r)),
    clearances: CLEARANCES.filter((c) => clearances.has(c)),
  }
}
