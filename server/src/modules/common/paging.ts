import type { Integer } from 'neo4j-driver'
import { z } from 'zod'
import type { EntityModel, LinkModel, SearchHitModel } from '../../data/models.ts'
import { toInt } from '../../data/params.ts'
import { appError } from '../../errors.ts'

/**
 * One paging shape for every list that can grow (docs/architecture.md, rule 16): `first` items
 * `after` a cursor, `pageInfo`, and a `totalCount` of what the viewer may see.
 *
 * A cursor is the sort key of a page's last item (keyset paging), so an item added or removed
 * between two requests neither repeats nor pushes another out of the pages, which an offset
 * would. Keys hold ids, times and positions only, never a name or other text: names are
 * pseudonymised and free text shielded after the query, and a key holding them would carry
 * what the viewer may not read. Clients treat cursors as opaque.
 */
export interface PageModel<T> {
  nodes: T[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  /** Counted only when the client asks for `totalCount`. */
  count: () => Promise<number>
}

export interface PageSizes {
  /** Items when the client names no `first`. */
  default: number
  /** The most one page holds; a larger `first` gets this many, and `hasNextPage` says more follow. */
  max: number
}

export interface PageRequest<K> {
  first: number
  after: K | null
  /** Parameters every paged query takes: `$first` and `$after` (the key list, or null). */
  params: { first: Integer; after: K | null }
}

export const encodeCursor = (key: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url')

/** A cursor this server made, checked against the key's shape; any other is refused. */
export function decodeCursor<K>(cursor: string, key: z.ZodType<K>): K {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    parsed = undefined
  }
  const result = key.safeParse(parsed)
  if (!result.success || cursor.length > 512)
    throw appError('input/invalid', { field: 'after', reason: 'not a cursor of this list' })
  return result.data
}

export function pageRequest<K>(
  args: { first?: number | null; after?: string | null },
  sizes: PageSizes,
  key: z.ZodType<K>,
): PageRequest<K> {
  const first = Math.min(Math.max(Math.trunc(args.first ?? sizes.default), 0), sizes.max)
  const after = args.after ? decodeCursor(args.after, key) : null
  return { first, after, params: { first: toInt(first), after } }
}

/**
 * The page from the rows a paged query returned: at most `first` items with their keys, and
 * whether more follow (the queries say so without returning the next item, which would be
 * recorded as consulted though never shown).
 */
export function toPage<T, K extends readonly unknown[]>(
  req: PageRequest<K>,
  rows: ReadonlyArray<{ item: T; key: K }>,
  more: boolean,
  count: () => Promise<number>,
): PageModel<T> {
  const last = rows.at(-1)
  return {
    nodes: rows.map((r) => r.item),
    pageInfo: {
      hasNextPage: more,
      endCursor: last ? encodeCursor(last.key) : req.after ? encodeCursor(req.after as K) : null,
    },
    count,
  }
}

/** Resolvers every connection type shares. */
export const connectionResolvers = {
  totalCount: (page: PageModel<unknown>) => page.count(),
}

/** Key shapes of the lists' cursors. */
export const idKey = z.tuple([z.string().max(200)])
export const timeIdKey = z.tuple([z.number().int(), z.string().max(200)])
export const positionKey = z.tuple([z.number().int().min(0).max(100_000)])

/** The pages' models, as codegen.ts maps the connection types to them. */
export type EntityPage = PageModel<EntityModel>
export type LinkPage = PageModel<LinkModel>
export type SearchPage = PageModel<SearchHitModel> & { capped: boolean }
