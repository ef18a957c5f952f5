import { countLoader } from '../../data/loaders.ts'
import type { ServerModule } from '../module.ts'
import { toInt } from '../../data/params.ts'
import {
  CASE_COUNT,
  CASE_MEMBER_COUNTS,
  CASE_MEMBER_TOTAL,
  CASE_MEMBERS,
  CASE_OFFENCES,
  CASE_YEARS,
  CASES,
} from './cases.queries.ts'
import { casesResolvers } from './cases.resolvers.ts'

const NO_FILTER = { status: null, offences: null, year: null, mine: false }

export const cases: ServerModule = {
  name: 'cases',
  resolvers: casesResolvers,
  loaders: (data) => ({ caseMemberCount: countLoader(data, CASE_MEMBER_COUNTS) }),
  // The Cases tab and a case opened on the chart (first pages, as the client asks).
  warm: [
    { query: CASES, params: { ...NO_FILTER, first: toInt(50), after: null } },
    { query: CASE_COUNT, params: NO_FILTER },
    { query: CASE_OFFENCES, params: {} },
    { query: CASE_YEARS, params: {} },
    { query: CASE_MEMBERS, params: { id: '', kinds: null, first: toInt(200), after: null } },
    { query: CASE_MEMBER_TOTAL, params: { id: '', kinds: null } },
    { query: CASE_MEMBER_COUNTS, params: { ids: [''] } },
  ],
}

/** For modules that work in a case the user names (imports, exports, the CLI). */
export { CASE_BY_NUMBER, CASE_NODE } from './cases.queries.ts'
