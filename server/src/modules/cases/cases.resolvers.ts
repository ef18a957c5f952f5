import type { Resolvers } from '../../generated/resolvers.ts'
import { connectionResolvers } from '../common/paging.ts'
import {
  assignCase,
  caseMemberCount,
  caseMembers,
  changeMembers,
  createCase,
  listCases,
  setCaseStatus,
} from './cases.service.ts'

export const casesResolvers: Resolvers = {
  EntityConnection: connectionResolvers,
  CaseConnection: connectionResolvers,
  Case: {
    members: (c, args, ctx) => caseMembers(ctx, c, args),
    memberCount: (c, _, ctx) => caseMemberCount(ctx, c),
  },
  Query: {
    cases: (_, args, ctx) => listCases(ctx, args),
  },
  Mutation: {
    createCase: (_, { input }, ctx) => createCase(ctx, input),
    addToCase: (_, { caseId, entityIds }, ctx) => changeMembers(ctx, caseId, entityIds, true),
    removeFromCase: (_, { caseId, entityIds }, ctx) => changeMembers(ctx, caseId, entityIds, false),
    assignCase: (_, { caseId, username }, ctx) => assignCase(ctx, caseId, username),
    setCaseStatus: (_, { caseId, status }, ctx) => setCaseStatus(ctx, caseId, status),
  },
}
