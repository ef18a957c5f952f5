import type { Resolvers } from '../../generated/resolvers.ts'
import { searchEntities } from './search.service.ts'

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, ctx) => searchEntities(ctx, args),
  },
}
