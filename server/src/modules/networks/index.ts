import type { ServerModule } from '../module.ts'
import { networksResolvers } from './networks.resolvers.ts'

export const networks: ServerModule = { name: 'networks', resolvers: networksResolvers }
