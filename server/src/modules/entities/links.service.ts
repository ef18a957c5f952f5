import { LINK_ENDS, type EntityKind, type LinkKind, type StoredProps } from '@htwb/graph'
import { randomUUID } from 'node:crypto'
import type { ManagedTransaction, Relationship } from 'neo4j-driver'
import { z } from 'zod'
import type { Context } from '../../context.ts'
import { toNeo4jProps } from '../../data/bulk.ts'
import { relToLink } from '../../data/convert.ts'
import type { LinkModel } from '../../data/models.ts'
import { appError, isAppError } from '../../errors.ts'
import type { CreateLinkInput, UpdateLinkInput } from '../../generated/resolvers.ts'
import { currencyCode } from '../common/validation.ts'
import {
  CREATE_LINK,
  LOCK_LINK_FOR_UPDATE,
  LINK_ENDPOINTS,
  UPDATE_LINK,
} from './entities.queries.ts'
import { joinSources } from './entities.service.ts'
import { FieldProblems } from './field-problems.ts'
import { assertSourcesExist, checkProvenance } from './provenance.ts'

const linkFields = z.object({
  role: z.string().nullish(),
  relation: z.string().nullish(),
  sharePercent: z.number().min(0).max(100).nullish(),
  exploitationForm: z.string().nullish(),
  meansOfControl: z.array(z.string()).max(12).nullish(),
  recruitmentMethod: z.string().nullish(),
  amount: z.number().min(0).max(1e12).nullish(),
  currency: currencyCode.nullish(),
  at: z.string().nullish(),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(86_400 * 7)
    .nullish(),
  stage: z.string().nullish(),
})

async function assertEnds(tx: ManagedTransaction, kind: LinkKind, fromId: string, toId: string) {
  const rec = (await tx.run(LINK_ENDPOINTS, { fromId, toId })).records[0]
  if (!rec) throw appError('entity/not_found', { field: 'input.fromId', ids: [fromId, toId] })
  const [fromKinds, toKinds] = LINK_ENDS[kind]
  if (
    !fromKinds.includes(rec.get('fromKind') as EntityKind) ||
    !toKinds.includes(rec.get('toKind') as EntityKind)
  ) {
    throw appError('link/invalid_ends', {
      field: 'input.kind',
      fromKind: rec.get('fromKind'),
      toKind: rec.get('toKind'),
    })
  }
  if (fromId === toId)
    throw appError('link/invalid_ends', {
      field: 'input.toId',
      reason: 'a link needs two entities',
    })
  return [fromId, toId].filter((_, i) => rec.get(i === 0 ? 'fromKind' : 'toKind') === 'Person')
}

export async function createLink(ctx: Context, input: CreateLinkInput): Promise<LinkModel> {
  const user = ctx.data.requireUser()
  const kind = input.kind as LinkKind
  if (kind === 'PART_OF_CASE') {
    // Membership has its own rules (idempotent, administrative grading): addToCase applies them.
    throw appError('input/invalid', {
      field: 'input.kind',
      reason: 'use addToCase for case membership',
    })
  }
  const problems = new FieldProblems()
  const fields = problems.parse(linkFields, input.fields ?? {}, 'input.fields')
  const provenance = checkProvenance(problems, input.provenance, user)
  problems.throwIfAny()
  if (!fields || !provenance) throw appError('input/invalid', { field: 'input' })
  const id = `lnk-${randomUUID()}`
  const props: StoredProps = { ...(fields as StoredProps), ...provenance, id, version: 1 }
  const audit = {
    action: 'COMBINE' as const,
    operation: 'createLink',
    entityIds: [input.fromId, input.toId, id],
    personIds: [] as string[],
  }
  return ctx.data.write(audit, async (tx) => {
    audit.personIds.push(...(await assertEnds(tx, kind, input.fromId, input.toId)))
    await assertSourcesExist(tx, provenance.sourceIds)
    const rec = (
      await tx.run(CREATE_LINK[kind], {
        fromId: input.fromId,
        toId: input.toId,
        props: toNeo4jProps(props),
      })
    ).records[0]
    if (!rec) throw appError('entity/not_found', { field: 'input.fromId' })
    await joinSources(tx, [input.fromId, input.toId], user.username, provenance.sourceIds)
    return relToLink(rec.get('r') as Relationship, rec.get('fromId'), rec.get('toId'))
  })
}

export async function updateLink(ctx: Context, input: UpdateLinkInput): Promise<LinkModel> {
  const user = ctx.data.requireUser()
  const problems = new FieldProblems()
  const fields = problems.parse(linkFields.partial(), input.fields ?? {}, 'input.fields')
  const changes: StoredProps = { ...(fields as StoredProps) }
  try {
    const audit = {
      action: 'ALTER' as const,
      operation: 'updateLink',
      entityIds: [input.id],
      personIds: [] as string[],
    }
    return await ctx.data.write(audit, async (tx) => {
      const current = (await tx.run(LOCK_LINK_FOR_UPDATE, { id: input.id })).records[0]
      if (!current) throw appError('link/not_found', { field: 'input.id' })
      audit.personIds.push(...(current.get('personIds') as string[]))
      const link = relToLink(current.get('r'), current.get('fromId'), current.get('toId'))
      // The version was bumped under the lock: the caller must have started from the one before.
      if (link.version - 1 !== input.expectedVersion) {
        throw appError('link/version_conflict', {
          field: 'input.expectedVersion',
          currentVersion: link.version - 1,
        })
      }
      const prov = input.provenance
        ? checkProvenance(problems, input.provenance, user, {
            allowNoSource: link.kind === 'PART_OF_CASE',
          })
        : null
      problems.throwIfAny()
      if (prov) {
        await assertSourcesExist(tx, prov.sourceIds)
        Object.assign(changes, prov)
      }
      const neo = toNeo4jProps(changes, { keepNulls: true })
      const rec = (await tx.run(UPDATE_LINK, { id: input.id, props: neo })).records[0]
      if (!rec) throw appError('link/not_found', { field: 'input.id' })
      return relToLink(rec.get('r'), rec.get('fromId'), rec.get('toId'))
    })
  } catch (e) {
    if (isAppError(e) && e.code === 'link/version_conflict') {
      await ctx.data.refused('ALTER', 'updateLink', e.code, [input.id])
    }
    throw e
  }
}
