import { Budget, tooLarge } from '../common/limits.ts'
import { XmlError, XmlScanner, type XmlHandler } from './xml.ts'
import { unzipEntry, zipEntries, ZipError, type ZipEntry } from './zip.ts'

/**
 * One worksheet of an XLSX as rows of text, read part by part as it unzips: the shared strings
 * and the sheet are scanned as streams and each cell is counted against the limits while it
 * grows, so neither a workbook of millions of cells nor a zip-bomb cell is ever held whole.
 * Values read as exceljs's full reader gave them before: dates (a number with a date format)
 * as the wall time written, formulas as their cached result, booleans as true/false.
 */

/** A row as it closes; `hidden`: hidden in the sheet (a header finder does not take it). */
export type RowSink = (line: number, cells: string[], hidden: boolean) => void

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, with East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
])

/** As exceljs decides it: date letters outside quoted text and [colour]/[locale] brackets. */
const isDateFormat = (code: string) =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))

/** Excel's serial day number (days since 1899-12-30, or since 1904 in Mac workbooks). */
function serialDate(n: number, date1904: boolean): Date {
  return new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000))
}

/** Excel stores wall time without a zone: given back as written, for the mapping's time zone. */
export function dateText(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null
  const iso = d.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ')
}

/** `B12` → 2. Column letters only; the row number is the row's. */
function columnOf(ref: string | undefined): number | null {
  if (!ref) return null
  let n = 0
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c < 65 || c > 90) break
    n = n * 26 + (c - 64)
    if (n > 1e6) return n
  }
  return n || null
}

/** A relationship target relative to the part that names it (`worksheets/sheet1.xml`). */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = from.split('/').slice(0, -1)
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg && seg !== '.') parts.push(seg)
  }
  return parts.join('/')
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

interface Relationship {
  id: string
  type: string
  target: string
}

class Workbook {
  private readonly entries: Map<string, ZipEntry>
  /** Workbook parts other than sheets and shared strings are small; more is not a workbook. */
  private static readonly SMALL_PART = 8 * 2 ** 20

  constructor(
    private readonly bytes: Buffer,
    private readonly budget: Budget,
  ) {
    this.entries = zipEntries(bytes)
  }

  /** Streams one part through `handler`; false if the archive has no such part. */
  async scan(part: string, handler: XmlHandler, maxBytes = Infinity): Promise<boolean> {
    const entry = this.entries.get(part)
    if (!entry) return false
    const { cellChars } = this.budget.limits
    const scanner = new XmlScanner(handler, cellChars + 4096)
    const decoder = new TextDecoder('utf-8')
    let read = 0
    const count = (n: number) => {
      read += n
      if (read > maxBytes) throw new ZipError(`${part} is larger than a workbook part can be`)
      this.budget.unzip(n)
    }
    try {
      for await (const chunk of unzipEntry(this.bytes, entry, count))
        scanner.write(decoder.decode(chunk, { stream: true }))
      scanner.write(decoder.decode())
      scanner.end()
    } catch (e) {
      if (e instanceof XmlError && e.tooLong) throw tooLarge('xmlMarkup', cellChars + 4096)
      throw e
    }
    return true
  }

  async relationships(part: string): Promise<Relationship[]> {
    const out: Relationship[] = []
    await this.scan(
      relsOf(part),
      {
        open: (name, a) => {
          if (name === 'Relationship' && a.Id && a.Target)
            out.push({ id: a.Id, type: a.Type ?? '', target: resolvePart(part, a.Target) })
        },
        close: () => undefined,
        text: () => undefined,
      },
      Workbook.SMALL_PART,
    )
    return out
  }

  async readSheet(sheet: number, sink: RowSink): Promise<void> {
    const root = await this.relationships('')
    const main = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
    const rels = await this.relationships(main)
    const sheetIds: string[] = []
    let date1904 = false
    const found = await this.scan(
      main,
      {
        open: (name, a) => {
          if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true'
          if (name !== 'sheet') return
          const key = Object.keys(a).find((k) => k.endsWith(':id'))
          if (key) sheetIds.push(a[key]!)
        },
        close: () => undefined,
        text: () => undefined,
      },
      Workbook.SMALL_PART,
    )
    if (!found) throw new ZipError('not a workbook')
    const target = rels.find((r) => r.id === sheetIds[sheet - 1])?.target
    if (!target) return
    const styles = rels.find((r) => r.type.endsWith('/styles'))?.target
    const strings = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target
    const dateStyles = styles ? await this.dateStyles(styles) : new Set<number>()
    const shared = strings ? await this.sharedStrings(strings) : []
    await this.scan(target, new SheetReader(this.budget, sink, shared, dateStyles, date1904))
  }

