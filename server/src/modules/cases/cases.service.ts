import { searchTextFor, type StoredProps } from '@htwb/graph'
import type { Node } from 'neo4j-driver'
import { z } from 'zod'
import type { Context } from '../../context.ts'
import { toNeo4jProps } from '../../data/bulk.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import { toInt } from '../../data/params.ts'
import type { EntityModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import type {
  CaseMembersArgs,
  CaseStatus,
  CreateCaseInput,
  QueryCasesArgs,
} from '../../generated/resolvers.ts'
import { idKey, pageRequest, toPage, type PageModel, type PageSizes } from '../common/paging.ts'
import { parseInput, requiredText, text } from '../common/validation.ts'
import { ADD_TO_CASE, CREATE_ENTITY } from '../entities/index.ts'
import { caseLinkProps, joinSources, newId } from '../entities/index.ts'
import { assertSourcesExist, provenanceProps } from '../entities/index.ts'
import {
  ASSIGN,
  ASSIGN_CREATOR,
  CASES_WITH_NUMBER,
  CASE_COUNT,
  CASE_MEMBER_TOTAL,
  CASE_MEMBERS,
  CASE_NODE,
  CASE_OFFENCES,
  CASE_YEARS,
  CASES,
  MEMBER_CANDIDATES,
  REMOVE_FROM_CASE,
  SET_CASE_STATUS,
} from './cases.queries.ts'

const createCaseSchema = z.object({
  caseNumber: requiredText(40).pipe(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/, 'letters, digits and - / _ . only'),
  ),
  name: requiredText(200),
  offence: text(200).nullish(),
  openedOn: z.string().nullish(),
})

const caseFilterSchema = z.object({
  status: z.string().nullable(),
  offence: text(200).nullable(),
  year: z.number().int().min(1900).max(2200).nullable(),
  mine: z.boolean(),
})

export const CASE_PAGE: PageSizes = { default: 50, max: 200 }
export const MEMBER_PAGE: PageSizes = { default: 100, max: 250 }
const caseKey = z.tuple([z.string().max(10), z.string().max(200), z.string().max(200)])

type Row<K> = { item: EntityModel; key: K }

export async function listCases(
  ctx: Context,
  args: QueryCasesArgs,
): Promise<PageModel<EntityModel>> {
  ctx.data.requireUser()
  const req = pageRequest(args, CASE_PAGE, caseKey)
  const filter = parseInput(caseFilterSchema, {
    status: args.status ?? null,
    offence: args.offence ?? null,
    year: args.year ?? null,
    mine: args.assignedToMe ?? false,
  })
  const { offence, ...rest } = filter
  const params = {
    ...rest,
    offences: offence === null ? null : await storedOffences(ctx, offence),
    year: filter.year === null ? null : toInt(filter.year),
  }
  const [found] = await ctx.data.read(CASES, { ...params, ...req.params }, (r) => ({
    rows: (r.get('page') as Array<{ c: Node; k: z.infer<typeof caseKey> }>).map(
      (x): Row<z.infer<typeof caseKey>> => ({ item: nodeToEntity(x.c), key: x.k }),
    ),
    more: r.get('more') as boolean,
  }))
  return toPage(req, found?.rows ?? [], found?.more ?? false, async () => {
    const [n] = await ctx.data.read(CASE_COUNT, params, (r) => toPlain(r.get('count')))
    return (n as number | undefined) ?? 0
  })
}

/** The viewer's offences: `offence` as they read it (shielded, TEXT_KEYS), `stored` as written. */
const offencesOf = (ctx: Context) =>
  ctx.data.read(CASE_OFFENCES, {}, (r) => ({
    offence: r.get('offence') as string,
    stored: r.get('stored') as string,
  }))

/** The offence filter's choices, read through the shield like any offence (TEXT_KEYS). */
export async function caseOffences(ctx: Context): Promise<string[]> {
  return [...new Set((await offencesOf(ctx)).map((r) => r.offence))]
}

/**
 * The stored offences a chosen one stands for: those that read as it for this viewer. Compared
 * with the stored text itself, a filter would confirm a withheld name typed into it (rule 15:
 * "Trafficking of <a victim's name>" would find the case whose offence reads "Trafficking of
 * Protected person 3FA2C1"); text that is not one of the viewer's choices finds nothing.
 */
async function storedOffences(ctx: Context, chosen: string): Promise<string[]> {
  return (await offencesOf(ctx)).filter((r) => r.offence === chosen).map((r) => r.stored)
}

export const caseYears = (ctx: Context): Promise<number[]> =>
  ctx.data.read(CASE_YEARS, {}, (r) => toPlain(r.get('year')) as number)

export async function caseMembers(
  ctx: Context,
  c: EntityModel,
  args: CaseMembersArgs,
): Promise<PageModel<EntityModel>> {
  const req = pageRequest(args, MEMBER_PAGE, idKey)
  ctx.data.inCase(c.id)
  const kinds = args.kinds?.length ? args.kinds : null
  const [found] = await ctx.data.read(CASE_MEMBERS, { id: c.id, kinds, ...req.params }, (r) => ({
    rows: (r.get('page') as Node[]).map((n) => {
      const item = nodeToEntity(n)
      return { item, key: [item.id] as [string] }
    }),
    more: r.get('more') as boolean,
  }))
  return toPage(req, found?.rows ?? [], found?.more ?? false, async () => {
    const [n] = await ctx.data.read(CASE_MEMBER_TOTAL, { id: c.id, kinds }, (r) =>
      toPlain(r.get('count')),
    )
    return (n as number | undefined) ?? 0
  })
}

