import type { Role } from '../../generated/graphql'

/** Roles the server lets review and merge duplicates (see server resolution.service.ts). */
export function canResolve(roles: readonly Role[] | null | undefined): boolean {
  return !!roles && roles.some((r) => r === 'INVESTIGATOR' || r === 'SUPERVISOR')
}
