import type { Resolvers } from '../../generated/resolvers.ts'
import { exportChart } from './exports.service.ts'

export const exportsResolvers: Resolvers = {
  Mutation: {
    exportChart: (_, { input }, ctx) => exportChart(ctx, input),
  },
}
