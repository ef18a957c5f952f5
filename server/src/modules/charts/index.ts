import { toInt } from '../../data/params.ts'
import type { ServerModule } from '../module.ts'
import { CHART, CHART_COUNT, CHART_MEMBERS, CHARTS } from './charts.queries.ts'
import { chartsResolvers } from './charts.resolvers.ts'

/** Saved case charts: several named charts per case, shared with whoever holds the case. */
export const charts: ServerModule = {
  name: 'charts',
  resolvers: chartsResolvers,
  // The Open menu (every chart of one's cases) and a chart opened.
  warm: [
    { query: CHARTS, params: { caseId: null, first: toInt(50), after: null } },
    { query: CHART_COUNT, params: { caseId: null } },
    { query: CHART, params: { id: '' } },
    {
      query: CHART_MEMBERS,
      params: { entityIds: [''], entitySet: { '': true }, linkSet: { '': true } },
    },
  ],
}

/** For erasure (modules/retention): saved charts hold copies of what is erased. */
export { eraseFromCharts } from './charts.erasure.ts'
