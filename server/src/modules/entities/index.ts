import { countLoader, entityLoader } from '../../data/loaders.ts'
import { toInt } from '../../data/params.ts'
import type { ServerModule } from '../module.ts'
import { ENTITIES_BY_IDS, LINK_COUNTS, LINKS_AMONG, LINKS_AMONG_TOTAL } from './entities.queries.ts'
import { entitiesResolvers } from './entities.resolvers.ts'

export const entities: ServerModule = {
  name: 'entities',
  resolvers: entitiesResolvers,
  loaders: (data) => ({
    entity: entityLoader(data, ENTITIES_BY_IDS),
    linkCount: countLoader(data, LINK_COUNTS),
  }),
  // What every list and chart asks, and the ties of a case opened on the chart (data/warm.ts).
  warm: [
    { query: ENTITIES_BY_IDS, params: { ids: [''] } },
    { query: LINK_COUNTS, params: { ids: [''] } },
    {
      query: LINKS_AMONG,
      params: { ids: [''], others: [''], kinds: null, first: toInt(500), after: null },
    },
    { query: LINKS_AMONG_TOTAL, params: { ids: [''], others: [''], kinds: null } },
  ],
}

/** What other modules that create records (cases, imports) share with this one. */
export { ADD_TO_CASE, CREATE_ENTITY } from './entities.queries.ts'
export { caseLinkProps, joinSources, newId } from './entities.service.ts'
export { assertSourcesExist, provenanceProps } from './provenance.ts'
