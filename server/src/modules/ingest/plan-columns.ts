import type { ReportNote } from '@htwb/graph/import-api'
import { columnSlots, type Mapping } from './mapping.ts'

export const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')

/**
 * A column that a set-aside file (quarantine) carries: the scope of the file it came from, so
 * ids kept within that file still meet its entities when the fixed rows are imported again.
 */
export const SCOPE_COLUMN = 'import_scope'
export const SCOPE_VALUE = /^sha256:[0-9a-f]{64}$/
/** …and the line each row had there (plan.ts keys its calls and namesakes by it). */
export const LINE_COLUMN = 'import_line'

/**
 * Where each mapped column is in the file. A missing column that something needs (a required
 * field, a needed entity's key) is a file-level problem; one only optional fields read leaves
 * them empty (a call file without cells, a bank file without holder types), and the report
 * says so (absentColumns).
 */
export function resolveColumns(
  mapping: Mapping,
  headers: string[],
): Map<string, number> | string[] {
  const index = new Map(headers.map((h, i) => [norm(h), i]))
  const found = new Map<string, number>()
  const optional = new Set(
    columnSlots(mapping)
      .filter((c) => !c.required)
      .map((c) => c.column),
  )
  const missing: string[] = []
  const specs = [
    ...Object.values(mapping.entities).flatMap((e) => Object.values(e.fields)),
    ...mapping.links.flatMap((l) => Object.values(l.fields)),
  ]
  for (const f of specs) {
    if (!('column' in f)) continue
    const name = String(f.column)
    if (typeof f.column === 'number') {
      if (f.column <= headers.length) found.set(name, f.column - 1)
      else missing.push(name)
    } else {
      const i = index.get(norm(f.column))
      if (i !== undefined) found.set(name, i)
      else if (!optional.has(name)) missing.push(f.column)
    }
  }
  return missing.length ? [...new Set(missing)] : found
}

/**
 * What the report says about the file's columns: those only optional fields read that it lacks
 * (their fields stay empty), and those no field reads (not imported). Nothing of a file is left
 * behind without a line in the report.
 */
export function columnNotes(
  mapping: Mapping,
  headers: string[],
  columns: Map<string, number>,
): ReportNote[] {
  const notes: ReportNote[] = []
  const note = (code: ReportNote['code'], names: string[]) =>
    notes.push({ code, count: names.length, lines: [], field: names.join(', '), example: null })
  const absent = columnSlots(mapping).filter((c) => !columns.has(c.column))
  if (absent.length)
    note(
      'absent_columns',
      absent.map((c) => c.column),
    )
  const read = new Set(columns.values())
  const unread = headers.filter(
    (h, i) =>
      h.trim() &&
      !read.has(i) &&
      ![SCOPE_COLUMN, LINE_COLUMN, 'problems'].some((c) => norm(c) === norm(h)),
  )
  if (unread.length) note('unread_columns', unread)
  return notes
}
