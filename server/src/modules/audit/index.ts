import type { ServerModule } from '../module.ts'
import { auditResolvers } from './audit.resolvers.ts'

export const audit: ServerModule = { name: 'audit', resolvers: auditResolvers }
