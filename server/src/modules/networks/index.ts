import { toInt } from '../../data/params.ts'
import type { ServerModule } from '../module.ts'
import { NEIGHBOURS, SEEDS } from './networks.queries.ts'
import { networksResolvers } from './networks.resolvers.ts'

export const networks: ServerModule = {
  name: 'networks',
  resolvers: networksResolvers,
  warm: [
    { query: SEEDS, params: { ids: [''] } },
    {
      query: NEIGHBOURS,
      params: {
        frontier: [''],
        known: [''],
        room: toInt(150),
        perPair: toInt(20),
        kinds: ['CALLED'],
        from: null,
        to: null,
      },
    },
  ],
}
