import DataLoader from 'dataloader'
import type { Node } from 'neo4j-driver'
import type { Loaders } from '../context.ts'
import { appError } from '../errors.ts'
import { CASE_MEMBER_COUNTS } from '../modules/cases/cases.queries.ts'
import { ENTITIES_BY_IDS, LINK_COUNTS } from '../modules/entities/entities.queries.ts'
import type { DataAccess } from './access.ts'
import { nodeToEntity, toPlain } from './convert.ts'
import type { EntityModel } from './models.ts'

/** Per-request batching: link ends, sources and counts of a whole response in one query each. */
export function createLoaders(data: DataAccess): Loaders {
  return {
    entity: new DataLoader<string, EntityModel>(async (ids) => {
      const found = await data.read(ENTITIES_BY_IDS, { ids: [...ids] }, (r) =>
        nodeToEntity(r.get('n') as Node),
      )
      const byId = new Map(found.map((e) => [e.id, e]))
      return ids.map((id) => byId.get(id) ?? appError('entity/not_found', { id }))
    }),
    linkCount: countLoader(data, LINK_COUNTS),
    caseMemberCount: countLoader(data, CASE_MEMBER_COUNTS),
  }
}

function countLoader(data: DataAccess, query: string) {
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