  /** Indexes of the cell formats (`s` of a cell) that show a date or time. */
  private async dateStyles(part: string): Promise<Set<number>> {
    const custom = new Map<number, string>()
    const formats: number[] = []
    let inCellXfs = false
    await this.scan(
      part,
      {
        open: (name, a) => {
          if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '')
          else if (name === 'cellXfs') inCellXfs = true
          else if (name === 'xf' && inCellXfs) formats.push(Number(a.numFmtId ?? 0))
        },
        close: (name) => {
          if (name === 'cellXfs') inCellXfs = false
        },
        text: () => undefined,
      },
      Workbook.SMALL_PART,
    )
    const out = new Set<number>()
    formats.forEach((id, i) => {
      const code = custom.get(id)
      if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) out.add(i)
    })
    return out
  }

  /** The shared string table; each string is counted (and bounded) as it is read. */
  private async sharedStrings(part: string): Promise<string[]> {
    const out: string[] = []
    const { cellChars, cells } = this.budget.limits
    let cur: string | null = null
    let capture = false
    let phonetic = false
    await this.scan(part, {
      open: (name) => {
        if (name === 'si') cur = ''
        else if (name === 'rPh') phonetic = true
        else if (name === 't' && cur !== null && !phonetic) capture = true
      },
      close: (name) => {
        if (name === 't') capture = false
        else if (name === 'rPh') phonetic = false
        else if (name === 'si' && cur !== null) {
          if (out.length >= cells) throw tooLarge('cells', cells)
          this.budget.cell(cur, {})
          out.push(cur)
          cur = null
        }
      },
      text: (piece) => {
        if (!capture || cur === null) return
        if (cur.length + piece.length > cellChars) throw tooLarge('cellChars', cellChars)
        cur += piece
      },
    })
    return out
  }
}

/** The sheet's rows as they stream by; a row goes to the sink when it closes. */
class SheetReader implements XmlHandler {
  private line = 0
  private hidden = false
  private cells: string[] | null = null
  private nextColumn = 1
  private cell: { column: number; type: string; style: number } | null = null
  private value: string | null = null
  private capture = false
  private phonetic = false

  constructor(
    private readonly budget: Budget,
    private readonly sink: RowSink,
    private readonly shared: string[],
    private readonly dateStyles: Set<number>,
    private readonly date1904: boolean,
  ) {}

  open(name: string, a: Record<string, string>): void {
    if (name === 'row') {
      const r = Number(a.r)
      this.line = Number.isInteger(r) && r > 0 ? r : this.line + 1
      this.hidden = a.hidden === '1' || a.hidden === 'true'
      this.cells = []
      this.nextColumn = 1
    } else if (name === 'c' && this.cells) {
      const column = columnOf(a.r) ?? this.nextColumn
      const { columns } = this.budget.limits
      if (column > columns) throw tooLarge('columns', columns, { line: this.line, column })
      this.cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0) }
      this.value = null
    } else if (!this.cell) return
    else if (name === 'v') this.startValue()
    else if (name === 'rPh') this.phonetic = true
    else if (name === 't' && !this.phonetic) this.startValue()
  }

  private startValue() {
    this.value ??= ''
    this.capture = true
  }

  text(piece: string): void {
    if (!this.capture || this.value === null) return
    const { cellChars } = this.budget.limits
    if (this.value.length + piece.length > cellChars)
      throw tooLarge('cellChars', cellChars, { line: this.line, column: this.cell!.column })
    this.value += piece
  }

  close(name: string): void {
    if (name === 'v' || name === 't') this.capture = false
    else if (name === 'rPh') this.phonetic = false
    else if (name === 'c' && this.cell && this.cells) {
      const text = this.value === null ? null : this.cellText(this.value)
      if (text !== null) this.cells[this.cell.column - 1] = text
      this.nextColumn = this.cell.column + 1
      this.cell = null
    } else if (name === 'row' && this.cells) {
      const cells = Array.from(this.cells, (c) => c ?? '')
      this.cells = null
      if (cells.length) this.sink(this.line, cells, this.hidden)
    }
  }

  private cellText(v: string): string | null {
    const { type, style } = this.cell!
    switch (type) {
      case 's': {
        const i = Number(v)
        return Number.isInteger(i) ? (this.shared[i] ?? '') : ''
      }
      case 'str':
      case 'inlineStr':
      case 'e':
        return v
      case 'b':
        return v.trim() === '0' ? 'false' : 'true'
      case 'd':
        return dateText(new Date(v)) ?? v
      default: {
        const n = parseFloat(v)
        if (Number.isNaN(n)) return v
        if (this.dateStyles.has(style)) return dateText(serialDate(n, this.date1904)) ?? String(n)
        return String(n)
      }
    }
  }
}

/** Reads worksheet `sheet` (1-based) into `sink`; ZIP and XML faults throw ZipError/XmlError. */
export async function readXlsxRows(
  bytes: Buffer,
  sheet: number,
  budget: Budget,
  sink: RowSink,
): Promise<void> {
  await new Workbook(bytes, budget).readSheet(sheet, sink)
}
