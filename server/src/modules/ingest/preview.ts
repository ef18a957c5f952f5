import type { DataAccess } from '../../data/access.ts'
import { listMappings } from './mappings.service.ts'
import { readDataTable, type Table } from './source-file.ts'
import { suggestColumns, type MappingFit } from './suggest.ts'

const PREVIEW_ROWS = 20

const certainty = (m: MappingFit) =>
  m.slots.reduce((sum, s) => sum + s.confidence, 0) / Math.max(1, m.slots.length)

export interface FilePreview {
  fileName: string
  encoding: Table['encoding']
  delimiter: string | null
  headers: string[]
  /** The first rows as the file has them, for the person to see what each column holds. */
  rows: string[][]
  rowCount: number
  /** Every mapping the person may use, best fitting first, with its columns bound by suggestion. */
  mappings: Array<MappingFit & { id: string; name: string }>
}

/**
 * What the wizard shows after upload: the file's first rows and, per mapping, which header it
 * would read for each column. Nothing is written; the file is the uploader's own, not graph
 * data, so no consultation is recorded.
 */
export async function previewFile(
  data: DataAccess,
  bytes: Buffer,
  fileName: string,
): Promise<FilePreview> {
  data.requireUser()
  const table = await readDataTable(bytes, { encoding: 'auto', delimiter: 'auto', sheet: 1 })
  const mappings = (await listMappings(data))
    .map((m) => ({ id: m.id, name: m.name, ...suggestColumns(m.mapping, table) }))
    // Equal fits: the mapping whose headers match more surely (a saved one made for such files).
    .sort((a, b) => b.fit - a.fit || certainty(b) - certainty(a))
  return {
    fileName,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    rows: table.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
    rowCount: table.rows.length,
    mappings,
  }
}
