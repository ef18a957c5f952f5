import type { Router } from 'express'
import type { Loaders } from '../context.ts'
import type { DataAccess } from '../data/access.ts'
import type { WarmStatement } from '../data/warm.ts'
import type { Resolvers } from '../generated/resolvers.ts'
import type { ImportFormat, IngestDeps } from './ingest/index.ts'

/**
 * A server module's face: what it plugs into the workbench. Its schema is the .graphql files in
 * its folder (schema.ts loads them); everything else it offers the app is listed here, and the
 * registry (modules/index.ts) names each module once. Other modules reach it only through its
 * index.ts (server/src/boundaries.test.ts).
 */
export interface ServerModule {
  name: string
  resolvers?: Resolvers
  /** Per-request batch loaders it contributes to the GraphQL context. */
  loaders?: (data: DataAccess) => Partial<Loaders>
  /** REST routes (uploads, downloads), mounted before /graphql. */
  routes?: (deps: IngestDeps) => Router
  /** File formats it turns into imports, by the `format=` name the import endpoint takes. */
  importFormats?: Record<string, ImportFormat>
  /** Statements planned at start, so the first user does not wait for the planner (data/warm.ts). */
  warm?: readonly WarmStatement[]
}
