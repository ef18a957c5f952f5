import type { ServerModule } from '../module.ts'
import { ingestRoutes } from './ingest.routes.ts'
import { importWarmStatements } from './warm.ts'

// A Check's statements are planned at start, so the first one answers at once (warm.ts).
export const ingest: ServerModule = {
  name: 'ingest',
  routes: ingestRoutes,
  warm: importWarmStatements(),
}

export { runFormat, type FormatPlan, type ImportFormat, type IngestDeps } from './http.ts'
export { builtInMappings } from './builtin.ts'
export {
  importPlan,
  runImport,
  type ImportReport,
  type ImportRequest,
  type PlanRequest,
  type SourceSpec,
} from './ingest.service.ts'
export { columnSlots, isTimeZone, parseMapping, type Mapping } from './mapping.ts'
export { rebind } from './rebind.ts'
export {
  keyHash,
  MAX_LISTED_ERRORS,
  type ImportPlan,
  type PlannedEntity,
  type PlannedLink,
  type RowError,
} from './plan.ts'
export { parseNumber, parsePhone } from './values.ts'
