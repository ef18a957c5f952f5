import type { ServerModule } from '../module.ts'
import { trendsResolvers } from './trends.resolvers.ts'

export const trends: ServerModule = { name: 'trends', resolvers: trendsResolvers }
