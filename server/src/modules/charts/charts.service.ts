import { randomUUID } from 'node:crypto'
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver'
import { z } from 'zod'
import type { Context } from '../../context.ts'
import { nodeToEntity, relToLink, toPlain } from '../../data/convert.ts'
import type { EntityModel, LinkModel } from '../../data/models.ts'
import { toInt } from '../../data/params.ts'
import { appError, isAppError } from '../../errors.ts'
import type {
  ChartInput,
  MutationDeleteChartArgs,
  MutationSaveChartArgs,
  QueryChartsArgs,
} from '../../generated/resolvers.ts'
import { pageRequest, timeIdKey, toPage, type PageModel, type PageSizes } from '../common/paging.ts'
import { id, parseInput, requiredText, text } from '../common/validation.ts'
import {
  CHART,
  CHART_CASE,
  CHART_COUNT,
  CHART_MEMBERS,
  CHARTS,
  CREATE_CHART,
  DELETE_CHART,
  LINKS_SEEN_BY_SAVER,
  LOCK_CHART,
  SEEN_BY_SAVER,
  UPDATE_CHART,
} from './charts.queries.ts'
import { parseView, pruneView, viewTexts, type Json } from './charts.view.ts'
import { decodeStored, type StoredChart } from './charts.stored.ts'

/** Ids as a map parameter, so that Cypher tests membership by lookup. */
const setOf = (ids: readonly string[]): Record<string, true> =>
  Object.fromEntries(ids.map((i) => [i, true]))

/** What one saved chart may hold. */
export const CHART_LIMITS = { nodes: 10_000, links: 30_000, annotations: 500 } as const
export const CHART_PAGE: PageSizes = { default: 50, max: 200 }

const coordinate = z.number().finite().min(-1e7).max(1e7)
const annotation = z.object({
  id,
  text: requiredText(2000),
  entityId: id.nullish(),
  x: coordinate,
  y: coordinate,
})
const chartInput = z.object({
  caseId: id,
  name: requiredText(200),
  notes: text(10_000).nullish(),
  nodes: z.array(z.object({ id, x: coordinate, y: coordinate })),
  linkIds: z.array(id),
  annotations: z.array(annotation).nullish(),
  viewport: z
    .object({ zoom: z.number().finite().positive().max(100), panX: coordinate, panY: coordinate })
    .nullish(),
  view: z.string().nullish(),
})
type Annotation = z.infer<typeof annotation>

export interface ChartSummaryModel {
  id: string
  name: string
  caseId: string
  caseNumber: string
  version: number
  savedBy: string
  savedAt: string
}

export interface ChartModel extends ChartSummaryModel {
  notes: string
  createdBy: string
  createdAt: string
  nodes: Array<{ entity: EntityModel; x: number; y: number }>
  links: LinkModel[]
  annotations: Array<{ id: string; text: string; entityId: string | null; x: number; y: number }>
  viewport: { zoom: number; panX: number; panY: number } | null
  view: string | null
}

const summary = (s: StoredChart, caseNumber: string): ChartSummaryModel => ({
  id: s.id,
  name: s.name,
  caseId: s.caseId,
  caseNumber,
  version: s.version,
  savedBy: s.savedBy,
  savedAt: s.savedAt,
})

export async function listCharts(
  ctx: Context,
  args: QueryChartsArgs,
): Promise<PageModel<ChartSummaryModel>> {
  ctx.data.requireUser()
  const req = pageRequest(args, CHART_PAGE, timeIdKey)
  const caseId = args.caseId ?? null
  if (caseId) ctx.data.inCase(caseId)
  const [found] = await ctx.data.read(CHARTS, { caseId, ...req.params }, (r) => ({
    rows: (r.get('page') as Array<{ ch: Node; caseNumber: string; k: unknown }>).map((x) => ({
      // `name` is free text: the shield reads it in the summary itself.
      item: { ...summary(decodeStored(x.ch), x.caseNumber), recordedBy: x.ch.properties.savedBy },
      key: toPlain(x.k) as [number, string],
    })),
    more: r.get('more') as boolean,
  }))
  return toPage(req, found?.rows ?? [], found?.more ?? false, async () => {
    const [n] = await ctx.data.read(CHART_COUNT, { caseId }, (r) => toPlain(r.get('count')))
    return (n as number | undefined) ?? 0
  })
}

/**
 * A chart as the viewer may see it. The chart's own lists name what was on it; only what the
 * viewer may see of them is read (CHART_MEMBERS), and the view state and annotations lose every
 * mention of the rest.
 */
