import {
  ENTITY_KINDS,
  PERSON_CATEGORIES,
  searchTextFor,
  type EntityKind,
  type StoredProps,
} from '@htwb/graph'
import type { Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { toNeo4jProps } from '../../data/bulk.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import type { EntityModel } from '../../data/models.ts'
import { toInt } from '../../data/params.ts'
import { ERASED_TEXT } from '../../data/audit.ts'
import { appError } from '../../errors.ts'
import type { QueryRetentionDueArgs, RetentionAction } from '../../generated/resolvers.ts'
import { ERASE_RESOLUTION_RECORDS } from '../resolution/index.ts'
import { eraseFromCharts } from '../charts/index.ts'
import { justificationText, parseInput } from '../common/validation.ts'
import { RETENTION_POLICY } from './retention.policy.ts'
import {
  ERASE_NODES,
  ERASURE_TARGET,
  LINK_TEXT_MENTIONS,
  REDACT_JUSTIFICATIONS,
  REDACT_LINK,
  REDACT_NODE,
  RETAIN_PERSON,
  RETENTION_DUE,
  RETENTION_DUE_COUNTS,
  TEXT_MENTIONS,
} from './retention.queries.ts'
import { mentions, needles, redact, redactProps } from './redaction.ts'

const policyParam = () =>
  Object.fromEntries(
    Object.entries(RETENTION_POLICY).map(([category, rule]) => [
      category,
      Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, toInt(v)])),
    ]),
  )

export function retentionPolicy(ctx: Context) {
  ctx.data.requireUser()
  return PERSON_CATEGORIES.map((category) => ({ category, ...RETENTION_POLICY[category] }))
}

export interface RetentionItemModel {
  person: EntityModel
  action: RetentionAction
  dueOn: string
  caseCount: number
  lastClosedOn: string | null
}

/** The records due for review or erasure today, oldest deadline first. */
export async function retentionDue(
  ctx: Context,
  args: QueryRetentionDueArgs,
): Promise<{ items: RetentionItemModel[]; review: number; erase: number }> {
  const first = Math.min(Math.max(args.first ?? 50, 1), 200)
  const offset = Math.max(args.offset ?? 0, 0)
  const params = { policy: policyParam(), action: args.action ?? null }
  const counts = await ctx.data.read(RETENTION_DUE_COUNTS, { ...params, action: null }, (r) => ({
    action: r.get('action') as string,
    count: toPlain(r.get('count')) as number,
  }))
  const items = await ctx.data.read(
    RETENTION_DUE,
    { ...params, first: toInt(first), offset: toInt(offset) },
    (r) => ({
      person: nodeToEntity(r.get('p') as Node),
      action: r.get('action') as RetentionAction,
      dueOn: toPlain(r.get('dueOn')) as string,
      caseCount: toPlain(r.get('caseCount')) as number,
      lastClosedOn: (toPlain(r.get('lastClosed')) as string | null) ?? null,
    }),
  )
  const count = (a: string) => counts.find((c) => c.action === a)?.count ?? 0
  return { items, review: count('REVIEW'), erase: count('ERASE') }
}

/** Keeps a record for another review period, with the reason in the audit trail. */
export async function retainPerson(
  ctx: Context,
  id: string,
  justification: string,
): Promise<EntityModel> {
  const why = parseInput(justificationText, justification, 'justification')
  return ctx.data.write(
    {
      action: 'ALTER',
      operation: 'retainPerson',
      entityIds: [id],
      personIds: [id],
      justification: why,
    },
    async (tx) => {
      const node = (await tx.run(RETAIN_PERSON, { id })).records[0]?.get('p')
      if (!node) throw appError('entity/not_found', { field: 'id' })
      return nodeToEntity(node as Node)
    },
  )
}

// Another person's own name and aliases are theirs, even when they read the same.
const OWN_IDENTITY = new Set(['name', 'firstName', 'lastName', 'aliases'])
const NEVER = new Set(['id', 'searchText', 'version', 'recordedBy', 'updatedBy'])

const kindOf = (labels: string[]) =>
  ENTITY_KINDS.find((k) => labels.includes(k)) as EntityKind | undefined

/**
 * Erases a person and what exists only because of them, and blanks copies of their name in
 * other records' free text and in audit justifications. One transaction with its ERASE entry,
 * which holds ids and counts only. The search index follows the graph on commit.
 */
export async function erasePerson(
  ctx: Context,
  id: string,
  justification: string,
): Promise<{ erasedIds: string[]; redactedRecords: number; redactedAuditEntries: number }> {
  const why = parseInput(justificationText, justification, 'justification')
  const audit = {
    action: 'ERASE' as const,
    operation: 'erasePerson',
    entityIds: [] as string[],
    personIds: [id],
    justification: why,
    detail: '',
    redactedSeqs: [] as number[],
    derive: [] as string[],
  }
  return ctx.data.write(audit, async (tx) => {
    const target = (await tx.run(ERASURE_TARGET, { id })).records[0]
    if (!target) throw appError('entity/not_found', { field: 'id' })
    // A home others share stays, and whether it hides someone must be worked out again.
    audit.derive.push(...(target.get('homes') as string[]))
    const forms = needles(target.get('name') as string, target.get('aliases') as string[])
    // The erasure entry must not itself become a copy of the name.
    if (mentions(why, forms))
      throw appError('input/invalid', {
        field: 'justification',
        reason: 'must not contain the name',
      })
    const erased = [id, ...(target.get('dependents') as string[])]
    const lower = forms.map((f) => f.toLowerCase())
    let redactedRecords = 0
    for (const rec of (await tx.run(TEXT_MENTIONS, { erased, forms: lower })).records) {
      const labels = rec.get('labels') as string[]
      const props = toPlain(rec.get('props')) as Record<string, unknown>
      const skip = labels.includes('Person') ? new Set([...NEVER, ...OWN_IDENTITY]) : NEVER
      const changes = redactProps(props, forms, skip)
      if (!Object.keys(changes).length) continue
      const kind = kindOf(labels)
      if (kind) changes.searchText = searchTextFor(kind, { ...props, ...changes })
      await tx.run(REDACT_NODE, {
        id: rec.get('id'),
        changes: toNeo4jProps(changes as StoredProps),
      })
      audit.entityIds.push(rec.get('id') as string)
      redactedRecords++
    }
    for (const rec of (await tx.run(LINK_TEXT_MENTIONS, { erased, forms: lower })).records) {
      const changes = redactProps(
        toPlain(rec.get('props')) as Record<string, unknown>,
        forms,
        NEVER,
      )
      if (!Object.keys(changes).length) continue
      await tx.run(REDACT_LINK, {
        rid: rec.get('rid'),
        changes: toNeo4jProps(changes as StoredProps),
      })
      redactedRecords++
    }
    const seqs = (
      await tx.run(REDACT_JUSTIFICATIONS, { id, forms: lower, redacted: ERASED_TEXT })
    ).records.map((r) => toPlain(r.get('seq')) as number)
    // Merge snapshots hold copies of the erased records (docs/resolution.md).
    await tx.run(ERASE_RESOLUTION_RECORDS, { erased, forms: lower })
    // So do saved charts: the records leave them, and their text loses the name.
    redactedRecords += (await eraseFromCharts(tx, erased, forms, (t) => redact(t, forms))).length
    await tx.run(ERASE_NODES, { erased })
    audit.entityIds.push(...erased)
    audit.redactedSeqs.push(...seqs)
    audit.detail = `erased:${erased.length} redacted:${redactedRecords} justifications:${seqs.length}`
    return { erasedIds: erased, redactedRecords, redactedAuditEntries: seqs.length }
  })
}
