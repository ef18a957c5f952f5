import type { Context } from '../../context.ts'
import type { ChainCheck } from '../../data/audit.ts'
import { toPlain } from '../../data/convert.ts'
import type { AuditEntryModel } from '../../data/models.ts'
import { toInt } from '../../data/params.ts'
import type { QueryAuditEntriesArgs } from '../../generated/resolvers.ts'
import { AUDIT_ENTRIES, RESTRICTED_IDS } from './audit.queries.ts'

const orNull = (v: unknown) => (v === '' || v === undefined ? null : v)

export async function auditEntries(
  ctx: Context,
  args: QueryAuditEntriesArgs,
): Promise<AuditEntryModel[]> {
  const user = ctx.data.requireUser()
  const f = args.filter ?? {}
  const first = Math.min(Math.max(args.first ?? 100, 1), 500)
  const params = {
    beforeSeq: args.beforeSeq == null ? null : toInt(args.beforeSeq),
    actor: orNull(f.actor?.trim().toLowerCase()),
    action: orNull(f.action),
    outcome: orNull(f.outcome),
    personId: orNull(f.personId?.trim()),
    from: orNull(f.from),
    to: orNull(f.to),
    first: toInt(first),
  }
  const rows = await ctx.system.read(AUDIT_ENTRIES, params, (r) => {
    const a = toPlain(r.get('a').properties) as Record<string, unknown>
    return {
      id: a.id as string,
      seq: a.seq as number,
      at: a.at as string,
      actor: a.actor as string,
      action: a.action as string,
      operation: a.operation as string,
      outcome: a.outcome as string,
      personIds: (a.personIds as string[]) ?? [],
      entityIds: (a.entityIds as string[]) ?? [],
      caseId: orNull(a.caseId) as string | null,
      justification: orNull(a.justification) as string | null,
      detail: orNull(a.detail) as string | null,
    }
  })
  const shown = user.clearances.includes('INFORMANT_IDENTITY')
    ? rows
    : await maskInformants(ctx, rows, params.personId as string | null)
  // A justification may name a victim: withheld from a reader without the clearance.
  await ctx.data.shield(shown, new Set())
  // Reading the trail is itself recorded; the entry names no one.
  await ctx.system.audit({
    actor: user.username,
    action: 'CONSULT',
    operation: 'auditEntries',
    outcome: 'OK',
    detail: 'audit-trail',
  })
  return shown
}

export const RESTRICTED_ID = 'restricted'

/**
 * Without INFORMANT_IDENTITY, informants do not exist for a user, in the trail either: their ids
 * (and those of H3 sources) are masked, and filtering by one finds nothing, as for an unknown id.
 */
async function maskInformants(
  ctx: Context,
  rows: AuditEntryModel[],
  personFilter: string | null,
): Promise<AuditEntryModel[]> {
  const ids = [...new Set(rows.flatMap((r) => [...r.personIds, ...r.entityIds]))]
  if (!ids.length) return rows
  const restricted = new Set(
    await ctx.data.read(RESTRICTED_IDS, { ids }, (r) => r.get('id') as string),
  )
  if (personFilter && restricted.has(personFilter)) return []
  const mask = (list: string[]) => list.map((id) => (restricted.has(id) ? RESTRICTED_ID : id))
  return rows.map((r) => {
    const hit = [...r.personIds, ...r.entityIds].some((id) => restricted.has(id))
    const masked = { ...r, personIds: mask(r.personIds), entityIds: mask(r.entityIds) }
    // Free text on such an entry may describe the informant: withheld as well.
    return hit ? { ...masked, justification: null, detail: null, caseId: null } : masked
  })
}

export async function auditChain(ctx: Context): Promise<ChainCheck> {
  return ctx.system.verifyChain()
}
