import type { Resolvers } from '../../generated/resolvers.ts'
import { auditChain, auditEntries } from './audit.service.ts'

export const auditResolvers: Resolvers = {
  Query: {
    auditEntries: (_, args, ctx) => auditEntries(ctx, args),
    auditChain: (_, __, ctx) => auditChain(ctx),
  },
}
