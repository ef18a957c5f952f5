import { isUtf8 } from 'node:buffer'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parse, type Options as CsvOptions } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { appError, isAppError } from '../../errors.ts'
import { Budget, DEFAULT_LIMITS, tooLarge, type ReadLimits } from '../common/limits.ts'
import { readXlsxRows } from './xlsx.ts'

export const ENCODINGS = ['auto', 'utf-8', 'windows-1250', 'windows-1251'] as const
export type Encoding = (typeof ENCODINGS)[number]

export interface Row {
  /** 1-based line in the file (the header is line 1, or the first row of the sheet). */
  line: number
  cells: string[]
}

export interface Table {
  headers: string[]
  /** Data rows as text; all of them, or the first `keep` when reading for a preview. */
  rows: Row[]
  /** Data rows in the file (more than `rows` holds when only a sample was kept). */
  rowCount: number
  encoding: Exclude<Encoding, 'auto'> | 'xlsx'
  delimiter: string | null
}

const LATIN2_LETTERS = /[čćšžđČĆŠŽĐëçËÇ]/g
const CYRILLIC = /[\u0400-\u04FF]/g
/** Single-byte code pages decode in slices of any size; this keeps each slice's text small. */
const SLICE = 1 << 20

type Decoded = Exclude<Encoding, 'auto'>

/**
 * The encoding of a file in one of those used in the region. Valid UTF-8 is taken as such;
 * otherwise the legacy code page that yields more of its own letters wins (Windows-1251 for
 * Serbian Cyrillic, Windows-1250 for Albanian and Serbian Latin). Counted slice by slice, so
 * the file is never held as text.
 */
export function detectEncoding(bytes: Buffer, encoding: Encoding): Decoded {
  if (encoding !== 'auto') return encoding
  if (isUtf8(bytes)) return 'utf-8'
  let cyr = 0
  let lat = 0
  for (let i = 0; i < bytes.length; i += SLICE) {
    const slice = bytes.subarray(i, i + SLICE)
    cyr += iconv.decode(slice, 'windows-1251').match(CYRILLIC)?.length ?? 0
    lat += iconv.decode(slice, 'windows-1250').match(LATIN2_LETTERS)?.length ?? 0
  }
  return cyr > lat ? 'windows-1251' : 'windows-1250'
}

/** The file as UTF-8 bytes in slices: UTF-8 as it is, code pages decoded slice by slice. */
function* utf8Slices(bytes: Buffer, encoding: Decoded): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += SLICE) {
    const slice = bytes.subarray(i, i + SLICE)
    yield encoding === 'utf-8' ? slice : Buffer.from(iconv.decode(slice, encoding), 'utf8')
  }
}

/** The whole text (small files and tests; readers use the slices). */
export function decode(bytes: Buffer, encoding: Encoding): { text: string; encoding: Decoded } {
  const used = detectEncoding(bytes, encoding)
  const text = iconv.decode(bytes, used)
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: used }
}

/** The delimiter that splits the header line into the most columns, quoting aside. */
export function sniffDelimiter(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const count = (d: string) => first.split(d).length
  return [',', ';', '\t', '|'].reduce((best, d) => (count(d) > count(best) ? d : best), ',')
}

/**
 * Rows as they are read, counted against the limits: the first is the header, data rows are
 * kept up to `keep` (a preview keeps a sample and counts the rest).
 */
class TableBuilder {
  headers: string[] | null = null
  rows: Row[] = []
  rowCount = 0

  constructor(
    readonly budget: Budget,
    private readonly keep: number,
  ) {}

  add = (line: number, cells: string[]): void => {
    this.budget.row(cells.length, { line })
    for (let i = 0; i < cells.length; i++) this.budget.cell(cells[i]!, { line, column: i + 1 })
    if (!this.headers) {
      this.headers = cells.map((h) => h.trim())
      return
    }
    const { rows } = this.budget.limits
    if (++this.rowCount > rows) throw tooLarge('rows', rows, { line })
    if (this.rows.length < this.keep) this.rows.push({ line, cells })
  }

  table(encoding: Table['encoding'], delimiter: string | null): Table {
    const { headers, rows, rowCount } = this
    return { headers: headers ?? [], rows, rowCount, encoding, delimiter }
  }
}

function csvOptions(delimiter: string, b: TableBuilder): CsvOptions {
  const { columns, cellChars } = b.budget.limits
  return {
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
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

async function readCsvInto(b: TableBuilder, bytes: Buffer, file: FileOptions): Promise<Table> {
  const encoding = detectEncoding(bytes, file.encoding)
  const head = iconv.decode(bytes.subarray(0, 64 * 1024), encoding)
  const delimiter = file.delimiter === 'auto' ? sniffDelimiter(head) : file.delimiter
  // Slice by slice, so a large file lets other requests run between slices.
  await pipeline(Readable.from(utf8Slices(bytes, encoding)), parse(csvOptions(delimiter, b))).catch(
    (e: unknown) => {
      throw recordTooLarge(e, b)
    },
  )
  return b.table(encoding, delimiter)
}

/** Delimited text already in hand, in one pass (tests, small inputs); files use readDataTable. */
export function readCsv(
  bytes: Buffer,
  encoding: Encoding,
  delimiter: string | 'auto',
  limits: ReadLimits = DEFAULT_LIMITS,
): Table {
  const b = new TableBuilder(new Budget(limits), Infinity)
  const { text, encoding: used } = decode(bytes, encoding)
  const delim = delimiter === 'auto' ? sniffDelimiter(text) : delimiter
  try {
    parseSync(text, csvOptions(delim, b))
  } catch (e) {
    throw recordTooLarge(e, b)
  }
  return b.table(used, delim)
}

/** A worksheet (1-based) as text; dates become ISO strings, formulas their results. */
export async function readXlsx(
  bytes: Buffer,
  sheet: number,
  limits: ReadLimits = DEFAULT_LIMITS,
  keep = Infinity,
): Promise<Table> {
  const b = new TableBuilder(new Budget(limits), keep)
  await readXlsxRows(bytes, sheet, b.budget, b.add)
  return b.table('xlsx', null)
}

/** XLSX files start with the ZIP signature; anything else is read as delimited text. */
export const isXlsx = (bytes: Buffer) =>
  bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))

export interface FileOptions {
  encoding: Encoding
  delimiter: string | 'auto'
  sheet: number
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
  const b = new TableBuilder(new Budget(limits), keep)
  const table = await (
    isXlsx(bytes)
      ? readXlsxRows(bytes, file.sheet, b.budget, b.add).then(() => b.table('xlsx', null))
      : readCsvInto(b, bytes, file)
  ).catch((e: unknown) => {
    if (isAppError(e)) throw e
    throw appError('import/unreadable_file', { field: 'file' })
  })
  if (!table.rowCount) throw appError('import/empty_file', { field: 'file' })
  return table
}
