import DataLoader from 'dataloader'
import type { Node } from 'neo4j-driver'
import { appError } from '../errors.ts'
import type { DataAccess } from './access.ts'
import { nodeToEntity, toPlain } from './convert.ts'
import type { EntityModel } from './models.ts'

/**
 * Per-request batching (link ends, sources and counts of a whole response in one query each).
 * Modules contribute their loaders (ServerModule.loaders) from these two shapes, so the data
 * layer knows no module's queries.
 */
export function entityLoader(data: DataAccess, query: string) {
  return new DataLoader<string, EntityModel>(async (ids) => {
    const found = await data.read(query, { ids: [...ids] }, (r) => nodeToEntity(r.get('n') as Node))
    const byId = new Map(found.map((e) => [e.id, e]))
    return ids.map((id) => byId.get(id) ?? appError('entity/not_found', { id }))
  })
}

/** A count per id (`RETURN id, count`), 0 for ids the query does not return. */
export function countLoader(data: DataAccess, query: string) {
  return new DataLoader<string, number>(async (ids) => {
    const rows = await data.read(
      query,
      { ids: [...ids] },
      (r) => [r.get('id') as string, toPlain(r.get('count')) as number] as const,
    )
    const byId = new Map(rows)
    return ids.map((id) => byId.get(id) ?? 0)
  })
}
