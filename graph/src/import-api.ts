/**
 * The REST import API's shapes, shared by the server that sends them and the client that reads
 * them (uploads are not GraphQL, so codegen does not cover them). The server's routes
 * (server/src/modules/ingest/ingest.routes.ts) type what they send with these, so a change on
 * one side fails the other's typecheck.
 */

export interface MappingInfo {
  id: string
  name: string
  description: string
  builtIn: boolean
  createdBy: string | null
  columns: string[]
  yaml: string
}

export interface ParseOptions {
  country: string
  decimal: '.' | ','
  dateOrder: 'DMY' | 'MDY' | 'YMD'
  timeZone: string
}

export interface SlotSuggestion {
  column: string
  type: string
  required: boolean
  uses: string[]
  header: string | null
  confidence: number
  reason: 'name' | 'alias' | 'similar' | 'values' | null
}

export interface MappingFit {
  id: string
  name: string
  fit: number
  slots: SlotSuggestion[]
  parse: ParseOptions
}

export interface FilePreview {
  fileName: string
  encoding: string
  delimiter: string | null
  headers: string[]
  rows: string[][]
  rowCount: number
  /** Length the server cut cells at; `truncated` lists the cut ones as [row, column] (-1: header). */
  cellChars: number
  truncated: Array<[number, number]>
  mappings: MappingFit[]
}

export interface Binding {
  columns: Record<string, string | null>
  parse: Partial<ParseOptions>
}

export interface KindCount {
  kind: string
  created: number
  matched: number
}

export interface ImportReport {
  dryRun: boolean
  fileName: string
  encoding: string
  rows: number
  sourceId: string | null
  entities: KindCount[]
  links: KindCount[]
  createdIds: string[]
}

export interface ImportProgress {
  phase: 'read' | 'match' | 'write'
  done: number
  total: number
}

export interface RowError {
  line: number
  column: string | null
  field: string
  reason: string
}

export interface ImportError {
  code: string
  errors?: RowError[]
  errorCount?: number
  columns?: string[]
  problems?: Array<{ path: string; message: string }>
}
