import type { SetAside } from '@htwb/graph/import-api'
import { stringify } from 'csv-stringify/sync'
import type { ImportPlan } from './plan.ts'
import { SCOPE_COLUMN } from './plan.ts'
import type { Table } from './source-file.ts'

/**
 * The rows a partial import set aside, as a file the person can fix and import again: the
 * file's header and cells as they were, the problems of each row, and the scope of the file
 * they came from (so ids kept within that file meet its entities again, plan.ts).
 */
export function setAside(
  plan: ImportPlan,
  table: Pick<Table, 'headers'>,
  digest: string,
): SetAside {
  const bad = plan.bad ?? []
  const hasScope = table.headers.some((h) => h.trim().toLowerCase() === SCOPE_COLUMN)
  const header = [...table.headers, 'problems', ...(hasScope ? [] : [SCOPE_COLUMN])]
  const width = table.headers.length
  const rows = bad.map((r) => {
    const cells = Array.from({ length: width }, (_, i) => r.cells[i] ?? '')
    return [...cells, r.problems.join('; '), ...(hasScope ? [] : [`sha256:${digest}`])]
  })
  return {
    rows: bad.length,
    errorCount: plan.errorCount,
    errors: plan.errors,
    csv: stringify([header, ...rows], { record_delimiter: '\r\n' }),
  }
}
