import type { Context } from '../../context.ts'
import type { Role, UserModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'

/** The signed-in user if they hold one of the roles; a refusal is itself audited. */
export async function requireRole(
  ctx: Context,
  roles: readonly Role[],
  operation: string,
): Promise<UserModel> {
  const user = ctx.data.requireUser()
  if (user.roles.some((r) => roles.includes(r))) return user
  await ctx.system.audit({
    actor: user.username,
    action: 'CONSULT',
    operation,
    outcome: 'REFUSED',
    detail: 'auth/forbidden',
  })
  throw appError('auth/forbidden')
}
