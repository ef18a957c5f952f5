import type { Resolvers } from '../../generated/resolvers.ts'
import { yearlyFigures } from './trends.service.ts'

export const trendsResolvers: Resolvers = {
  Query: {
    yearlyFigures: (_, { fromYear, toYear }, ctx) => yearlyFigures(ctx, fromYear, toYear),
  },
}
