import { countLoader, entityLoader } from '../../data/loaders.ts'
import type { ServerModule } from '../module.ts'
import { ENTITIES_BY_IDS, LINK_COUNTS } from './entities.queries.ts'
import { entitiesResolvers } from './entities.resolvers.ts'

export const entities: ServerModule = {
  name: 'entities',
  resolvers: entitiesResolvers,
  loaders: (data) => ({
    entity: entityLoader(data, ENTITIES_BY_IDS),
    linkCount: countLoader(data, LINK_COUNTS),
  }),
}

/** What other modules that create records (cases, imports) share with this one. */
export { ADD_TO_CASE, CREATE_ENTITY } from './entities.queries.ts'
export { caseLinkProps, joinSources, newId } from './entities.service.ts'
export { assertSourcesExist, provenanceProps } from './provenance.ts'
