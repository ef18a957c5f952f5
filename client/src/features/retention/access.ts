import type { Role } from '../../generated/graphql'

/** The server lets supervisors decide retention; everyone else gets auth/forbidden. */
export function canDecideRetention(roles: readonly Role[] | null | undefined): boolean {
  return !!roles && roles.includes('SUPERVISOR')
}
