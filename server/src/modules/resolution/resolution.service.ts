import { isLinkKind } from '@htwb/graph'
import { randomUUID } from 'node:crypto'
import type { ManagedTransaction, Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import type { WriteAudit } from '../../data/access.ts'
import { toNeo4jProps } from '../../data/bulk.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import type { EntityModel } from '../../data/models.ts'
import { toInt } from '../../data/params.ts'
import { appError, isAppError } from '../../errors.ts'
import type {
  MutationMergeEntitiesArgs,
  QueryDuplicateCandidatesArgs,
} from '../../generated/resolvers.ts'
import { id as idSchema, parseInput } from '../common/validation.ts'
import { survivorChanges } from './merge.ts'
import {
  ABSORBED_LINK_KINDS,
  CANDIDATE_PAIRS,
  CASE_CANDIDATE_PAIRS,
  CREATE_MERGE_RECORD,
  DELETE_ABSORBED,
  DELETE_MERGE_RECORD,
  FIND_PAIR,
  IS_VISIBLE,
  LOCK_MERGE,
  LOCK_PAIR,
  MARK_DISTINCT,
  MOVE_IN,
  MOVE_OUT,
  RECENT_MERGES,
  RESOLVED_KINDS,
  RESTORE_ABSORBED,
  RESTORE_LINKS,
  RESTORE_SURVIVOR,
  SET_ASIDE_KINDS,
  SET_ASIDE_LINKS,
  SNAPSHOT_NODE,
  UPDATE_SURVIVOR,
  VISIBLE_CASE,
  type ResolvedKind,
} from './resolution.queries.ts'
import { scorePair, type Reason, type Side } from './score.ts'
import { derive } from '../../data/derived.ts'

/** Records sharing a token with more than this many others are not paired on it alone. */
const MAX_BLOCK = 50
/** Pairs scored per request, at most. */
const MAX_PAIRS = 2000

const isResolvedKind = (k: string): k is ResolvedKind =>
  (RESOLVED_KINDS as readonly string[]).includes(k)

export interface CandidateModel {
  id: string
  a: EntityModel
  b: EntityModel
  score: number
  reasons: Reason[]
}

export interface MergeRecordModel {
  id: string
  kind: ResolvedKind
  survivor: EntityModel
  absorbedId: string
  /** Null when the survivor is a protected person or an informant. */
  absorbedName: string | null
  mergedBy: string
  mergedAt: string
  movedLinks: number
}

const sideOf = (e: EntityModel): Side => ({
  name: e.name,
  aliases: (e.aliases as string[] | undefined) ?? [],
  dateOfBirth: (e.dateOfBirth as string | null | undefined) ?? null,
  identifiers:
    e.kind === 'Person'
      ? ((e.identifiers as string[] | undefined) ?? [])
      : [e.registrationNumber as string | null | undefined].filter((x): x is string => !!x),
})

const count = (v: unknown) => toPlain(v) as number
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

/** The review queue: candidate pairs the viewer can see, scored, best first. */
export async function duplicateCandidates(
  ctx: Context,
  args: QueryDuplicateCandidatesArgs,
): Promise<CandidateModel[]> {
  const kind = args.kind ?? 'Person'
  if (!isResolvedKind(kind))
    throw appError('input/invalid', { field: 'kind', reason: 'must be Person or Organization' })
  const minScore = Math.min(Math.max(args.minScore ?? 0.5, 0), 1)
  const first = Math.min(Math.max(args.first ?? 50, 1), 200)
  const caseId = args.caseId ? parseInput(idSchema, args.caseId, 'caseId') : null
  if (caseId) {
    ctx.data.inCase(caseId)
    // A case the viewer cannot see answers as if it did not exist, not with the whole queue.
    const found = await ctx.data.read(VISIBLE_CASE, { caseId }, (r) => r.get('id') as string)
    if (!found.length) throw appError('case/not_found', { field: 'caseId' })
  }
  const rows = await ctx.data.read(
    // A case's queue is blocked from its members: the whole graph is not scanned for it.
    (caseId ? CASE_CANDIDATE_PAIRS : CANDIDATE_PAIRS)[kind],
    { caseId, maxBlock: toInt(MAX_BLOCK), maxPairs: toInt(MAX_PAIRS) },
    (r) => ({
      a: nodeToEntity(r.get('a') as Node),
      b: nodeToEntity(r.get('b') as Node),
      shared: {
        phones: count(r.get('phones')),
        addresses: count(r.get('addresses')),
        assets: count(r.get('assets')),
      },
    }),
  )
  return rows
    .map(({ a, b, shared }) => ({
      id: pairKey(a.id, b.id),
      a,
      b,
      ...scorePair(sideOf(a), sideOf(b), shared),
    }))
    .filter((c) => c.score >= minScore)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
    .slice(0, first)
}

function toMergeRecord(
  m: Node,
  survivor: EntityModel,
  absorbedName: string | null,
): MergeRecordModel {
  const p = toPlain(m.properties) as Record<string, unknown>
  return {
    id: p.id as string,
    kind: p.kind as ResolvedKind,
    survivor,
    absorbedId: p.absorbId as string,
    absorbedName,
    mergedBy: p.mergedBy as string,
    mergedAt: p.mergedAt as string,
    movedLinks: (p.movedOut as string[]).length + (p.movedIn as string[]).length,
  }
}

export async function recentMerges(ctx: Context, first?: number | null) {
  return ctx.data.read(
    RECENT_MERGES,
    { first: toInt(Math.min(Math.max(first ?? 20, 1), 100)) },
    (r) =>
      toMergeRecord(
        r.get('m') as Node,
        nodeToEntity(r.get('k') as Node),
        r.get('absorbedName') as string | null,
      ),
  )
}

/** Moves links of the given kinds between two nodes; `ids` null moves all of them. */
async function moveLinks(
  tx: ManagedTransaction,
  kinds: readonly string[],
  fromId: string,
  toId: string,
  ids: { out: string[] | null; in: string[] | null },
) {
  const moved = { out: [] as string[], in: [] as string[] }
  for (const kind of kinds.filter(isLinkKind)) {
    for (const dir of ['out', 'in'] as const) {
      const query = dir === 'out' ? MOVE_OUT[kind] : MOVE_IN[kind]
      const res = await tx.run(query, { fromId, toId, ids: ids[dir] })
      moved[dir].push(
        ...res.records.map((r) => r.get('id') as string | null).filter((x) => x !== null),
      )
    }
  }
  return moved
}

const ids = (keepId: string, absorbId: string) => ({
  keepId: parseInput(idSchema, keepId, 'keepId'),
  absorbId: parseInput(idSchema, absorbId, 'absorbId'),
})

async function refusedOnConflict<T>(
  ctx: Context,
  operation: string,
  entityIds: string[],
  work: () => Promise<T>,
) {
  try {
    return await work()
  } catch (e) {
    if (
      isAppError(e) &&
      (e.code === 'entity/version_conflict' || e.code === 'merge/survivor_changed')
    )
      await ctx.data.refused(
        operation === 'mergeEntities' ? 'COMBINE' : 'ALTER',
        operation,
        e.code,
        entityIds,
      )
    throw e
  }
}

/**
 * Merges `absorbId` into `keepId` in one transaction with its COMBINE entry. Snapshots of both
 * records and of the links that cannot move are kept (as non-entities) so undo is exact.
 */
export async function mergeEntities(
  ctx: Context,
  args: MutationMergeEntitiesArgs,
): Promise<MergeRecordModel> {
  const { keepId, absorbId } = ids(args.keepId, args.absorbId)
  if (keepId === absorbId) throw appError('merge/invalid_pair', { field: 'absorbId' })
  const mergeId = `mrg-${randomUUID()}`
  const audit: WriteAudit = {
    action: 'COMBINE',
    operation: 'mergeEntities',
    entityIds: [keepId, absorbId],
    personIds: [],
    detail: `merge:${mergeId}`,
  }
  return refusedOnConflict(ctx, 'mergeEntities', [keepId, absorbId], () =>
    ctx.data.write(audit, async (tx) => {
      const rec = (await tx.run(LOCK_PAIR, { keepId, absorbId })).records[0]
      const k = rec?.get('k') as Node | null
      const a = rec?.get('a') as Node | null
      if (!k || !a) {
        const missing = [k ? null : keepId, a ? null : absorbId].filter(Boolean)
        throw appError('entity/not_found', { field: k ? 'absorbId' : 'keepId', ids: missing })
      }
      const keep = nodeToEntity(k)
      const absorbed = nodeToEntity(a)
      const kind = keep.kind
      if (kind !== absorbed.kind || !isResolvedKind(kind))
        throw appError('merge/invalid_pair', { field: 'absorbId' })
      // Shared reference data (seen by everyone) and a case-scoped record: merging would
      // publish the scoped record's names and sources, or hide reference data from others.
      if (rec?.get('keepShared') !== rec?.get('absorbShared'))
        throw appError('merge/invalid_pair', { field: 'absorbId' })
      if (
        rec?.get('keepProtected') ||
        rec?.get('absorbProtected') ||
        [keep, absorbed].some((e) => e.category === 'INFORMANT')
      )
        throw appError('merge/protected_person')
      for (const [e, field, expected] of [
        [keep, 'keepVersion', args.keepVersion],
        [absorbed, 'absorbVersion', args.absorbVersion],
      ] as const) {
        if (e.version !== expected)
          throw appError('entity/version_conflict', { field, currentVersion: e.version })
      }
      if (kind === 'Person') audit.personIds = [keepId, absorbId]

      await tx.run(SNAPSHOT_NODE, { id: keepId, mergeId, role: 'survivor' })
      await tx.run(SNAPSHOT_NODE, { id: absorbId, mergeId, role: 'absorbed' })
      await tx.run(SET_ASIDE_LINKS, { keepId, absorbId, mergeId })
      const kinds = (await tx.run(ABSORBED_LINK_KINDS, { absorbId })).records[0]?.get(
        'kinds',
      ) as string[]
      const moved = await moveLinks(tx, kinds, absorbId, keepId, { out: null, in: null })
      const changes = survivorChanges(
        kind,
        toPlain(k.properties) as Record<string, unknown>,
        toPlain(a.properties) as Record<string, unknown>,
      )
      const after = (await tx.run(UPDATE_SURVIVOR, { keepId, changes: toNeo4jProps(changes) }))
        .records[0]
      // The survivor may become protected by what it gained (a birth date that makes it a minor
      // when recorded): refused like any merge of a protected person, the transaction rolls back.
      if (after?.get('protected')) throw appError('merge/protected_person')
      const updated = after?.get('k') as Node
      await tx.run(DELETE_ABSORBED, { absorbId })
      const survivor = nodeToEntity(updated)
      const record = {
        id: mergeId,
        kind,
        keepId,
        absorbId,
        survivorVersion: toInt(survivor.version),
        movedKinds: kinds.filter(isLinkKind),
        movedOut: moved.out,
        movedIn: moved.in,
      }
      const m = (await tx.run(CREATE_MERGE_RECORD, { record })).records[0]?.get('m') as Node
      return toMergeRecord(m, survivor, absorbed.name)
    }),
  )
}

/**
 * Undoes a merge: the absorbed record comes back as it was, with its links, and the survivor
 * returns to its properties before the merge. Refused once the survivor has changed since.
 */
export async function undoMerge(ctx: Context, mergeId: string) {
  const id = parseInput(idSchema, mergeId, 'mergeId')
  const audit: WriteAudit = {
    action: 'ALTER',
    operation: 'undoMerge',
    entityIds: [],
    personIds: [],
    detail: `merge:${id}`,
  }
  return refusedOnConflict(ctx, 'undoMerge', [], () =>
    ctx.data.write(audit, async (tx) => {
      const rec = (await tx.run(LOCK_MERGE, { mergeId: id })).records[0]
      const k = rec?.get('k') as Node | null | undefined
      // A survivor the viewer cannot see answers as if the merge did not exist.
      if (!rec || !k) throw appError('merge/not_found', { field: 'mergeId' })
      const m = toPlain((rec.get('m') as Node).properties) as Record<string, unknown>
      const kind = m.kind as string
      const keepId = m.keepId as string
      const absorbId = m.absorbId as string
      const current = nodeToEntity(k).version
      if (current !== m.survivorVersion)
        throw appError('merge/survivor_changed', { field: 'mergeId', currentVersion: current })
      if (!isResolvedKind(kind) || rec.get('absorbedExists'))
        throw appError('merge/invalid_pair', { field: 'mergeId' })
      audit.entityIds = [keepId, absorbId]
      if (kind === 'Person') audit.personIds = [keepId, absorbId]

      const restored = (await tx.run(RESTORE_ABSORBED[kind], { mergeId: id })).records[0]?.get(
        'n',
      ) as Node
      await moveLinks(tx, m.movedKinds as string[], keepId, absorbId, {
        out: m.movedOut as string[],
        in: m.movedIn as string[],
      })
      const setAside = (await tx.run(SET_ASIDE_KINDS, { mergeId: id })).records[0]?.get(
        'kinds',
      ) as string[]
      for (const linkKind of setAside.filter(isLinkKind))
        await tx.run(RESTORE_LINKS[linkKind], { mergeId: id })
      const survivor = (await tx.run(RESTORE_SURVIVOR, { mergeId: id, keepId })).records[0]?.get(
        'k',
      ) as Node
      // Either record, as restored, may be in a case the undoing user does not work on (the
      // survivor may have gained that case from the merge): answered as if the merge did not
      // exist, and rolled back, rather than returning it.
      // The snapshots carry the case ids of the merge's time: derived again first, so the check
      // reads the records' cases as restored, not as they were.
      await derive(tx, [absorbId, keepId])
      for (const recordId of [absorbId, keepId]) {
        const seen = (await tx.run(IS_VISIBLE, { id: recordId })).records[0]?.get('visible')
        if (seen !== true) throw appError('merge/not_found', { field: 'mergeId' })
      }
      await tx.run(DELETE_MERGE_RECORD, { mergeId: id })
      return { id, survivor: nodeToEntity(survivor), restored: nodeToEntity(restored) }
    }),
  )
}

/** Records that two records are different, so the queue does not propose them again. */
export async function markDistinct(ctx: Context, aId: string, bId: string) {
  const pair = ids(aId, bId)
  if (pair.keepId === pair.absorbId) throw appError('merge/invalid_pair', { field: 'bId' })
  const [lo, hi] = [pair.keepId, pair.absorbId].sort() as [string, string]
  const audit: WriteAudit = {
    action: 'ALTER',
    operation: 'markDistinct',
    entityIds: [lo, hi],
    personIds: [],
  }
  return ctx.data.write(audit, async (tx) => {
    const found = (await tx.run(FIND_PAIR, { aId: lo, bId: hi })).records[0]
    const [x, y] = (['x', 'y'] as const).map((v) => found?.get(v) as Node | null)
    if (!x || !y)
      throw appError('entity/not_found', {
        field: 'aId',
        ids: [x ? null : lo, y ? null : hi].filter(Boolean),
      })
    const kinds = [nodeToEntity(x).kind, nodeToEntity(y).kind]
    if (kinds[0] !== kinds[1] || !isResolvedKind(kinds[0]!))
      throw appError('merge/invalid_pair', { field: 'bId' })
    const rec = (await tx.run(MARK_DISTINCT, { aId: lo, bId: hi })).records[0]
    if (!rec) throw appError('entity/not_found', { field: 'aId', ids: [lo, hi] })
    audit.personIds = rec.get('personIds') as string[]
    return { id: rec.get('pairKey') as string }
  })
}
