import type { Resolvers } from '../../generated/resolvers.ts'
import { connectionResolvers } from '../common/paging.ts'
import {
  assignCase,
  caseMemberCount,
  caseMembers,
  caseOffences,
  caseYears,
  changeMembers,
  createCase,
  listCases,
  setCaseStatus,
} from './cases.service.ts'
import { assignableUsers, caseTeam, unassignCase } from './cases.team.ts'

export const casesResolvers: Resolvers = {
  EntityConnection: connectionResolvers,
  CaseConnection: {
    ...connectionResolvers,
    offences: (_, __, ctx) => caseOffences(ctx),
    years: (_, __, ctx) => caseYears(ctx),
  },
  Case: {
    members: (c, args, ctx) => caseMembers(ctx, c, args),
    memberCount: (c, _, ctx) => caseMemberCount(ctx, c),
    assignees: (c, _, ctx) => caseTeam(ctx, c),
  },
  Query: {
    cases: (_, args, ctx) => listCases(ctx, args),
    assignableUsers: (_, __, ctx) => assignableUsers(ctx),
  },
  Mutation: {
    createCase: (_, { input }, ctx) => createCase(ctx, input),
    addToCase: (_, { caseId, entityIds }, ctx) => changeMembers(ctx, caseId, entityIds, true),
    removeFromCase: (_, { caseId, entityIds }, ctx) => changeMembers(ctx, caseId, entityIds, false),
    assignCase: (_, { caseId, username }, ctx) => assignCase(ctx, caseId, username),
    unassignCase: (_, { caseId, username }, ctx) => unassignCase(ctx, caseId, username),
    setCaseStatus: (_, { caseId, status }, ctx) => setCaseStatus(ctx, caseId, status),
  },
}
