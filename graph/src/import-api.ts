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

/** Text encodings a delimited file may be read in ('auto': detected, see FilePreview.encodingGuess). */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-2',
] as const
export type TextEncoding = (typeof TEXT_ENCODINGS)[number]

export interface ParseOptions {
  country: string
  decimal: '.' | ','
  dateOrder: 'DMY' | 'MDY' | 'YMD'
  timeZone: string
  /**
   * Where a column of time offsets starts (ISO date-time): anonymised and simulated files count
   * seconds or steps from an unpublished start. Null: such a column is refused, saying so.
   */
  epoch: string | null
  /** What one unit of such an offset is. */
  offsetUnit: 'seconds' | 'minutes' | 'hours' | 'days'
}

/** How the file itself is read; chosen in the wizard (or by --encoding/--header-row). */
export interface FileChoice {
  encoding?: 'auto' | TextEncoding
  /** 1-based line (sheet row) of the header; lines above it are skipped. 'auto': detected. */
  headerRow?: number | 'auto'
  delimiter?: 'auto' | ',' | ';' | '\t' | '|'
  sheet?: number
}

/** What the encoding detection found, so the wizard can show the guess and offer the rest. */
export interface EncodingGuess {
  encoding: TextEncoding | 'xlsx'
  /** How it was told: a byte-order mark, valid UTF-8, or byte statistics (less sure). */
  by: 'bom' | 'utf8' | 'statistics' | 'chosen' | 'xlsx'
  /** 0..1 */
  confidence: number
  /** Other encodings worth offering, most likely first. */
  alternatives: TextEncoding[]
}

/** A line of the file that is not read as data, and why (nothing is skipped silently). */
export interface SkippedLine {
  line: number
  reason: 'before_header' | 'empty' | 'total'
}

export interface SlotSuggestion {
  column: string
  type: string
  required: boolean
  /** Part of a needed entity's key: it cannot be made optional. */
  key: boolean
  uses: string[]
  header: string | null
  confidence: number
  reason: 'name' | 'alias' | 'similar' | 'values' | null
  /** What the values look like when it needs the person's decision (a start for time offsets). */
  hint?: 'time_offsets' | 'excel_serials' | 'subscriber_ids' | null
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
  encodingGuess: EncodingGuess
  /** The header line chosen (1-based), and the lines skipped before, inside and after the data. */
  headerRow: number
  skipped: SkippedLine[]
  /** Total skipped lines (the list is cut at 200). */
  skippedCount: number
}

export interface Binding {
  columns: Record<string, string | null>
  parse: Partial<ParseOptions>
  file?: FileChoice
  /** Columns the person made optional: a row without one leaves the field empty. */
  optional?: string[]
  /**
   * Per entity alias, how its rows meet the graph: 'graph' matches records already there by key,
   * 'file' only within this file (and its re-runs). Unset: the mapping's own ('auto' by default:
   * real identifiers such as E.164 numbers and IBANs match, bare ids stay within the file).
   */
  match?: Record<string, 'graph' | 'file'>
}

/** What to do with rows that have a bad cell: refuse the file (default) or set them aside. */
export type BadRows = 'refuse' | 'quarantine'

/**
 * Something the import did to rows that is not plain "new" or "already known", counted, with the
 * first lines it concerns and one example (a value from the file, never more than a cell):
 * - equal_rows: rows equal in every mapped column (repeated invoices, double logging), each kept
 *   as its own link; a re-run of the file still adds nothing
 * - same_entity: rows naming one entity by its key, merged into it (the usual case, counted)
 * - self_link: a link whose two ends are one entity (a self-call), kept
 * - namesakes: rows with one name but different identifiers, kept as different entities
 * - value_flagged: a value read with a note (a negative duration left empty, a time offset)
 * - file_local: bare ids kept within this file, not matched against the graph
 * - skipped_lines: lines not read as data (before the header, empty, a total)
 * - absent_columns: columns only optional fields read that the file does not have (field: their names)
 * - unread_columns: the file's columns no field of the mapping reads, so not imported (field: their names)
 */
export interface ReportNote {
  code:
    | 'equal_rows'
    | 'same_entity'
    | 'self_link'
    | 'namesakes'
    | 'value_flagged'
    | 'file_local'
    | 'skipped_lines'
    | 'absent_columns'
    | 'unread_columns'
  count: number
  /** Up to 20 lines of the file it concerns. */
  lines: number[]
  /** The field or kind it concerns (caller.number, CALLED), if one. */
  field: string | null
  example: string | null
}

/** An entity of the file that matches one already in the graph: shown before anything is written. */
export interface MatchExample {
  kind: string
  /** The key as the file has it (a number, an IBAN, a name and birth date). */
  key: string
  id: string
  name: string
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
  notes: ReportNote[]
  /** Up to 5 per kind: which of the file's entities are already in the graph, and as what. */
  matches: MatchExample[]
  /** Rows with bad cells set aside (badRows: quarantine); null when refusing was chosen. */
  setAside: SetAside | null
  /** A format that reads records the model cannot hold (FollowTheMoney): schemata not imported, by count. */
  unknownSchemata?: Record<string, number>
  /** …and values not kept, by `Schema.property (reason)`, with counts. */
  skipped?: Record<string, number>
}

export interface SetAside {
  rows: number
  /** Every problem, counted once per cell (listed up to 200). */
  errorCount: number
  errors: RowError[]
  /** The set-aside rows as CSV (UTF-8, the file's header plus a `problems` column) to fix and re-import. */
  csv: string
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
