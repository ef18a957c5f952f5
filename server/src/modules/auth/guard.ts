import { check, type Ability } from '@htwb/graph/permissions'
import { defaultFieldResolver, type GraphQLSchema } from 'graphql'
import type { Context } from '../../context.ts'
import type { AuditAction } from '../../data/audit.ts'
import type { UserModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import { abilityOf, type RootType } from './operations.ts'

/** The audit action a refusal is filed under: the kind of act that was attempted. */
const refusalAction = (type: RootType): AuditAction => (type === 'Mutation' ? 'ALTER' : 'CONSULT')

/**
 * The signed-in user if they hold the ability; a refusal is itself audited. Services call this
 * for checks beyond the operation's own ability (e.g. changing shared reference data).
 */
export async function requireAbility(
  ctx: Pick<Context, 'data' | 'system'>,
  ability: Ability,
  operation: string,
  action: AuditAction = 'CONSULT',
  subjectIds: string[] = [],
): Promise<UserModel | null> {
  const user = ctx.data.user
  const verdict = check(user, ability)
  if (verdict === 'ok') return user
  if (!user || verdict === 'unauthenticated') throw appError('auth/unauthenticated')
  const code = `auth/${verdict}` as const
  await ctx.system.audit({
    actor: user.username,
    action,
    operation,
    outcome: 'REFUSED',
    entityIds: subjectIds,
    // A refused reveal is about a person: their own access request must show who tried.
    personIds: ability === 'identity.reveal' ? subjectIds : [],
    detail: code,
  })
  throw appError(code)
}

/**
 * Puts the permission table in front of every root field, before its resolver runs: a field
 * without an entry in OPERATIONS is refused for everyone (fail closed), so forgetting to decide
 * cannot open an operation.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of ['Query', 'Mutation'] as const) {
    const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType()
    for (const field of Object.values(root?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver
      const ability = abilityOf(type, field.name)
      field.resolve = async (source, args, ctx: Context, info) => {
        if (!ability) throw appError('auth/forbidden')
        const subject = typeof args.id === 'string' && args.id.length <= 100 ? [args.id] : []
        await requireAbility(ctx, ability, field.name, refusalAction(type), subject)
        return resolve(source, args, ctx, info)
      }
    }
  }
  return schema
}
