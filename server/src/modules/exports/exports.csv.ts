import type { Cell, Column, Row } from './exports.rows.ts'

/** Excel reads a file as UTF-8 only when it starts with this: Ë, Ç, Ђ, Ћ, Ж stay letters. */
export const BOM = '\uFEFF'

/**
 * Text a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM`), and tab or
 * carriage return before one (OWASP, CSV injection): such a cell gets a leading apostrophe, which
 * Excel and LibreOffice show as text and do not display. A phone number `+383…` is kept as text
 * that way too, rather than turned into a number that loses its plus.
 */
const FORMULA = /^[=+\-@\t\r]/

export function defuse(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function field(value: Cell, column: Column): string {
  if (value === null) return ''
  // A number the data holds as a number is not a formula: -12.5 stays a number.
  if (typeof value === 'number' && column.type !== 'string') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return quote(defuse(String(value)))
}

/** One CSV file: BOM, header, one line per row, CRLF line ends (RFC 4180). */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => quote(c.name)).join(',')]
  for (const r of rows) lines.push(columns.map((c) => field(r[c.name] ?? null, c)).join(','))
  return BOM + lines.join('\r\n') + '\r\n'
}