export async function openChart(ctx: Context, chartId: string): Promise<ChartModel> {
  ctx.data.requireUser()
  const [row] = await ctx.data.read(CHART, { id: chartId }, (r) => ({
    stored: decodeStored(r.get('ch') as Node),
    caseNumber: r.get('caseNumber') as string,
  }))
  if (!row) throw appError('chart/not_found', { field: 'id' })
  const s = row.stored
  ctx.data.inCase(s.caseId)
  const [members] = await ctx.data.read(
    CHART_MEMBERS,
    { entityIds: s.entityIds, entitySet: setOf(s.entityIds), linkSet: setOf(s.linkIds) },
    (r) => ({
      nodes: (r.get('shown') as Node[]).map((n) => nodeToEntity(n)),
      links: (r.get('links') as Array<{ r: Relationship; fromId: string; toId: string }>).map((l) =>
        relToLink(l.r, l.fromId, l.toId),
      ),
    }),
  )
  const nodes = members?.nodes ?? []
  const links = members?.links ?? []
  const shown = new Set([...nodes.map((n) => n.id), ...links.map((l) => l.id)])
  const at = new Map(s.entityIds.map((eid, i) => [eid, i]))
  const view = s.view ? pruneView(s.view, (x) => !shown.has(x)) : null
  const annotations = s.annotations.filter((a) => !a.entityId || shown.has(a.entityId))
  const texts = await shieldTexts(ctx, s.savedBy, {
    name: s.name,
    notes: s.notes,
    annotations: annotations.map((a) => a.text),
    view: view ? viewTexts(view).map((t) => t.obj[t.key] as string) : [],
  })
  if (view) viewTexts(view).forEach((t, i) => (t.obj[t.key] = texts.view[i] ?? ''))
  return {
    ...summary(s, row.caseNumber),
    name: texts.name,
    notes: texts.notes,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
    nodes: nodes.map((entity) => {
      const i = at.get(entity.id) ?? 0
      return { entity, x: s.xs[i] ?? 0, y: s.ys[i] ?? 0 }
    }),
    links,
    annotations: annotations.map((a, i) => ({ ...a, text: texts.annotations[i] ?? '' })),
    viewport: s.viewport,
    view: view ? JSON.stringify(view) : null,
  }
}

interface Texts {
  name: string
  notes: string
  annotations: string[]
  view: string[]
}

/**
 * The chart's typed text through the data layer's shield (architecture rule 15): put under keys
 * it reads (`name`, `description`), with the last saver as their recorder.
 */
async function shieldTexts(ctx: Context, savedBy: string, t: Texts): Promise<Texts> {
  const holder = {
    name: t.name,
    description: t.notes,
    recordedBy: savedBy,
    parts: [...t.annotations, ...t.view].map((description) => ({
      description,
      recordedBy: savedBy,
    })),
  }
  await ctx.data.shield(holder)
  const parts = holder.parts.map((p) => p.description)
  return {
    name: holder.name,
    notes: holder.description,
    annotations: parts.slice(0, t.annotations.length),
    view: parts.slice(t.annotations.length),
  }
}

function checkSizes(input: ChartInput): void {
  const over = (limit: keyof typeof CHART_LIMITS, n: number) => {
    if (n > CHART_LIMITS[limit])
      throw appError('chart/too_large', {
        field: `input.${limit}`,
        limit,
        max: CHART_LIMITS[limit],
      })
  }
  over('nodes', input.nodes.length)
  over('links', input.linkIds.length)
  over('annotations', input.annotations?.length ?? 0)
}

/** Saves a new chart or over an existing one (optimistic concurrency, unless overwriting). */
export async function saveChart(ctx: Context, args: MutationSaveChartArgs): Promise<ChartModel> {
  const user = ctx.data.requireUser()
  checkSizes(args.input)
  const input = parseInput(chartInput, args.input)
  const view = parseView(input.view)
  const chartId = args.id ?? `cht-${randomUUID()}`
  if (args.id) parseInput(id, args.id, 'id')
  if (args.id && !args.overwrite && typeof args.expectedVersion !== 'number')
    throw appError('input/invalid', {
      field: 'expectedVersion',
      reason: 'required to save over a chart',
    })
  const audit = {
    action: args.id ? ('ALTER' as const) : ('COLLECT' as const),
    operation: 'saveChart',
    entityIds: [chartId],
    caseId: input.caseId,
  }
  try {
    await ctx.data.write(audit, async (tx) => {
      let before: StoredChart | null = null
      if (args.id) {
        const locked = (await tx.run(LOCK_CHART, { id: chartId })).records[0]
        if (!locked) throw appError('chart/not_found', { field: 'id' })
        before = decodeStored(locked.get('ch') as Node)
        // A chart stays in its case; "save as" makes a copy elsewhere.
        audit.caseId = before.caseId
        const current = before.version - 1
        if (!args.overwrite && current !== args.expectedVersion)
          throw appError('chart/version_conflict', {
            field: 'expectedVersion',
            currentVersion: current,
          })
      } else if (!(await tx.run(CHART_CASE, { caseId: input.caseId })).records.length) {
        throw appError('case/not_found', { field: 'input.caseId' })
      }
      ctx.data.inCase(audit.caseId)
      const content = await merged(tx, input, before)
      const props = {
        name: input.name,
        notes: input.notes ?? '',
        savedBy: user.username,
        ...content,
        annotations: JSON.stringify(content.annotations),
        view: view ? JSON.stringify(view) : '',
        zoom: input.viewport?.zoom ?? null,
        panX: input.viewport?.panX ?? null,
        panY: input.viewport?.panY ?? null,
      }
      if (before) await tx.run(UPDATE_CHART, { id: chartId, props })
      else
        await tx.run(CREATE_CHART, {
          props: {
            ...props,
            id: chartId,
            caseId: input.caseId,
            version: toInt(1),
            createdBy: user.username,
          },
        })
      // The typed text, so that the entry lists the protected persons it names.
      return {
        name: input.name,
        description: input.notes ?? '',
        parts: content.annotations.map((a) => ({ description: a.text })),
        view: view ? viewTexts(view).map((t) => ({ description: t.obj[t.key] })) : [],
      }
    })
  } catch (e) {
    if (isAppError(e) && e.code === 'chart/version_conflict')
      await ctx.data.refused('ALTER', 'saveChart', e.code, [chartId])
    throw e
  }
  return openChart(ctx, chartId)
}

