import type { ServerModule } from '../module.ts'
import { ftmFormat } from './ftm.service.ts'

/** FollowTheMoney: a format for the import endpoint, and the CLI's import and export. */
export const ftm: ServerModule = { name: 'ftm', importFormats: { ftm: ftmFormat } }

export { ftmExportCommand, ftmImportCommand, ftmImportNotes } from './ftm.cli.ts'
/** Records already read (a chart's) as FtM entities, for the browser's exports. */
export { ftmOf, type FtmOf } from './ftm.export.ts'
export type { FtmEntity } from './ftm.schemata.ts'
/** What every export file withholds of protected persons (GraphML and CSV too). */
export { exportedName, guardChart, withheld, type GuardedChart } from './ftm.guard.ts'
