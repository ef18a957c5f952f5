import type { Resolvers } from '../../generated/resolvers.ts'
import {
  duplicateCandidates,
  markDistinct,
  mergeEntities,
  recentMerges,
  undoMerge,
} from './resolution.service.ts'

export const resolutionResolvers: Resolvers = {
  Query: {
    duplicateCandidates: (_, args, ctx) => duplicateCandidates(ctx, args),
    recentMerges: (_, { first }, ctx) => recentMerges(ctx, first),
  },
  Mutation: {
    mergeEntities: (_, args, ctx) => mergeEntities(ctx, args),
    markDistinct: (_, { aId, bId }, ctx) => markDistinct(ctx, aId, bId),
    undoMerge: (_, { mergeId }, ctx) => undoMerge(ctx, mergeId),
  },
}
