import type { ServerModule } from '../module.ts'
import { retentionResolvers } from './retention.resolvers.ts'

export const retention: ServerModule = { name: 'retention', resolvers: retentionResolvers }
