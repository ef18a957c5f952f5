import type { ServerModule } from '../module.ts'
import { searchResolvers } from './search.resolvers.ts'

export const search: ServerModule = { name: 'search', resolvers: searchResolvers }
