import { toInt } from '../../data/params.ts'
import type { ServerModule } from '../module.ts'
import {
  CANDIDATE_PAIRS,
  CASE_CANDIDATE_PAIRS,
  RECENT_MERGES,
  VISIBLE_CASE,
} from './resolution.queries.ts'
import { resolutionResolvers } from './resolution.resolvers.ts'

const blocking = { maxBlock: toInt(50), maxPairs: toInt(2000) }

export const resolution: ServerModule = {
  name: 'resolution',
  resolvers: resolutionResolvers,
  // The Duplicates tab: its queue (whole and for a case) and the recent merges.
  warm: [
    { query: CANDIDATE_PAIRS.Person, params: { caseId: null, ...blocking } },
    { query: VISIBLE_CASE, params: { caseId: '' } },
    { query: CASE_CANDIDATE_PAIRS.Person, params: { caseId: '', ...blocking } },
    { query: RECENT_MERGES, params: { first: toInt(20) } },
  ],
}
export { ERASE_RESOLUTION_RECORDS } from './resolution.queries.ts'
