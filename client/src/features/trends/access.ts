import type { Role } from '../../generated/graphql'

/** Roles the server gives the cross-case figures; everyone else gets auth/forbidden. */
export const FIGURES_ROLES: readonly Role[] = ['ANALYST', 'SUPERVISOR', 'ADMINISTRATOR']

export function canReadFigures(roles: readonly Role[] | null | undefined): boolean {
  return !!roles && roles.some((r) => FIGURES_ROLES.includes(r))
}
