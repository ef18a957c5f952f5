import { ENTITY_KINDS, kindClause, searchQuery, searchTextFor } from '@htwb/graph'
import type { Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import { toInt } from '../../data/params.ts'
import type { EntityModel, SearchHitModel } from '../../data/models.ts'
import {
  encodeCursor,
  pageRequest,
  positionKey,
  type PageSizes,
  type SearchPage,
} from '../common/paging.ts'
import { shielded } from '../../data/shield.ts'
import { appError } from '../../errors.ts'
import type { EntityKind, QuerySearchArgs } from '../../generated/resolvers.ts'
import { matchesQuery } from './recheck.ts'
import { SEARCH, SEARCH_PAGE } from './search.queries.ts'

export const MAX_SEARCH_LENGTH = 200

type Candidate = { id: string; score: number; text: Record<string, unknown> | null }

/** Keeps rows out of the walk DataAccess.read makes: shielded apart, and never shown. */
class Unshown {
  constructor(readonly rows: Candidate[]) {}
}

/** Hits one search ranks and pages through; past them the viewer is asked to narrow it. */
export const SEARCH_CAP = 1000
export const SEARCH_PAGE_SIZES: PageSizes = { default: 25, max: 100 }
/** Rounds of reading further when withheld text dropped hits from a search that went past the cap. */
const MAX_ROUNDS = 10

type Found = {
  page: SearchHitModel[]
  scanned: number
  rest: Unshown
}

/**
 * Full-text search. The user's text never reaches Lucene as syntax: it is reduced to letter and
 * digit tokens (graph/src/names.ts) before the query is built, and passed as a parameter. Hits
 * page by position in the ranking (a ranking has no other order to resume from).
 */
export async function searchEntities(ctx: Context, args: QuerySearchArgs): Promise<SearchPage> {
  ctx.data.requireUser()
  if (args.text.length > MAX_SEARCH_LENGTH) throw appError('search/too_long', { field: 'text' })
  const query = searchQuery(args.text)
  if (!query) throw appError('search/empty_query', { field: 'text' })
  const req = pageRequest(args, SEARCH_PAGE_SIZES, positionKey)
  const offset = Math.min(req.after?.[0] ?? 0, SEARCH_CAP)
  const end = Math.min(offset + req.first, SEARCH_CAP)
  const kinds = args.kinds?.length ? (args.kinds as EntityKind[]) : null
  // The kind filter goes into the Lucene query too, so the index returns fewer matches to check.
  const lucene = kinds ? `${kindClause(kinds)} ${query}` : query
  const read = async (skip: number): Promise<Found | undefined> => {
    const params = {
      query: lucene,
      kinds,
      entityKinds: ENTITY_KINDS,
      skip: toInt(skip),
      scan: toInt(SEARCH_CAP + 1),
      offset: toInt(offset),
      end: toInt(end),
    }
    const [found] = await ctx.data.read(SEARCH, params, (r) => ({
      page: (r.get('page') as Array<{ node: Node; score: number }>).map((h) => ({
        entity: nodeToEntity(h.node),
        score: h.score,
      })),
      scanned: toPlain(r.get('scanned')) as number,
      rest: new Unshown(toPlain(r.get('rest')) as Candidate[]),
    }))
    return found
  }
  const found = await read(0)
  if (!found) return result([], 0, offset, false)
  if (!found.rest.rows.length) return result(found.page, found.scanned, offset, end < found.scanned)
  const { kept, exhausted } = await keptHits(ctx, args.text, found, read)
  const hits = await pageOf(ctx, kept.slice(offset, end))
  const more = end < Math.min(kept.length, SEARCH_CAP + 1)
  return result(hits, kept.length, offset, more, exhausted)
}

function result(
  hits: SearchHitModel[],
  found: number,
  offset: number,
  more: boolean,
  /** The reading stopped before it could tell how many there are: say "more than". */
  exhausted = false,
): SearchPage {
  const totalCount = Math.min(found, SEARCH_CAP)
  const next = offset + hits.length
  return {
    nodes: hits,
    pageInfo: {
      hasNextPage: more && next < totalCount,
      endCursor: hits.length || offset ? encodeCursor([next]) : null,
    },
    count: async () => totalCount,
    capped: exhausted || found > SEARCH_CAP,
  }
}

/**
 * For a viewer without VICTIM_IDENTITY. The index holds text as written, so "Krasniqi" finds
 * "Statement of Elira Krasniqi"; shown as "Statement of Victim 3FA2C1", that hit would tell the
 * viewer what the victim is called. Every hit's text is shielded as a read would show it, and a
 * hit the query no longer matches is dropped from the pages and from the total. When the search
 * went past the cap and some were dropped, it reads on, so that what is counted and whether the
 * search is capped depend only on what the viewer may read.
 */
async function keptHits(
  ctx: Context,
  text: string,
  first: Found,
  read: (skip: number) => Promise<Found | undefined>,
): Promise<{ kept: Candidate[]; exhausted: boolean }> {
  const kept: Candidate[] = []
  let found: Found | undefined = first
  let skip = 0
  for (let round = 0; found && round < MAX_ROUNDS; round++) {
    const rows = found.rest.rows
    // Not shown, so not recorded as consulted: only the page is.
    await ctx.data.shield(
      rows.map((r) => r.text),
      new Set(),
    )
    kept.push(
      ...rows.filter(
        (r) =>
          !r.text ||
          !shielded(r.text) ||
          matchesQuery(text, searchTextFor(r.text.kind as EntityKind, r.text)),
      ),
    )
    if (found.scanned <= SEARCH_CAP || kept.length > SEARCH_CAP) return { kept, exhausted: false }
    skip += found.scanned
    found = await read(skip)
  }
  // Out of rounds with more to read, or nothing more: only the first says the count is short.
  return { kept, exhausted: !!found }
}

/** The page's entities by id, in the order of the ranking. */
async function pageOf(ctx: Context, shown: Candidate[]): Promise<SearchHitModel[]> {
  if (!shown.length) return []
  const byId = new Map<string, EntityModel>()
  for (const e of await ctx.data.read(SEARCH_PAGE, { ids: shown.map((r) => r.id) }, (r) =>
    nodeToEntity(r.get('n') as Node),
  ))
    byId.set(e.id, e)
  return shown.flatMap((r) => {
    const entity = byId.get(r.id)
    return entity ? [{ entity, score: r.score }] : []
  })
}
