import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { DataAccess } from '../../data/access.ts'
import type { ImportRequest } from '../ingest/index.ts'
import type { ReadLimits } from '../common/limits.ts'
import { exportFtm } from './ftm.export.ts'
import { importFtm, type FtmImportReport } from './ftm.service.ts'

/** `pnpm wb import --format ftm FILE`: the report, for wb.ts to print. */
export function ftmImportCommand(
  data: DataAccess,
  file: string,
  opts: {
    caseId: string | null
    dryRun: boolean
    onProgress: ImportRequest['onProgress']
    limits?: ReadLimits
  },
): Promise<FtmImportReport> {
  return importFtm(data, { fileName: basename(file), bytes: readFileSync(file), ...opts })
}

const counts = (title: string, c: Record<string, number>) => {
  const rows = Object.entries(c).sort(([a], [b]) => a.localeCompare(b))
  return rows.length
    ? [title, ...rows.map(([what, n]) => `  ${String(n).padStart(6)}  ${what}`)]
    : []
}

/** What the FtM file had that this model does not keep: reported, never dropped silently. */
export const ftmImportNotes = (r: FtmImportReport): string[] => [
  ...counts('Schemata not imported (no counterpart here), entities:', r.unknownSchemata),
  ...counts('Not kept (values by property, links and documents by schema):', r.skipped),
]

/**
 * `pnpm wb export --format ftm`: JSON lines to `out` (or stdout); the summary goes to stderr
 * when the lines go to stdout.
 */
export async function ftmExportCommand(
  data: DataAccess,
  opts: { caseId: string | null; pseudonymKey: string; out?: string },
): Promise<void> {
  const { entities, skipped } = await exportFtm(data, opts)
  const text = entities.map((e) => JSON.stringify(e)).join('\n') + (entities.length ? '\n' : '')
  if (opts.out) writeFileSync(opts.out, text)
  // Wait until the lines are handed to the pipe: the command exits right after, and a pipe
  // (`… > case.ijson`, `| gzip`) would otherwise get only what it had taken so far.
  else
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(text, (e) => (e ? reject(e) : resolve())),
    )
  const summary = [
    `Exported ${entities.length} FollowTheMoney entities${opts.out ? ` to ${opts.out}` : ''}`,
    ...counts('Links not exported (no FtM counterpart):', skipped),
  ].join('\n')
  if (opts.out) console.log(summary)
  else console.error(summary)
}
