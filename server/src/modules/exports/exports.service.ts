import { z } from 'zod'
import type { Context } from '../../context.ts'
import { nodeToEntity, relToLink } from '../../data/convert.ts'
import type { EntityModel, LinkModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import type { ChartExportFormat, ChartExportInput } from '../../generated/resolvers.ts'
import { id, justificationText, parseInput } from '../common/validation.ts'
import { exportedName, ftmOf, guardChart } from '../ftm/index.ts'
import { nameOf } from '../labels/index.ts'
import { toCsv } from './exports.csv.ts'
import { toGraphml, type Position } from './exports.graphml.ts'
import { CHART_ENTITIES, CHART_LINKS } from './exports.queries.ts'
import { LINK_COLUMNS, linkRow, NODE_COLUMNS, nodeRow } from './exports.rows.ts'
import { zip } from './exports.zip.ts'

/**
 * What one export takes. The ids travel in the /graphql body (1 MB: about 20 000 UUID ids in all);
 * beyond the caps the answer says so rather than the body limit's bare request/too_large.
 */
export const MAX_ENTITIES = 10_000
export const MAX_LINKS = 20_000
const BATCH = 2_000

const Input = z.strictObject({
  format: z.enum(['PNG', 'SVG', 'GRAPHML', 'CSV', 'FTM']),
  entityIds: z.array(id),
  linkIds: z.array(id),
  positions: z
    .array(z.strictObject({ id, x: z.number().finite(), y: z.number().finite() }))
    .nullish(),
  purpose: justificationText,
})

export interface ChartExportModel {
  format: ChartExportFormat
  entityCount: number
  linkCount: number
  restricted: number
  fileName: string | null
  mimeType: string | null
  content: string | null
  skipped: Array<{ what: string; count: number }>
}

interface Built {
  bytes: Buffer
  extension: string
  mimeType: string
  skipped?: Record<string, number>
  /** Entities read but left out of the file (a protected person's home of no one else). */
  dropped?: Set<string>
  /** The links the file holds, when some read were left out (those to a dropped home). */
  links?: LinkModel[]
  /** What the audit entry adds about the file. */
  detail?: string
}

async function readChart(ctx: Context, entityIds: string[], linkIds: string[], key: string) {
  const nodes: EntityModel[] = []
  for (let i = 0; i < entityIds.length; i += BATCH)
    nodes.push(
      ...(await ctx.data.read(CHART_ENTITIES, { ids: entityIds.slice(i, i + BATCH) }, (r) =>
        nodeToEntity(r.get('n')),
      )),
    )
  // A derived name ("Recruitment of Victim 3F2A9C") as the chart shows it, in English, each
  // participant read now as the viewer may see them and named as the file names them (an
  // informant as "Protected person 1A2B3C"); one statement for all (a DataLoader).
  const names = await Promise.all(nodes.map((n) => nameOf(ctx, n, (e) => exportedName(e, key))))
  nodes.forEach((n, i) => (n.name = names[i]!))
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const links: LinkModel[] = []
  for (let i = 0; i < linkIds.length; i += BATCH)
    for (const l of await ctx.data.read(CHART_LINKS, { ids: linkIds.slice(i, i + BATCH) }, (r) =>
      relToLink(r.get('r'), r.get('fromId') as string, r.get('toId') as string),
    ))
      // A link to an entity left out would name that entity's id: both ends or nothing.
      if (byId.has(l.fromId) && byId.has(l.toId)) links.push(l)
  return { nodes, links, byId }
}

/**
 * A chart as a file, read back through the data layer by the ids the browser sent, so what
 * leaves is what the viewer may see (need-to-know, pseudonyms, the shield) whatever the browser
 * held. One DISCLOSE entry with the format, the counts and the purpose commits before anything
 * is returned; for PNG and SVG the browser draws the file only after it has.
 */
export async function exportChart(ctx: Context, raw: ChartExportInput): Promise<ChartExportModel> {
  ctx.data.requireUser()
  if (raw.entityIds.length > MAX_ENTITIES)
    throw appError('export/too_large', { limit: 'entities', max: MAX_ENTITIES })
  if (raw.linkIds.length > MAX_LINKS)
    throw appError('export/too_large', { limit: 'links', max: MAX_LINKS })
  const input = parseInput(Input, raw)
  const entityIds = [...new Set(input.entityIds)]
  const linkIds = [...new Set(input.linkIds)]
  const key = await ctx.system.pseudonymKey()
  const read = await readChart(ctx, entityIds, linkIds, key)
  const built = await build(ctx, input.format, read.nodes, read.links, key, input.positions ?? [])
  const exported = read.nodes.filter((n) => !built?.dropped?.has(n.id))
  const links = built?.links ?? read.links
  const linkCount = links.length
  // H2: no dissemination without the provider's consent; H3: other restrictions (Europol).
  const restricted = [...exported, ...links].filter((r) =>
    ['H2', 'H3'].includes(r.provenance.handling),
  ).length
  const at = new Date()
  await ctx.data.write(
    {
      action: 'DISCLOSE',
      operation: 'exportChart',
      entityIds: exported.map((n) => n.id),
      personIds: exported.filter((n) => n.kind === 'Person').map((n) => n.id),
      justification: input.purpose,
      detail: [
        `chart ${input.format.toLowerCase()} entities:${exported.length} links:${linkCount} restricted:${restricted}`,
        built?.detail,
      ]
        .filter(Boolean)
        .join(' '),
    },
    async () => undefined,
  )
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')
  return {
    format: input.format,
    entityCount: exported.length,
    linkCount,
    restricted,
    fileName: built ? `chart-${stamp}.${built.extension}` : null,
    mimeType: built?.mimeType ?? null,
    content: built ? built.bytes.toString('base64') : null,
    skipped: Object.entries(built?.skipped ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([what, count]) => ({ what, count })),
  }
}

async function build(
  ctx: Context,
  format: ChartExportFormat,
  nodes: EntityModel[],
  links: LinkModel[],
  key: string,
  positions: ReadonlyArray<{ id: string; x: number; y: number }>,
): Promise<Built | null> {
  if (format === 'PNG' || format === 'SVG') return null
  if (format === 'FTM') {
    const ftm = await ftmOf(ctx.data, nodes, links, key)
    const text = ftm.entities.map((e) => JSON.stringify(e)).join('\n')
    return {
      bytes: Buffer.from(ftm.entities.length ? `${text}\n` : '', 'utf8'),
      extension: 'ftm.ijson',
      mimeType: 'application/x-ndjson',
      skipped: ftm.skipped,
      dropped: ftm.dropped,
      detail: `ftm-entities:${ftm.outCount} intervals:${ftm.intervalCount}`,
    }
  }
  // The FtM export's guard (rule 13): a protected person's lone home stays, her phones' and
  // assets' numbers are blanked, whatever the exporter's clearance lets them read.
  const chart = await guardChart(ctx.data, nodes, links, key)
  const byId = new Map(chart.nodes.map((n) => [n.id, n]))
  const nodeRows = () => chart.nodes.map((n) => nodeRow(n, key))
  const linkRows = () =>
    chart.links.map((l) => linkRow(l, byId.get(l.fromId)!, byId.get(l.toId)!, key))
  const guarded = { skipped: chart.skipped, dropped: chart.dropped, links: chart.links }
  switch (format) {
    case 'GRAPHML': {
      const at = new Map<string, Position>()
      for (const p of positions) if (byId.has(p.id)) at.set(p.id, { x: p.x, y: p.y })
      const text = toGraphml({
        nodeColumns: NODE_COLUMNS,
        linkColumns: LINK_COLUMNS,
        nodes: nodeRows(),
        links: linkRows(),
        positions: at.size ? at : undefined,
      })
      return {
        bytes: Buffer.from(text, 'utf8'),
        extension: 'graphml',
        mimeType: 'application/graphml+xml',
        ...guarded,
      }
    }
    case 'CSV': {
      const files = [
        { name: 'entities.csv', data: Buffer.from(toCsv(NODE_COLUMNS, nodeRows()), 'utf8') },
        { name: 'links.csv', data: Buffer.from(toCsv(LINK_COLUMNS, linkRows()), 'utf8') },
      ]
      return { bytes: zip(files), extension: 'csv.zip', mimeType: 'application/zip', ...guarded }
    }
  }
}
