import type { Role } from '../../generated/graphql'

/** Roles the server accepts imports from (see server ingest.routes.ts). */
export function canImport(roles: readonly Role[] | null | undefined): boolean {
  return !!roles && roles.some((r) => r === 'INVESTIGATOR' || r === 'SUPERVISOR')
}
