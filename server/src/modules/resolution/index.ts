import type { ServerModule } from '../module.ts'
import { resolutionResolvers } from './resolution.resolvers.ts'

export const resolution: ServerModule = { name: 'resolution', resolvers: resolutionResolvers }
export { ERASE_RESOLUTION_RECORDS } from './resolution.queries.ts'
