import type { SetAside } from '@htwb/graph/import-api'
import { stringify } from 'csv-stringify/sync'
import { LINE_COLUMN, SCOPE_COLUMN, type ImportPlan } from './plan.ts'
import { norm } from './plan-columns.ts'
import type { Table } from './source-file.ts'

const META = [SCOPE_COLUMN, LINE_COLUMN, 'problems'].map(norm)

/**
 * The rows a partial import set aside, as a file the person can fix and import again: the
 * file's header and cells as they were, the problems of each row, the scope of the file they
 * came from and their line there (so ids kept within that file meet its entities again, and a
 * fixed call is not taken for one already imported: plan.ts). A set-aside file set aside again
 * keeps its first scope and lines. Cells that a spreadsheet would run as formulas (`=`, `+`,
 * `-`, `@`) are written with a leading `'`, which the planner drops when it reads such a file.
 */
export function setAside(
  plan: ImportPlan,
  table: Pick<Table, 'headers'>,
  digest: string,
): SetAside {
  const bad = plan.bad ?? []
  const at = (name: string) => table.headers.findIndex((h) => norm(h) === norm(name))
  const [scopeAt, lineAt] = [at(SCOPE_COLUMN), at(LINE_COLUMN)]
  const keep = table.headers.flatMap((h, i) => (META.includes(norm(h)) ? [] : [i]))
  const header = [...keep.map((i) => table.headers[i]!), 'problems', SCOPE_COLUMN, LINE_COLUMN]
  const rows = bad.map((r) => [
    ...keep.map((i) => r.cells[i] ?? ''),
    r.problems.join('; '),
    (scopeAt >= 0 && r.cells[scopeAt]?.trim()) || `sha256:${digest}`,
    (lineAt >= 0 && r.cells[lineAt]?.trim()) || String(r.line),
  ])
  return {
    rows: bad.length,
    errorCount: plan.errorCount,
    errors: plan.errors,
    csv: stringify([header, ...rows], { record_delimiter: '\r\n', escape_formulas: true }),
  }
}
