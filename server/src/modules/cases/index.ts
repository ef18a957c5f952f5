import { countLoader } from '../../data/loaders.ts'
import type { ServerModule } from '../module.ts'
import { toInt } from '../../data/params.ts'
import {
  CASE_COUNT,
  CASE_MEMBER_COUNTS,
  CASE_MEMBER_TOTAL,
  CASE_MEMBERS,
  CASES,
} from './cases.queries.ts'
import { casesResolvers } from './cases.resolvers.ts'

export const cases: ServerModule = {
  name: 'cases',
  resolvers: casesResolvers,
  loaders: (data) => ({ caseMemberCount: countLoader(data, CASE_MEMBER_COUNTS) }),
  // The Cases tab and a case opened on the chart (first pages, as the client asks).
  warm: [
    { query: CASES, params: { status: null, first: toInt(50), after: null } },
    { query: CASE_COUNT, params: { status: null } },
    { query: CASE_MEMBERS, params: { id: '', kinds: null, first: toInt(200), after: null } },
    { query: CASE_MEMBER_TOTAL, params: { id: '', kinds: null } },
    { query: CASE_MEMBER_COUNTS, params: { ids: [''] } },
  ],
}

/** For modules that work in a case the user names (imports, exports, the CLI). */
export { CASE_BY_NUMBER, CASE_NODE } from './cases.queries.ts'