/**
 * What the saved chart holds: what the saver sent, of the records they may see, and what it held
 * before of records they may not (a colleague's chart keeps what the saver was never shown).
 */
async function merged(
  tx: ManagedTransaction,
  input: z.infer<typeof chartInput>,
  before: StoredChart | null,
) {
  const sent = new Map(input.nodes.map((n) => [n.id, n]))
  const candidates = [...new Set([...sent.keys(), ...(before?.entityIds ?? [])])]
  const seen = new Set(
    ((await tx.run(SEEN_BY_SAVER, { ids: candidates })).records[0]?.get('ids') as string[]) ?? [],
  )
  const entityIds: string[] = []
  const xs: number[] = []
  const ys: number[] = []
  for (const n of sent.values())
    if (seen.has(n.id)) {
      entityIds.push(n.id)
      xs.push(n.x)
      ys.push(n.y)
    }
  // What the saver may not see stays as stored, whatever they sent: a draft from before they
  // lost the record (unassigned from a case) still names it, and must not take it off for all.
  before?.entityIds.forEach((eid, i) => {
    if (seen.has(eid)) return
    entityIds.push(eid)
    xs.push(before.xs[i] ?? 0)
    ys.push(before.ys[i] ?? 0)
  })
  const linkCandidates = [...new Set([...input.linkIds, ...(before?.linkIds ?? [])])]
  const seenLinks = new Set(
    ((
      await tx.run(LINKS_SEEN_BY_SAVER, { entityIds: [...seen], linkSet: setOf(linkCandidates) })
    ).records[0]?.get('ids') as string[]) ?? [],
  )
  const linkIds = [
    ...new Set([
      ...input.linkIds.filter((l) => seenLinks.has(l)),
      ...(before?.linkIds ?? []).filter((l) => !seenLinks.has(l)),
    ]),
  ]
  const kept = new Set(entityIds)
  const annotations: Annotation[] = [
    ...(input.annotations ?? []).filter(
      (a) => !a.entityId || (seen.has(a.entityId) && kept.has(a.entityId)),
    ),
    ...(before?.annotations ?? []).filter(
      (a) => a.entityId && !seen.has(a.entityId) && kept.has(a.entityId),
    ),
  ].map((a) => ({ ...a, entityId: a.entityId ?? null }))
  return { entityIds, xs, ys, linkIds, annotations }
}

export async function deleteChart(ctx: Context, args: MutationDeleteChartArgs): Promise<boolean> {
  ctx.data.requireUser()
  const audit = { action: 'ALTER' as const, operation: 'deleteChart', entityIds: [args.id] }
  await ctx.data.write(audit, async (tx) => {
    const locked = (await tx.run(LOCK_CHART, { id: args.id })).records[0]
    if (!locked) throw appError('chart/not_found', { field: 'id' })
    const before = decodeStored(locked.get('ch') as Node)
    ctx.data.inCase(before.caseId)
    if (before.version - 1 !== args.expectedVersion)
      throw appError('chart/version_conflict', {
        field: 'expectedVersion',
        currentVersion: before.version - 1,
      })
    await tx.run(DELETE_CHART, { id: args.id })
    return null
  })
  return true
}

export type { Json }

/** The list's model, as codegen.ts maps ChartConnection to it. */
export type ChartPage = PageModel<ChartSummaryModel>
