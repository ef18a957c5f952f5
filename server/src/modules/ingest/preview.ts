import type * as Api from '@htwb/graph/import-api'
import type { DataAccess } from '../../data/access.ts'
import { appError } from '../../errors.ts'
import { DEFAULT_LIMITS, type ReadLimits } from '../common/limits.ts'
import { FileSchema } from './mapping.ts'
import { listMappings } from './mappings.service.ts'
import { readDataTable, type FileOptions, type Table } from './source-file.ts'
import { suggestColumns, type MappingFit } from './suggest.ts'

/** Rows shown, and rows the suggestions read (suggest.ts looks at 50). */
const PREVIEW_ROWS = 20
const SAMPLE_ROWS = 50
/** Skipped lines listed (all are counted). */
const SKIPPED_LISTED = 200
/**
 * Characters of a cell the preview sends; longer ones are cut and listed in `truncated`. A
 * header is cut at the same length (a binding cannot name a longer header either).
 */
export const PREVIEW_CELL_CHARS = 200

/**
 * The file choice of a preview request (`encoding`, `headerRow`, `delimiter`, `sheet` query
 * parameters, each optional), checked like a mapping's `file` block: a bad value is
 * `input/invalid` naming the parameter.
 */
export function fileChoiceOf(query: Record<string, unknown>): FileOptions {
  const raw: Record<string, unknown> = {}
  for (const key of ['encoding', 'headerRow', 'delimiter', 'sheet'] as const) {
    const v = query[key]
    if (v === undefined) continue
    if (typeof v !== 'string') throw appError('input/invalid', { field: key })
    const numeric = key === 'sheet' || (key === 'headerRow' && v !== 'auto')
    raw[key] = numeric ? (/^[0-9]{1,6}$/.test(v) ? Number(v) : v) : v
  }
  const res = FileSchema.safeParse(raw)
  if (!res.success)
    throw appError('input/invalid', { field: String(res.error.issues[0]?.path[0] ?? 'file') })
  return res.data
}

const certainty = (m: MappingFit) =>
  m.slots.reduce((sum, s) => sum + s.confidence, 0) / Math.max(1, m.slots.length)

/**
 * The wire shape (graph/src/import-api.ts), narrowed to what the server knows: the first rows as
 * the file has them, cells cut at `cellChars` and listed in `truncated`, and every mapping the
 * person may use, best fitting first, with its columns bound by suggestion.
 */
export interface FilePreview extends Api.FilePreview {
  encoding: Table['encoding']
  mappings: Array<MappingFit & { id: string; name: string }>
}

/**
 * What the wizard shows after upload: the file's first rows, how it was read (the encoding
 * guessed or chosen, the header line, the lines skipped and why) and, per mapping, which header
 * it would read for each column; `file` is the person's choice in the wizard's file step. The
 * whole file is read and checked against the import's limits (so a file the import would refuse
 * is refused here, with the same error), but only a sample is kept and sent, each cell cut to
 * PREVIEW_CELL_CHARS, and 200 skipped lines listed: the answer's size does not follow the
 * file's. Nothing is written; the file is the uploader's own, not graph data, so no
 * consultation is recorded.
 */
export async function previewFile(
  data: DataAccess,
  bytes: Buffer,
  fileName: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  file: FileOptions = { encoding: 'auto', delimiter: 'auto', sheet: 1, headerRow: 'auto' },
): Promise<FilePreview> {
  data.requireUser()
  const table = await readDataTable(bytes, file, limits, SAMPLE_ROWS)
  const truncated: Array<[number, number]> = []
  const cut = (row: number) => (cell: string, column: number) => {
    if (cell.length <= PREVIEW_CELL_CHARS) return cell
    truncated.push([row, column])
    return cell.slice(0, PREVIEW_CELL_CHARS)
  }
  // Suggestions name headers, once per mapping: the cut ones, so they stay small too.
  const headers = table.headers.map(cut(-1))
  const mappings = (await listMappings(data))
    .map((m) => ({
      id: m.id,
      name: m.name,
      ...suggestColumns(m.mapping, { headers, rows: table.rows }),
    }))
    // Equal fits: the mapping whose headers match more surely (a saved one made for such files).
    .sort((a, b) => b.fit - a.fit || certainty(b) - certainty(a))
  return {
    fileName,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers,
    rows: table.rows.slice(0, PREVIEW_ROWS).map((r, i) => r.cells.map(cut(i))),
    rowCount: table.rowCount,
    cellChars: PREVIEW_CELL_CHARS,
    truncated,
    mappings,
    encodingGuess: table.encodingGuess,
    headerRow: table.headerRow,
    skipped: table.skipped.slice(0, SKIPPED_LISTED),
    skippedCount: table.skipped.length,
  }
}
