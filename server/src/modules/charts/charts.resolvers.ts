import type { Resolvers } from '../../generated/resolvers.ts'
import { connectionResolvers } from '../common/paging.ts'
import { deleteChart, listCharts, openChart, saveChart } from './charts.service.ts'

export const chartsResolvers: Resolvers = {
  ChartConnection: connectionResolvers,
  Query: {
    charts: (_, args, ctx) => listCharts(ctx, args),
    chart: (_, { id }, ctx) => openChart(ctx, id),
  },
  Mutation: {
    saveChart: (_, args, ctx) => saveChart(ctx, args),
    deleteChart: (_, args, ctx) => deleteChart(ctx, args),
  },
}
