import type { Context } from '../../context.ts'

/** Answers without a session, so load balancers can probe; says nothing but up or down. */
export async function health(ctx: Context): Promise<{ ok: boolean; database: string }> {
  try {
    await ctx.system.read('RETURN 1 AS ok', {}, (r) => r.get('ok'))
    return { ok: true, database: 'up' }
  } catch {
    return { ok: false, database: 'unreachable' }
  }
}