export const caseMemberCount = (ctx: Context, c: EntityModel) =>
  ctx.loaders.caseMemberCount.load(c.id)

export async function createCase(ctx: Context, input: CreateCaseInput): Promise<EntityModel> {
  const user = ctx.data.requireUser()
  const fields = parseInput(createCaseSchema, input)
  const provenance = provenanceProps(input.provenance, user, { allowNoSource: true })
  const id = newId('Case')
  const props: StoredProps = {
    ...provenance,
    id,
    version: 1,
    name: fields.name,
    caseNumber: fields.caseNumber,
    offence: fields.offence ?? null,
    openedOn: fields.openedOn ?? new Date().toISOString().slice(0, 10),
    status: 'OPEN',
  }
  props.searchText = searchTextFor('Case', props)
  const audit = {
    action: 'COLLECT' as const,
    operation: 'createCase',
    entityIds: [id],
    caseId: id,
    detail: undefined as string | undefined,
  }
  return ctx.data.write(audit, async (tx) => {
    const same = (await tx.run(CASES_WITH_NUMBER, { caseNumber: fields.caseNumber })).records
    if (same.some((r) => r.get('seen') === true))
      throw appError('case/duplicate_number', { field: 'input.caseNumber' })
    // A hidden case with the number must not be revealed by a refusal: the case is created
    // and the collision is left in the audit trail for a supervisor to settle.
    if (same.length)
      audit.detail = `case_number_collision:${same.map((r) => r.get('id')).join(',')}`
    await assertSourcesExist(tx, provenance.sourceIds)
    const res = await tx.run(CREATE_ENTITY.Case, { props: toNeo4jProps(props) })
    // Whoever opens a case works on it.
    await tx.run(ASSIGN_CREATOR, { caseId: id })
    return nodeToEntity(res.records[0]?.get('n') as Node)
  })
}

/** Adds or removes members atomically: one unknown id and nothing changes. */
export async function changeMembers(
  ctx: Context,
  caseId: string,
  entityIds: string[],
  add: boolean,
): Promise<EntityModel> {
  const user = ctx.data.requireUser()
  const ids = [...new Set(entityIds)]
  if (!ids.length || ids.length > 500)
    throw appError('input/invalid', { field: 'entityIds', reason: '1–500 ids' })
  ctx.data.inCase(caseId)
  const audit = {
    action: add ? ('COMBINE' as const) : ('ALTER' as const),
    operation: add ? 'addToCase' : 'removeFromCase',
    entityIds: ids,
    personIds: [] as string[],
    caseId,
  }
  return ctx.data.write(audit, async (tx) => {
    const caseNode = (await tx.run(CASE_NODE, { caseId })).records[0]?.get('c') as Node | undefined
    if (!caseNode) throw appError('case/not_found', { field: 'caseId' })
    const rows = (await tx.run(MEMBER_CANDIDATES, { ids })).records
    const found = rows.map((r) => r.get('id') as string)
    audit.personIds.push(
      ...rows.filter((r) => r.get('person') === true).map((r) => r.get('id') as string),
    )
    const missing = ids.filter((i) => !found.includes(i))
    if (missing.length) throw appError('entity/not_found', { field: 'entityIds', ids: missing })
    if (add) {
      for (const id of ids)
        await tx.run(ADD_TO_CASE, {
          caseId,
          id,
          props: toNeo4jProps(caseLinkProps(user.username)),
        })
      await joinSources(tx, ids, user.username)
    } else {
      await tx.run(REMOVE_FROM_CASE, { caseId, ids })
    }
    return nodeToEntity(caseNode)
  })
}

/** Assignment discloses a case's personal data to the assignee: audited as DISCLOSE, naming them. */
export async function assignCase(
  ctx: Context,
  caseId: string,
  username: string,
): Promise<EntityModel> {
  const assignee = username.trim().toLowerCase()
  ctx.data.inCase(caseId)
  const audit = {
    action: 'DISCLOSE' as const,
    operation: 'assignCase',
    entityIds: [caseId],
    caseId,
    recipient: assignee,
  }
  return ctx.data.write(audit, async (tx) => {
    if (!(await tx.run(CASE_NODE, { caseId })).records.length)
      throw appError('case/not_found', { field: 'caseId' })
    const rec = (await tx.run(ASSIGN, { caseId, username: assignee })).records[0]
    if (!rec) throw appError('user/not_found', { field: 'username' })
    return nodeToEntity(rec.get('c') as Node)
  })
}

/** Opens, refers or closes a case; only those who hold the case (or supervise) may. */
export async function setCaseStatus(
  ctx: Context,
  caseId: string,
  status: CaseStatus,
): Promise<EntityModel> {
  ctx.data.inCase(caseId)
  return ctx.data.write(
    { action: 'ALTER', operation: 'setCaseStatus', entityIds: [caseId], caseId },
    async (tx) => {
      const node = (await tx.run(SET_CASE_STATUS, { caseId, status })).records[0]?.get('c')
      if (!node) throw appError('case/not_found', { field: 'caseId' })
      return nodeToEntity(node as Node)
    },
  )
}
