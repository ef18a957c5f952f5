import { ENTITY_KINDS, kindClause, searchQuery, searchTextFor } from '@htwb/graph'
import type { Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import { toInt } from '../../data/params.ts'
import type { EntityModel, SearchHitModel } from '../../data/models.ts'
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

/**
 * Full-text search. The user's text never reaches Lucene as syntax: it is reduced to letter and
 * digit tokens (graph/src/names.ts) before the query is built, and passed as a parameter.
 */
export async function searchEntities(
  ctx: Context,
  args: QuerySearchArgs,
): Promise<{ hits: SearchHitModel[]; total: number }> {
  ctx.data.requireUser()
  if (args.text.length > MAX_SEARCH_LENGTH) throw appError('search/too_long', { field: 'text' })
  const query = searchQuery(args.text)
  if (!query) throw appError('search/empty_query', { field: 'text' })
  const first = Math.min(Math.max(args.first ?? 25, 1), 100)
  const kinds = args.kinds?.length ? (args.kinds as EntityKind[]) : null
  // The kind filter goes into the Lucene query so it applies before the index's hit limit.
  const lucene = kinds ? `${kindClause(kinds)} ${query}` : query
  const params = { query: lucene, kinds, first: toInt(first), entityKinds: ENTITY_KINDS }
  const [found] = await ctx.data.read(SEARCH, params, (r) => ({
    page: (r.get('page') as Array<{ node: Node; score: number }>).map((h) => ({
      entity: nodeToEntity(h.node),
      score: h.score,
    })),
    total: toPlain(r.get('total')) as number,
    rest: new Unshown(toPlain(r.get('rest')) as Candidate[]),
  }))
  if (!found || !found.rest.rows.length)
    return { hits: found?.page ?? [], total: found?.total ?? 0 }
  return shieldedHits(ctx, found.page, found.rest.rows, args.text, first)
}

/**
 * For a viewer without VICTIM_IDENTITY. The index holds text as written, so "Krasniqi" finds
 * "Statement of Elira Krasniqi"; shown as "Statement of Victim 3FA2C1", that hit would tell the
 * viewer what the victim is called. Every hit's text is shielded as a read would show it, and a
 * hit the query no longer matches is dropped from the page and from the total.
 */
async function shieldedHits(
  ctx: Context,
  page: SearchHitModel[],
  rows: Candidate[],
  text: string,
  first: number,
): Promise<{ hits: SearchHitModel[]; total: number }> {
  // Not shown, so not recorded as consulted: only the page is.
  await ctx.data.shield(
    rows.map((r) => r.text),
    new Set(),
  )
  const kept = rows.filter(
    (r) =>
      !r.text ||
      !shielded(r.text) ||
      matchesQuery(text, searchTextFor(r.text.kind as EntityKind, r.text)),
  )
  const shown = kept.slice(0, first)
  const byId = new Map<string, EntityModel>(page.map((h) => [h.entity.id, h.entity]))
  const missing = shown.filter((r) => !byId.has(r.id)).map((r) => r.id)
  if (missing.length)
    for (const e of await ctx.data.read(SEARCH_PAGE, { ids: missing }, (r) =>
      nodeToEntity(r.get('n') as Node),
    ))
      byId.set(e.id, e)
  const hits = shown.flatMap((r) => {
    const entity = byId.get(r.id)
    return entity ? [{ entity, score: r.score }] : []
  })
  return { hits, total: kept.length }
}
