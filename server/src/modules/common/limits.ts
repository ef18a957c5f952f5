import { getHeapStatistics } from 'node:v8'
import { appError } from '../../errors.ts'

/**
 * How much of an uploaded file the server reads before refusing it. Files arrive whole (up to
 * `fileBytes`), but a small file can stand for a great deal: an XLSX is a ZIP, so 100 KB can
 * unzip to one 100 MB cell, and a table's rows become objects several times their size on the
 * heap. Every reader counts against these and stops with `import/too_large` naming the limit,
 * instead of taking the process (and every other user's session) down. Configured in
 * config.ts (WB_IMPORT_*), documented in docs/import.md.
 */
export interface ReadLimits {
  /** Bytes of one upload (the HTTP body limit; the command line reads files of any size). */
  fileBytes: number
  /** Data rows of one file, header excluded (FtM: entity lines). */
  rows: number
  /** Columns of one row (FtM: properties of one entity). */
  columns: number
  /** Characters of one cell. Excel itself holds at most 32 767. */
  cellChars: number
  /** Cells of the whole file, header included (FtM: property values). */
  cells: number
  /** Characters of all cells together, an XLSX's shared strings included. */
  textChars: number
  /** Bytes the parts of an XLSX read may unzip to, together. */
  unzippedBytes: number
  /** Share of the heap limit the process may be using when reading goes on (checked as it reads). */
  heapShare: number
}

export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 50 * 2 ** 20,
  rows: 200_000,
  columns: 200,
  cellChars: 32_767,
  cells: 4_000_000,
  textChars: 64_000_000,
  unzippedBytes: 512 * 2 ** 20,
  heapShare: 0.7,
}

/**
 * The limit a refusal names. `rowChars` (a CSV record longer than columns × cellChars: one of
 * the two is broken, which one the parser cannot tell without holding the row), `xmlMarkup`
 * (one XML tag or comment longer than a cell may be) and `memory` (the heap guard) follow from
 * the ones above.
 */
export type LimitName = Exclude<keyof ReadLimits, 'heapShare'> | 'rowChars' | 'xmlMarkup' | 'memory'

export interface Where {
  line?: number
  column?: number
}

export const tooLarge = (limit: LimitName, max: number, where: Where = {}) =>
  appError('import/too_large', { field: 'file', limit, max, ...where })

/**
 * The counts one read has used, checked as cells arrive. The heap is looked at every few
 * thousand cells: it is shared with every other request, so it is the last line, not the budget.
 */
export class Budget {
  cells = 0
  text = 0
  unzipped = 0
  private sinceHeapCheck = 0

  constructor(readonly limits: ReadLimits) {}

  /** One cell's text; throws when the cell, or all cells together, are over their limit. */
  cell(text: string, where: Where): void {
    if (text.length > this.limits.cellChars)
      throw tooLarge('cellChars', this.limits.cellChars, where)
    this.text += text.length
    if (this.text > this.limits.textChars) throw tooLarge('textChars', this.limits.textChars, where)
  }

  /** A row of `n` cells. */
  row(n: number, where: Where): void {
    if (n > this.limits.columns) throw tooLarge('columns', this.limits.columns, where)
    this.count(n, where)
  }

  /** `n` more cells (of a row, or values of an FtM entity). */
  count(n: number, where: Where): void {
    this.cells += n
    if (this.cells > this.limits.cells) throw tooLarge('cells', this.limits.cells, where)
    this.sinceHeapCheck += n + 1
    if (this.sinceHeapCheck > 20_000) {
      this.sinceHeapCheck = 0
      this.heap(where)
    }
  }

  /** Bytes unzipped from an XLSX part. */
  unzip(bytes: number): void {
    this.unzipped += bytes
    if (this.unzipped > this.limits.unzippedBytes)
      throw tooLarge('unzippedBytes', this.limits.unzippedBytes)
  }

  heap(where: Where = {}): void {
    const { used_heap_size: used, heap_size_limit: max } = getHeapStatistics()
    if (used > max * this.limits.heapShare)
      throw tooLarge('memory', Math.round(max / 2 ** 20), where)
  }
}
