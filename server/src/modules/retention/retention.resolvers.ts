import type { Resolvers } from '../../generated/resolvers.ts'
import { erasePerson, retainPerson, retentionDue, retentionPolicy } from './retention.service.ts'

export const retentionResolvers: Resolvers = {
  Query: {
    retentionDue: (_, args, ctx) => retentionDue(ctx, args),
    retentionPolicy: (_, __, ctx) => retentionPolicy(ctx),
  },
  Mutation: {
    retainPerson: (_, { id, justification }, ctx) => retainPerson(ctx, id, justification),
    erasePerson: (_, { id, justification }, ctx) => erasePerson(ctx, id, justification),
  },
}
