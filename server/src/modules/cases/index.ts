import { countLoader } from '../../data/loaders.ts'
import type { ServerModule } from '../module.ts'
import { CASE_MEMBER_COUNTS } from './cases.queries.ts'
import { casesResolvers } from './cases.resolvers.ts'

export const cases: ServerModule = {
  name: 'cases',
  resolvers: casesResolvers,
  loaders: (data) => ({ caseMemberCount: countLoader(data, CASE_MEMBER_COUNTS) }),
}

/** For modules that work in a case the user names (imports, exports, the CLI). */
export { CASE_BY_NUMBER, CASE_NODE } from './cases.queries.ts'
