import type { PersonResolvers, Resolvers } from '../../generated/resolvers.ts'
import { connectionResolvers } from '../common/paging.ts'
import { sourcesOf } from './sources.ts'
import {
  createEntity,
  getEntity,
  revealIdentity,
  linkCount,
  updateEntity,
} from './entities.service.ts'
import { linksAmong, linksOf } from './link-pages.ts'
import { createLink, updateLink } from './links.service.ts'

// Every kind shares these; the mapper makes their resolver types identical.
const entityFields: PersonResolvers = {
  links: (e, args, ctx) => linksOf(ctx, e, args),
  linkCount: (e, _, ctx) => linkCount(ctx, e),
}

export const entitiesResolvers: Resolvers = {
  Entity: { __resolveType: (e) => e.kind },
  Person: entityFields,
  Organization: entityFields,
  Location: entityFields,
  Phone: entityFields,
  Asset: entityFields,
  Event: entityFields,
  Case: entityFields,
  Source: entityFields,
  LinkConnection: connectionResolvers,
  Link: {
    from: (l, _, ctx) => getEntity(ctx, l.fromId),
    to: (l, _, ctx) => getEntity(ctx, l.toId),
  },
  Provenance: {
    sources: (p, _, ctx) => sourcesOf(ctx, p),
    grading: (p) => `${p.reliability}${p.credibility}`,
  },
  Query: {
    entity: (_, { id }, ctx) => getEntity(ctx, id),
    links: (_, args, ctx) => linksAmong(ctx, args),
    revealIdentity: (_, { id, justification }, ctx) => revealIdentity(ctx, id, justification),
  },
  Mutation: {
    createEntity: (_, { input }, ctx) => createEntity(ctx, input),
    updateEntity: (_, { input }, ctx) => updateEntity(ctx, input),
    createLink: (_, { input }, ctx) => createLink(ctx, input),
    updateLink: (_, { input }, ctx) => updateLink(ctx, input),
  },
}
