import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { appError } from '../../errors.ts'

export const ENCODINGS = ['auto', 'utf-8', 'windows-1250', 'windows-1251'] as const
export type Encoding = (typeof ENCODINGS)[number]

export interface Table {
  headers: string[]
  /** Data rows as text, each with its 1-based line in the file (header is line 1). */
  rows: Array<{ line: number; cells: string[] }>
  encoding: Exclude<Encoding, 'auto'> | 'xlsx'
  delimiter: string | null
}

const LATIN2_LETTERS = /[čćšžđČĆŠŽĐëçËÇ]/g
const CYRILLIC = /[\u0400-\u04FF]/g

/**
 * The text of a file in one of the encodings used in the region. Valid UTF-8 is taken as such;
 * otherwise the legacy code page that yields more of its own letters wins (Windows-1251 for
 * Serbian Cyrillic, Windows-1250 for Albanian and Serbian Latin).
 */
export function decode(
  bytes: Buffer,
  encoding: Encoding,
): { text: string; encoding: Table['encoding'] } {
  if (encoding !== 'auto') return { text: strip(iconv.decode(bytes, encoding)), encoding }
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  try {
    return { text: strip(utf8.decode(bytes)), encoding: 'utf-8' }
  } catch {
    const cyr = iconv.decode(bytes, 'windows-1251')
    const lat = iconv.decode(bytes, 'windows-1250')
    const score = (s: string, re: RegExp) => s.match(re)?.length ?? 0
    return score(cyr, CYRILLIC) > score(lat, LATIN2_LETTERS)
      ? { text: strip(cyr), encoding: 'windows-1251' }
      : { text: strip(lat), encoding: 'windows-1250' }
  }
}

const strip = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s)

/** The delimiter that splits the header line into the most columns, quoting aside. */
export function sniffDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? ''
  const count = (d: string) => first.split(d).length
  return [',', ';', '\t', '|'].reduce((best, d) => (count(d) > count(best) ? d : best), ',')
}

export function readCsv(bytes: Buffer, encoding: Encoding, delimiter: string | 'auto'): Table {
  const { text, encoding: used } = decode(bytes, encoding)
  const delim = delimiter === 'auto' ? sniffDelimiter(text) : delimiter
  const records = parse(text, {
    delimiter: delim,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    trim: false,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  const [head, ...body] = records
  return {
    headers: (head?.record ?? []).map((h) => h.trim()),
    rows: body.map((r) => ({ line: r.info.lines, cells: r.record })),
    encoding: used,
    delimiter: delim,
  }
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  // Excel stores wall time without a zone; exceljs hands it over as that time in UTC. Give it back
  // as written, so the mapping's time zone applies as it does to CSV.
  if (v instanceof Date) {
    const iso = v.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ')
  }
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue)
    if ('text' in v) return String(v.text)
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
  }
  return String(v)
}

/** A worksheet (1-based) as text; dates become ISO strings, formulas their results. */
export async function readXlsx(bytes: Buffer, sheet: number): Promise<Table> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const ws = book.worksheets[sheet - 1]
  if (!ws) return { headers: [], rows: [], encoding: 'xlsx', delimiter: null }
  const lines: Array<{ line: number; cells: string[] }> = []
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1)
    lines.push({ line: n, cells: values.map(cellText) })
  })
  const [head, ...body] = lines
  return {
    headers: (head?.cells ?? []).map((h) => h.trim()),
    rows: body,
    encoding: 'xlsx',
    delimiter: null,
  }
}

/** XLSX files start with the ZIP signature; anything else is read as delimited text. */
export const isXlsx = (bytes: Buffer) =>
  bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))

export interface FileOptions {
  encoding: Encoding
  delimiter: string | 'auto'
  sheet: number
}

/** The file as a table with data rows, or the error a person can act on. */
export async function readDataTable(bytes: Buffer, file: FileOptions): Promise<Table> {
  const table = await Promise.resolve()
    .then(() =>
      isXlsx(bytes) ? readXlsx(bytes, file.sheet) : readCsv(bytes, file.encoding, file.delimiter),
    )
    .catch(() => {
      throw appError('import/unreadable_file', { field: 'file' })
    })
  if (!table.rows.length) throw appError('import/empty_file', { field: 'file' })
  return table
}
