import type { Clearance, Role } from '@htwb/graph/permissions'
import type { Node, Record as NeoRecord } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import type { EntityModel, UserModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import { ASSIGNABLE_USERS, CASE_NODE, CASE_TEAM, UNASSIGN } from './cases.queries.ts'

/** A case's team as the case screen lists it. */
export interface AssignmentModel {
  user: UserModel
  at: string | null
  by: string | null
}

const toUser = (r: NeoRecord): UserModel => ({
  id: r.get('id') as string,
  username: r.get('username') as string,
  displayName: (r.get('displayName') as string | null) ?? (r.get('username') as string),
  roles: (r.get('roles') as Role[] | null) ?? [],
  clearances: (r.get('clearances') as Clearance[] | null) ?? [],
})

/**
 * Who holds a case. Read by anyone who sees the case (the team knows each other); a case the
 * viewer may not see answers an empty team, as a case that does not exist would.
 */
export function caseTeam(ctx: Context, c: EntityModel): Promise<AssignmentModel[]> {
  return ctx.data.read(CASE_TEAM, { caseId: c.id }, (r) => ({
    user: toUser(r),
    at: toPlain(r.get('at')) as string | null,
    by: r.get('by') as string | null,
  }))
}

/** Accounts a supervisor may give a case to (the operation's ability is `case.assign`). */
export function assignableUsers(ctx: Context): Promise<UserModel[]> {
  ctx.data.requireUser()
  return ctx.data.read(ASSIGNABLE_USERS, {}, toUser)
}

/**
 * Takes a case from a user: from the next request on they see none of it. Audited as ALTER
 * naming them, like the assignment it undoes; one who did not hold the case is not an error
 * (the screen may be stale), an unknown account is.
 */
export async function unassignCase(
  ctx: Context,
  caseId: string,
  username: string,
): Promise<EntityModel> {
  const who = username.trim().toLowerCase()
  ctx.data.inCase(caseId)
  const audit = {
    action: 'ALTER' as const,
    operation: 'unassignCase',
    entityIds: [caseId],
    caseId,
    detail: `unassigned:${who}`,
  }
  return ctx.data.write(audit, async (tx) => {
    if (!(await tx.run(CASE_NODE, { caseId })).records.length)
      throw appError('case/not_found', { field: 'caseId' })
    const rec = (await tx.run(UNASSIGN, { caseId, username: who })).records[0]
    if (!rec) throw appError('user/not_found', { field: 'username' })
    return nodeToEntity(rec.get('c') as Node)
  })
}
