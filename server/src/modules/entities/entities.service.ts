import { ID_PREFIX, searchTextFor, type EntityKind, type StoredProps } from '@htwb/graph'
import { randomUUID } from 'node:crypto'
import type { ManagedTransaction, Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { toNeo4jProps } from '../../data/bulk.ts'
import { isProtected } from '../../data/protection.ts'
import { needsReferenceWrite } from '../../data/visibility.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import type { EntityModel } from '../../data/models.ts'
import { appError, isAppError } from '../../errors.ts'
import type { CreateEntityInput, UpdateEntityInput } from '../../generated/resolvers.ts'
import { requireAbility } from '../auth/index.ts'
import { justificationText, parseInput } from '../common/validation.ts'
import {
  ADD_TO_CASE,
  CREATE_ENTITY,
  JOIN_SOURCES_TO_CASES,
  LOCK_ENTITY_FOR_UPDATE,
  REVEAL_PERSON,
  UPDATE_ENTITY,
} from './entities.queries.ts'
import {
  KIND_FIELDS,
  nameSchema,
  REQUIRED_ON_CREATE,
  type KindBlock,
} from './entities.validation.ts'
import { FieldProblems } from './field-problems.ts'
import { assertSourcesExist, checkProvenance } from './provenance.ts'

const BLOCK_OF: Partial<Record<EntityKind, KindBlock>> = {
  Person: 'person',
  Organization: 'organization',
  Location: 'location',
  Phone: 'phone',
  Asset: 'asset',
  Event: 'event',
  Source: 'source',
}
const BLOCKS = Object.keys(KIND_FIELDS) as KindBlock[]

export const newId = (kind: EntityKind) => `${ID_PREFIX[kind]}-${randomUUID()}`

export const getEntity = (ctx: Context, id: string) => ctx.loaders.entity.load(id)
export const linkCount = (ctx: Context, entity: EntityModel) =>
  ctx.loaders.linkCount.load(entity.id)

/** The kind block matching `kind`, validated; any other block present is a mistake. */
function kindBlock(
  problems: FieldProblems,
  kind: EntityKind,
  input: Record<string, unknown>,
  creating: boolean,
): Record<string, unknown> {
  const block = BLOCK_OF[kind]
  const others = BLOCKS.filter((b) => b !== block && input[b] != null)
  if (!block || others.length)
    throw appError('entity/kind_mismatch', { field: `input.${others[0] ?? 'kind'}` })
  const raw = (input[block] ?? {}) as Record<string, unknown>
  const fields = (problems.parse(KIND_FIELDS[block], raw, `input.${block}`) ?? {}) as Record<
    string,
    unknown
  >
  for (const f of REQUIRED_ON_CREATE[block]) {
    // Creating needs the field; updating may leave it out but never clear it.
    const missing = creating ? raw[f] == null : f in raw && raw[f] === null
    if (missing) problems.add(`input.${block}.${f}`, 'required', 'is required')
  }
  if (
    kind === 'Person' &&
    typeof fields.dateOfBirth === 'string' &&
    fields.dateOfBirth > new Date().toISOString()
  ) {
    problems.add('input.person.dateOfBirth', 'in_future', 'is in the future')
  }
  return fields
}

export async function createEntity(ctx: Context, input: CreateEntityInput): Promise<EntityModel> {
  const user = ctx.data.requireUser()
  const kind = input.kind as EntityKind
  const problems = new FieldProblems()
  const name = problems.parse(nameSchema, input.name, 'input.name') as string
  const fields = kindBlock(problems, kind, input as unknown as Record<string, unknown>, true)
  const provenance = checkProvenance(problems, input.provenance, user, {
    allowNoSource: kind === 'Source',
  })
  problems.throwIfAny()
  if (!provenance) throw appError('input/invalid', { field: 'input.provenance' })
  await requireSpecialWrites(ctx, 'createEntity', 'COLLECT', kind, null, {
    ...fields,
    handling: provenance.handling,
  })
  const id = newId(kind)
  const props: StoredProps = { ...(fields as StoredProps), ...provenance, id, name, version: 1 }
  props.searchText = searchTextFor(kind, props)
  return ctx.data.write(
    {
      action: 'COLLECT',
      operation: 'createEntity',
      entityIds: [id],
      personIds: kind === 'Person' ? [id] : [],
      caseId: input.caseId ?? null,
    },
    async (tx) => {
      await assertSourcesExist(tx, provenance.sourceIds)
      const res = await tx.run(CREATE_ENTITY[kind], { props: toNeo4jProps(props) })
      if (input.caseId) {
        const linked = await tx.run(`${ADD_TO_CASE} RETURN c.id AS c`, {
          caseId: input.caseId,
          id,
          props: toNeo4jProps(caseLinkProps(user.username)),
        })
        if (!linked.records.length) throw appError('case/not_found', { field: 'input.caseId' })
        await joinSources(tx, [id], user.username)
      }
      return nodeToEntity(res.records[0]?.get('n') as Node)
    },
  )
}

export async function updateEntity(ctx: Context, input: UpdateEntityInput): Promise<EntityModel> {
  const user = ctx.data.requireUser()
  try {
    const personIds = input.id.startsWith(`${ID_PREFIX.Person}-`) ? [input.id] : []
    return await ctx.data.write(
      { action: 'ALTER', operation: 'updateEntity', entityIds: [input.id], personIds },
      async (tx) => {
        const locked = (await tx.run(LOCK_ENTITY_FOR_UPDATE, { id: input.id })).records[0]
        const current = locked?.get('n') as Node | undefined
        if (!current) throw appError('entity/not_found', { field: 'input.id' })
        const existing = nodeToEntity(current)
        // The version was bumped under the lock: the caller must have started from the one before.
        if (existing.version - 1 !== input.expectedVersion) {
          throw appError('entity/version_conflict', {
            field: 'input.expectedVersion',
            currentVersion: existing.version - 1,
          })
        }
        const problems = new FieldProblems()
        const name =
          input.name == null ? null : problems.parse(nameSchema, input.name, 'input.name')
        const fields = kindBlock(
          problems,
          existing.kind,
          input as unknown as Record<string, unknown>,
          false,
        )
        const prov = input.provenance
          ? checkProvenance(problems, input.provenance, user, {
              allowNoSource: existing.kind === 'Source',
            })
          : null
        problems.throwIfAny()
        if (
          !user.clearances.includes('VICTIM_IDENTITY') &&
          ((isProtected(existing) && touchesIdentity(input)) ||
            (locked?.get('withheld') === true && touchesNumber(input)))
        ) {
          throw appError('auth/clearance_required', { field: 'input' })
        }
        const changes: StoredProps = { ...(fields as StoredProps) }
        if (name != null) changes.name = name
        if (prov) {
          await assertSourcesExist(tx, prov.sourceIds)
          Object.assign(changes, prov)
        }
        const stored = toPlain(current.properties) as StoredProps
        const merged = { ...stored, ...changes }
        await requireSpecialWrites(ctx, 'updateEntity', 'ALTER', existing.kind, stored, merged)
        const neoChanges = toNeo4jProps(changes, { keepNulls: true })
        neoChanges.searchText = searchTextFor(existing.kind, merged)
        const res = await tx.run(UPDATE_ENTITY, { id: input.id, props: neoChanges })
        if (input.provenance) await joinSources(tx, [input.id], user.username)
        return nodeToEntity(res.records[0]?.get('n') as Node)
      },
    )
  } catch (e) {
    if (
      isAppError(e) &&
      (e.code === 'entity/version_conflict' || e.code === 'auth/clearance_required')
    ) {
      await ctx.data.refused('ALTER', 'updateEntity', e.code, [input.id])
    }
    throw e
  }
}

/**
 * Writes that need more than `entity.write`: shared reference data (a city or a court every user
 * sees) before or after the change, and giving a source or taking from it the H3 handling code
 * that hides it from everyone without the informant clearance.
 */
async function requireSpecialWrites(
  ctx: Context,
  operation: string,
  action: 'COLLECT' | 'ALTER',
  kind: EntityKind,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  if ((before && needsReferenceWrite(kind, before)) || needsReferenceWrite(kind, after))
    await requireAbility(ctx, 'reference.write', operation, action)
  const h3 = (p: Record<string, unknown> | null) => p?.handling === 'H3'
  if (kind === 'Source' && (h3(before) || h3(after)) && before?.handling !== after.handling)
    await requireAbility(ctx, 'source.classifyH3', operation, action)
}

/**
 * The sources records rest on join the records' cases (they serve them): their teams must be able
 * to open them. `sourceIds` for a link's own sources, joined to the cases of its ends.
 */
export async function joinSources(
  tx: ManagedTransaction,
  ids: string[],
  username: string,
  sourceIds: string[] | null = null,
): Promise<void> {
  const props = caseLinkProps(username)
  delete props.id
  await tx.run(JOIN_SOURCES_TO_CASES, { ids, sourceIds, props: toNeo4jProps(props) })
}

/** Case membership is an administrative fact: it rests on no source and is fully graded. */
export function caseLinkProps(username: string): StoredProps {
  return {
    id: `lnk-${randomUUID()}`,
    version: 1,
    sourceIds: [],
    reliability: 'A',
    credibility: 1,
    handling: 'H0',
    recordedBy: username,
    recordedAt: new Date().toISOString(),
  }
}

export async function revealIdentity(
  ctx: Context,
  id: string,
  justification: string,
): Promise<EntityModel> {
  const why = parseInput(justificationText, justification, 'justification')
  const person = await ctx.data.reveal(id, why, REVEAL_PERSON, (r) =>
    nodeToEntity(r.get('n') as Node),
  )
  if (!person) throw appError('entity/not_found', { field: 'id' })
  return person
}

/** Whether an update would overwrite the withheld number or identifier of a phone or asset. */
function touchesNumber(input: UpdateEntityInput): boolean {
  const phone = (input.phone ?? {}) as Record<string, unknown>
  const asset = (input.asset ?? {}) as Record<string, unknown>
  return (
    input.name != null ||
    phone.number !== undefined ||
    phone.imei !== undefined ||
    asset.identifier !== undefined
  )
}

const IDENTITY_FIELDS = [
  'firstName',
  'lastName',
  'aliases',
  'identifiers',
  'dateOfBirth',
  'category',
] as const

/**
 * Whether an update would change a protected person's identity or what makes them protected:
 * without clearance that would either overwrite what the user cannot see or lift the protection.
 */
function touchesIdentity(input: UpdateEntityInput): boolean {
  const person = (input.person ?? {}) as Record<string, unknown>
  return (
    input.name != null ||
    // New provenance resets validFrom and the recording time, which decide minority.
    input.provenance != null ||
    IDENTITY_FIELDS.some((f) => person[f] !== undefined)
  )
}
