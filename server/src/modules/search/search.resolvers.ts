import type { Resolvers } from '../../generated/resolvers.ts'
import { connectionResolvers } from '../common/paging.ts'
import { searchEntities } from './search.service.ts'

export const searchResolvers: Resolvers = {
  SearchResult: {
    ...connectionResolvers,
    hits: (page) => page.nodes,
    total: (page) => page.count(),
  },
  Query: {
    search: (_, args, ctx) => searchEntities(ctx, args),
  },
}
