import { makeExecutableSchema } from '@graphql-tools/schema'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { health } from './modules/common/health.ts'
import { DateScalar, DateTimeScalar } from './modules/common/scalars.ts'
import { guardSchema } from './modules/auth/index.ts'
import { MODULES } from './modules/index.ts'
import type { Resolvers } from './generated/resolvers.ts'

const modulesDir = fileURLToPath(new URL('./modules', import.meta.url))

/** Each module's .graphql sits beside its resolvers; common/ comes first as it declares the roots. */
export function loadTypeDefs(): string[] {
  const mods = readdirSync(modulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a === 'common' ? -1 : b === 'common' ? 1 : a.localeCompare(b)))
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
    resolvers: [common, ...MODULES.flatMap((m) => (m.resolvers ? [m.resolvers] : []))],
  })
  return guardSchema(schema)
}
