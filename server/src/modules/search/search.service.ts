import { kindClause, searchQuery } from '@htwb/graph'
import type { Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import { toInt } from '../../data/params.ts'
import type { SearchHitModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import type { EntityKind, QuerySearchArgs } from '../../generated/resolvers.ts'
import { SEARCH } from './search.queries.ts'

export const MAX_SEARCH_LENGTH = 200

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
  const rows = await ctx.data.read(SEARCH, { query: lucene, kinds, first: toInt(first) }, (r) => ({
    hit: { entity: nodeToEntity(r.get('node') as Node), score: r.get('score') as number },
    total: toPlain(r.get('total')) as number,
  }))
  return { hits: rows.map((r) => r.hit), total: rows[0]?.total ?? 0 }
}
