import type { Relationship } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { relToLink, toPlain } from '../../data/convert.ts'
import type { EntityModel, LinkModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import type { LinkKind, QueryLinksArgs } from '../../generated/resolvers.ts'
import { pageRequest, timeIdKey, toPage, type LinkPage, type PageSizes } from '../common/paging.ts'
import { LINK_TOTAL, LINKS_AMONG, LINKS_AMONG_TOTAL, LINKS_OF } from './entities.queries.ts'

/** A profile's links carry both ends in full; a page of them stays well within the cost limit. */
export const PROFILE_LINK_PAGE: PageSizes = { default: 50, max: 50 }
/** The chart asks for the ties among what it draws: a link there is a few fields. */
export const LINK_PAGE: PageSizes = { default: 100, max: 500 }
const MAX_IDS = 500
const MAX_OTHERS = 20_000

type Key = [number, string]
interface LinkRow {
  r: Relationship
  fromId?: string
  toId?: string
  from?: { properties: { id: string } }
  to?: { properties: { id: string } }
  k: unknown[]
}

function pageRows(rows: LinkRow[]): Array<{ item: LinkModel; key: Key }> {
  return rows.map((x) => ({
    item: relToLink(
      x.r,
      x.fromId ?? (x.from?.properties.id as string),
      x.toId ?? (x.to?.properties.id as string),
    ),
    key: toPlain(x.k) as Key,
  }))
}

async function readPage(
  ctx: Context,
  query: string,
  totalQuery: string,
  params: Record<string, unknown>,
  args: { first?: number | null; after?: string | null },
  sizes: PageSizes,
): Promise<LinkPage> {
  const req = pageRequest(args, sizes, timeIdKey)
  const [found] = await ctx.data.read(query, { ...params, ...req.params }, (r) => ({
    rows: pageRows(r.get('page') as LinkRow[]),
    more: r.get('more') as boolean,
  }))
  return toPage(req, found?.rows ?? [], found?.more ?? false, async () => {
    const [n] = await ctx.data.read(totalQuery, params, (r) => toPlain(r.get('count')))
    return (n as number | undefined) ?? 0
  })
}

/** The links of an entity the viewer sees, as its profile lists them. */
export const linksOf = (
  ctx: Context,
  entity: EntityModel,
  args: { kinds?: LinkKind[] | null; first?: number | null; after?: string | null },
): Promise<LinkPage> =>
  readPage(
    ctx,
    LINKS_OF,
    LINK_TOTAL,
    { id: entity.id, kinds: args.kinds?.length ? args.kinds : null },
    args,
    PROFILE_LINK_PAGE,
  )

/** Links of some entities, to others if given: a chart's ties, or every call between two phones. */
export async function linksAmong(ctx: Context, args: QueryLinksArgs): Promise<LinkPage> {
  ctx.data.requireUser()
  const ids = [...new Set(args.ids)]
  if (!ids.length || ids.length > MAX_IDS)
    throw appError('input/invalid', { field: 'ids', reason: `1–${MAX_IDS} ids` })
  const others = args.others ? [...new Set(args.others)] : null
  if (others && others.length > MAX_OTHERS)
    throw appError('input/invalid', { field: 'others', reason: `at most ${MAX_OTHERS} ids` })
  const kinds = args.kinds?.length ? args.kinds : null
  return readPage(ctx, LINKS_AMONG, LINKS_AMONG_TOTAL, { ids, others, kinds }, args, LINK_PAGE)
}
