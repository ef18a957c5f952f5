import type { EncodingGuess, SkippedLine } from '@htwb/graph/import-api'
import { TEXT_ENCODINGS, type TextEncoding } from '@htwb/graph/import-api'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parse, type Options as CsvOptions } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import { appError, isAppError } from '../../errors.ts'
import { Budget, DEFAULT_LIMITS, tooLarge, type ReadLimits } from '../common/limits.ts'
import { decodeText, resolveEncoding, utf8Slices } from './encoding.ts'
import { TableBuilder, type Row } from './table-builder.ts'
import { readXlsxRows } from './xlsx.ts'

export type { Row } from './table-builder.ts'
export { detectEncoding } from './encoding.ts'

export const ENCODINGS = ['auto', ...TEXT_ENCODINGS] as const
export type Encoding = (typeof ENCODINGS)[number]
/** The highest header line one may choose: a preamble is a few lines, not pages. */
export const MAX_HEADER_ROW = 10_000

export interface Table {
  headers: string[]
  /** Data rows as text; all of them, or the first `keep` when reading for a preview. */
  rows: Row[]
  /** Data rows in the file (more than `rows` holds when only a sample was kept). */
  rowCount: number
  encoding: TextEncoding | 'xlsx'
  /** What the encoding was taken to be, how surely, and what else to offer. */
  encodingGuess: EncodingGuess
  delimiter: string | null
  /** The header's line (sheet row), 1-based. */
  headerRow: number
  /** Every line not read as data, in file order: above the header, empty, a trailing total. */
  skipped: SkippedLine[]
}

const XLSX_GUESS: EncodingGuess = { encoding: 'xlsx', by: 'xlsx', confidence: 1, alternatives: [] }

/** The whole text and the encoding it was read in (small files and tests; readers use slices). */
export function decode(
  bytes: Buffer,
  encoding: Encoding,
): { text: string; encoding: TextEncoding } {
  const used = resolveEncoding(bytes, encoding).encoding
  return { text: decodeText(bytes, used), encoding: used }
}

const DELIMITERS = [',', ';', '\t', '|']

/**
 * The delimiter that splits the header line into the most columns, quoting aside. The header
 * is the line chosen, or else the first line any delimiter splits (a report's title line
 * above it may have none).
 */
export function sniffDelimiter(text: string, headerRow: number | 'auto' = 'auto'): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 200)
  const count = (line: string, d: string) => line.split(d).length
  const first =
    (headerRow === 'auto'
      ? lines.find((l) => DELIMITERS.some((d) => count(l, d) > 1))
      : lines[headerRow - 1]) ?? ''
  return DELIMITERS.reduce((best, d) => (count(first, d) > count(first, best) ? d : best), ',')
}

function csvOptions(delimiter: string, b: TableBuilder): CsvOptions {
  const { columns, cellChars } = b.budget.limits
  return {
    delimiter,
    bom: true,
    relax_column_count: true,
    // Empty lines reach the builder, which lists them: nothing is skipped silently.
    skip_empty_lines: false,
    trim: false,
    // A record longer than every column at its longest breaks a limit; stop it as it grows.
    max_record_size: columns * cellChars,
    // Rows go to the builder as they are parsed; none is collected by the parser.
    on_record: (record: string[], info: { lines: number }) => {
      b.add(info.lines, record)
      return null
    },
  }
}

const recordTooLarge = (e: unknown, b: TableBuilder) =>
  (e as { code?: string }).code === 'CSV_MAX_RECORD_SIZE'
    ? tooLarge('rowChars', b.budget.limits.columns * b.budget.limits.cellChars, {
        line: (e as { lines?: number }).lines,
      })
    : e

function tableOf(
  b: TableBuilder,
  encoding: Table['encoding'],
  encodingGuess: EncodingGuess,
  delimiter: string | null,
): Table {
  b.finish()
  return {
    headers: b.headers ?? [],
    rows: b.rows,
    rowCount: b.rowCount,
    encoding,
    encodingGuess,
    delimiter,
    headerRow: b.headerRow,
    skipped: b.skipped,
  }
}

async function readCsvInto(b: TableBuilder, bytes: Buffer, file: FileOptions): Promise<Table> {
  const { encoding, guess } = resolveEncoding(bytes, file.encoding)
  const head = decodeText(bytes.subarray(0, 64 * 1024), encoding)
  const delimiter =
    file.delimiter === 'auto' ? sniffDelimiter(head, file.headerRow) : file.delimiter
  // Slice by slice, so a large file lets other requests run between slices.
  await pipeline(Readable.from(utf8Slices(bytes, encoding)), parse(csvOptions(delimiter, b))).catch(
    (e: unknown) => {
      throw recordTooLarge(e, b)
    },
  )
  return tableOf(b, encoding, guess, delimiter)
}

/** Delimited text already in hand, in one pass (tests, small inputs); files use readDataTable. */
export function readCsv(
  bytes: Buffer,
  encoding: Encoding,
  delimiter: string | 'auto',
  limits: ReadLimits = DEFAULT_LIMITS,
  headerRow: number | 'auto' = 'auto',
): Table {
  const b = new TableBuilder(new Budget(limits), Infinity, headerRow)
  const { encoding: used, guess } = resolveEncoding(bytes, encoding)
  const text = decodeText(bytes, used)
  const delim = delimiter === 'auto' ? sniffDelimiter(text, headerRow) : delimiter
  try {
    parseSync(text, csvOptions(delim, b))
  } catch (e) {
    throw recordTooLarge(e, b)
  }
  return tableOf(b, used, guess, delim)
}

/** A worksheet (1-based) as text; dates become ISO strings, formulas their results. */
export async function readXlsx(
  bytes: Buffer,
  sheet: number,
  limits: ReadLimits = DEFAULT_LIMITS,
  keep = Infinity,
  headerRow: number | 'auto' = 'auto',
): Promise<Table> {
  const b = new TableBuilder(new Budget(limits), keep, headerRow)
  await readXlsxRows(bytes, sheet, b.budget, b.add)
  return tableOf(b, 'xlsx', XLSX_GUESS, null)
}

/** XLSX files start with the ZIP signature; anything else is read as delimited text. */
export const isXlsx = (bytes: Buffer) =>
  bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))

export interface FileOptions {
  encoding: Encoding
  delimiter: string | 'auto'
  sheet: number
  /** The header's line (1-based); lines above it are skipped. 'auto' (default): detected. */
  headerRow?: number | 'auto'
}

/**
 * The file as a table with data rows, or the error a person can act on: `import/too_large`
 * naming the limit it broke (and where), `import/unreadable_file`, `import/empty_file`.
 * `keep` bounds the rows held (a preview's sample); every row is still read and counted.
 */
export async function readDataTable(
  bytes: Buffer,
  file: FileOptions,
  limits: ReadLimits = DEFAULT_LIMITS,
  keep = Infinity,
): Promise<Table> {
  const b = new TableBuilder(new Budget(limits), keep, file.headerRow ?? 'auto')
  const table = await (
    isXlsx(bytes)
      ? readXlsxRows(bytes, file.sheet, b.budget, b.add).then(() =>
          tableOf(b, 'xlsx', XLSX_GUESS, null),
        )
      : readCsvInto(b, bytes, file)
  ).catch((e: unknown) => {
    if (isAppError(e)) throw e
    throw appError('import/unreadable_file', { field: 'file' })
  })
  if (!table.rowCount) throw appError('import/empty_file', { field: 'file' })
  return table
}
