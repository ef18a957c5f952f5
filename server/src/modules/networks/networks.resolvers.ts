import type { Resolvers } from '../../generated/resolvers.ts'
import { expand, paths } from './networks.service.ts'

export const networksResolvers: Resolvers = {
  Query: {
    expand: (_, args, ctx) => expand(ctx, args),
    paths: (_, args, ctx) => paths(ctx, args),
  },
}
