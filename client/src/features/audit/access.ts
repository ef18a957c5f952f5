import type { Role } from '../../generated/graphql'

/** Roles the server lets read the audit trail; everyone else gets auth/forbidden. */
export const AUDIT_ROLES: readonly Role[] = ['SUPERVISOR', 'ADMINISTRATOR']

export function canReadAudit(roles: readonly Role[] | null | undefined): boolean {
  return !!roles && roles.some((r) => AUDIT_ROLES.includes(r))
}
