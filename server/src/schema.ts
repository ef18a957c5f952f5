import { makeExecutableSchema } from '@graphql-tools/schema'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { auditResolvers } from './modules/audit/audit.resolvers.ts'
import { authResolvers } from './modules/auth/auth.resolvers.ts'
import { casesResolvers } from './modules/cases/cases.resolvers.ts'
import { health } from './modules/common/health.ts'
import { DateScalar, DateTimeScalar } from './modules/common/scalars.ts'
import { entitiesResolvers } from './modules/entities/entities.resolvers.ts'
import { networksResolvers } from './modules/networks/networks.resolvers.ts'
import { resolutionResolvers } from './modules/resolution/resolution.resolvers.ts'
import { retentionResolvers } from './modules/retention/retention.resolvers.ts'
import { searchResolvers } from './modules/search/search.resolvers.ts'
import { trendsResolvers } from './modules/trends/trends.resolvers.ts'
import type { Resolvers } from './generated/resolvers.ts'
import { guardSchema } from './modules/auth/guard.ts'

const modulesDir = fileURLToPath(new URL('./modules', import.meta.url))

/** Each module's .graphql sits beside its resolvers; common/ comes first as it declares the roots. */
export function loadTypeDefs(): string[] {
  const mods = readdirSync(modulesDir).sort((a, b) =>
    a === 'common' ? -1 : b === 'common' ? 1 : a.localeCompare(b),
  )
  return mods.flatMap((m) =>
    readdirSync(join(modulesDir, m))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(modulesDir, m, f), 'utf8')),
  )
}

const common: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { health: (_, __, ctx) => health(ctx) },
}

export function buildSchema() {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      common,
      auditResolvers,
      authResolvers,
      entitiesResolvers,
      searchResolvers,
      networksResolvers,
      casesResolvers,
      retentionResolvers,
      resolutionResolvers,
      trendsResolvers,
    ],
  })
  return guardSchema(schema)
}
