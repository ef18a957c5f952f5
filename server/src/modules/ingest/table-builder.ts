import type { SkippedLine } from '@htwb/graph/import-api'
import { tooLarge, type Budget } from '../common/limits.ts'

/**
 * Which lines of a file are its header and its data. Files people receive are often report
 * exports, not clean tables: a title, a report date and parameters above the header, padding
 * lines of empty cells between and after the rows, a total at the end. Every line that is not
 * read as data is listed with why (`SkippedLine`); none is dropped silently.
 */

export interface Row {
  /** 1-based line in the file (or row of the sheet), as the file has it. */
  line: number
  cells: string[]
}

/** Lines looked at to find the header when it is not chosen. */
const HEAD_LINES = 50
/** A run of total-looking rows longer than this is data (a total is a line or two). */
const MAX_TOTALS = 20

/** A cell that holds something: a letter or a digit (not only spaces, dashes or stray marks). */
export const isFilled = (cell: string) => /[\p{L}\p{N}]/u.test(cell)

const TOTAL = /^(grand\s+)?(totals?|sum|ukupno|укупно|gjithsej|totali|totale)\s*:?$/iu

const filledCount = (cells: string[]) => cells.reduce((n, c) => n + (isFilled(c) ? 1 : 0), 0)

/**
 * The header among the first lines when none was chosen: the first (visible) line with at
 * least 60% as many filled cells as the widest line there (two at least, when the widest has
 * three or more). A title, `Report Date: …` or `Parameters:` line fills one or two cells of a
 * report's padded lines; a workbook's hidden row (field names above the labels people see) is
 * not a header either. An ordinary file's first line is as wide as its rows: it is the header.
 */
export function headerIndex(lines: Array<{ cells: string[]; hidden?: boolean }>): number {
  let candidates = lines.filter((l) => !l.hidden)
  if (!candidates.some((l) => filledCount(l.cells) > 0)) candidates = lines
  const widest = Math.max(0, ...candidates.map((l) => filledCount(l.cells)))
  if (widest === 0) return -1
  const least = widest <= 2 ? 1 : Math.max(2, Math.ceil(widest * 0.6))
  return lines.findIndex((l) => candidates.includes(l) && filledCount(l.cells) >= least)
}

/**
 * Rows as they are read, counted against the limits (every line, skipped or not): the header,
 * then data rows kept up to `keep` (a preview keeps a sample and counts the rest).
 */
export class TableBuilder {
  headers: string[] | null = null
  headerRow = 0
  rows: Row[] = []
  rowCount = 0
  readonly skipped: SkippedLine[] = []
  /** Lines held while the header is looked for. */
  private head: Array<Row & { hidden: boolean }> = []
  /** Total-looking rows not yet known to be at the end of the data. */
  private pending: Row[] = []
  private named: boolean[] = []

  constructor(
    readonly budget: Budget,
    private readonly keep: number,
    private readonly headerChoice: number | 'auto' = 'auto',
  ) {}

  add = (line: number, cells: string[], hidden = false): void => {
    this.budget.row(cells.length, { line })
    for (let i = 0; i < cells.length; i++) this.budget.cell(cells[i]!, { line, column: i + 1 })
    if (this.headers) return this.data(line, cells)
    if (this.headerChoice !== 'auto') {
      if (line < this.headerChoice) return this.skip(line, 'before_header')
      return this.setHeader(line, cells)
    }
    this.head.push({ line, cells, hidden })
    if (this.head.length >= HEAD_LINES) this.findHeader()
  }

  /** The end of the file: a header still being looked for is chosen, trailing totals settled. */
  finish(): void {
    if (!this.headers) this.findHeader()
    for (const r of this.pending) this.skip(r.line, 'total')
    this.pending = []
    this.skipped.sort((a, b) => a.line - b.line)
  }

  private findHeader(): void {
    const lines = this.head
    this.head = []
    const at = headerIndex(lines)
    if (at < 0) {
      for (const l of lines) this.skip(l.line, 'empty')
      return
    }
    for (const l of lines.slice(0, at)) this.skip(l.line, 'before_header')
    this.setHeader(lines[at]!.line, lines[at]!.cells)
    for (const l of lines.slice(at + 1)) this.data(l.line, l.cells)
  }

  private setHeader(line: number, cells: string[]): void {
    this.headers = cells.map((h) => h.trim())
    this.headerRow = line
    this.named = this.headers.map((h) => h !== '')
    if (!this.named.some(Boolean)) this.named = this.headers.map(() => true)
  }

  /**
   * Empty: no cell under a named column holds a letter or digit (`,,,,,` padding, a template's
   * numbered but unfilled rows, whose numbers stand in a column without a header).
   */
  private empty(cells: string[]): boolean {
    return !cells.some((c, i) => this.named[i] && isFilled(c))
  }

  /** A total: its first filled cell says so, and at most half the other cells are filled. */
  private total(cells: string[]): boolean {
    const first = cells.findIndex(isFilled)
    if (first < 0 || !TOTAL.test(cells[first]!.trim())) return false
    const others = Math.max(cells.length, this.headers!.length) - 1
    return filledCount(cells) - 1 <= Math.max(1, Math.floor(others / 2))
  }

  private data(line: number, cells: string[]): void {
    if (this.empty(cells)) return this.skip(line, 'empty')
    // Only the last rows of the data can be its total: held until another data row comes.
    if (this.total(cells)) {
      this.pending.push({ line, cells })
      if (this.pending.length > MAX_TOTALS) this.flushPending()
      return
    }
    this.flushPending()
    this.keepRow(line, cells)
  }

  private flushPending(): void {
    const held = this.pending
    this.pending = []
    for (const r of held) this.keepRow(r.line, r.cells)
  }

  private keepRow(line: number, cells: string[]): void {
    const { rows } = this.budget.limits
    if (++this.rowCount > rows) throw tooLarge('rows', rows, { line })
    if (this.rows.length < this.keep) this.rows.push({ line, cells })
  }

  private skip(line: number, reason: SkippedLine['reason']): void {
    // Skipped lines are kept (line and reason) and bounded like rows.
    const { rows } = this.budget.limits
    if (this.skipped.length >= rows) throw tooLarge('rows', rows, { line })
    this.skipped.push({ line, reason })
  }
}
