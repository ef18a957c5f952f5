import type { ServerModule } from '../module.ts'
import { CHART_ENTITIES, CHART_LINKS } from './exports.queries.ts'
import { exportsResolvers } from './exports.resolvers.ts'

/** Chart exports from the browser: GraphML, CSV and FtM files, and the record of PNG and SVG. */
export const chartExports: ServerModule = {
  name: 'exports',
  resolvers: exportsResolvers,
  // The links' seventeen seeks plan slowly (13 s cold on the test VM): before the first user.
  warm: [
    { query: CHART_ENTITIES, params: { ids: [''] } },
    { query: CHART_LINKS, params: { ids: [''] } },
  ],
}
