import type { Loaders } from '../context.ts'
import type { DataAccess } from '../data/access.ts'
import { audit } from './audit/index.ts'
import { auth } from './auth/index.ts'
import { cases } from './cases/index.ts'
import { charts } from './charts/index.ts'
import { entities } from './entities/index.ts'
import { chartExports } from './exports/index.ts'
import { ftm } from './ftm/index.ts'
import { ingest } from './ingest/index.ts'
import { labels } from './labels/index.ts'
import type { ServerModule } from './module.ts'
import { networks } from './networks/index.ts'
import { resolution } from './resolution/index.ts'
import { retention } from './retention/index.ts'
import { search } from './search/index.ts'
import { trends } from './trends/index.ts'

/**
 * The server's modules, each once: schema.ts takes their resolvers, app.ts their loaders, REST
 * routes and import formats. A new module is a folder with its index.ts face and a line here
 * (and its operations in auth/operations.ts, which the schema guard requires).
 */
export const MODULES: readonly ServerModule[] = [
  audit,
  auth,
  cases,
  charts,
  entities,
  chartExports,
  ftm,
  ingest,
  labels,
  networks,
  resolution,
  retention,
  search,
  trends,
]

export type { ServerModule } from './module.ts'

/** What every module asks to have planned at start (data/warm.ts). */
export const WARM_STATEMENTS = MODULES.flatMap((m) => m.warm ?? [])

/** The per-request loaders of every module, for one request's context. */
export const createLoaders = (data: DataAccess): Loaders =>
  Object.assign({}, ...MODULES.map((m) => m.loaders?.(data) ?? {})) as Loaders
