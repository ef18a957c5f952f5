import type { ImportReport, ReportNote, RowError } from '@htwb/graph/import-api'
import { isAppError } from '../errors.ts'

/** What an import did, as the wizard's report shows it: counts, notes, matches, rows set aside. */
export function reportLines(r: ImportReport): string[] {
  const row = (c: { kind: string; created: number; matched: number }) =>
    `  ${c.kind.padEnd(12)} ${String(c.created).padStart(8)} new  ${String(c.matched).padStart(8)} already known`
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${r.fileName}, ${r.rows} rows, ${r.encoding}`,
  ]
  if (r.sourceId) lines.push(`  source      ${r.sourceId}`)
  lines.push('Entities:', ...r.entities.map(row), 'Links:', ...r.links.map(row))
  if (r.notes?.length) lines.push('Notes:', ...r.notes.map(noteLine))
  if (r.matches?.length)
    lines.push(
      'Already in the workbench (examples):',
      ...r.matches.map((m) => `  ${m.kind} ${m.key} → ${m.name} (${m.id})`),
    )
  if (r.setAside?.rows)
    lines.push(
      `Set aside: ${r.setAside.rows} rows with ${r.setAside.errorCount} problems`,
      ...rowErrors(r.setAside.errors, r.setAside.errorCount),
    )
  else if (r.setAside) lines.push('Set aside: none, every row was read')
  return lines
}

const NOTES: Record<ReportNote['code'], string> = {
  equal_rows: 'rows equal in every mapped column, each kept',
  same_entity: 'rows naming one entity by its key, merged into it',
  self_link: 'links whose two ends are one entity, kept',
  namesakes: 'same name, different identifiers: kept as different entities',
  value_flagged: 'values read with a note',
  file_local: 'bare ids kept within this file, not matched against the workbench',
  skipped_lines: 'lines not read as data',
  absent_columns: 'columns only optional fields read, not in the file: left empty',
  unread_columns: 'columns of the file the mapping does not read: not imported',
}

function noteLine(n: ReportNote): string {
  const lines = n.lines.length
    ? ` (line${n.lines.length > 1 ? 's' : ''} ${n.lines.slice(0, 8).join(', ')}${n.count > n.lines.length || n.lines.length > 8 ? ', …' : ''})`
    : ''
  const field = n.field ? ` ${n.field}:` : ''
  const example = n.example ? `, e.g. ${JSON.stringify(n.example)}` : ''
  return `  ${String(n.count).padStart(8)} ${field} ${NOTES[n.code] ?? n.code}${lines}${example}`
}

function rowErrors(errors: RowError[], count: number): string[] {
  const lines = errors.map(
    (r) => `  line ${r.line}, column ${r.column ?? '-'} (${r.field}): ${r.reason}`,
  )
  const more = count - errors.length
  return more > 0 ? [...lines, `  … and ${more} more`] : lines
}

/** Why the import refused, for a person at a terminal. */
export function explain(e: unknown): string {
  if (!isAppError(e)) return `Unexpected failure: ${(e as Error).message}`
  const x = e.extensions as Record<string, unknown>
  if (x.code === 'import/invalid_rows') {
    const count = x.errorCount as number
    return [
      `Refused, nothing imported: ${count} problems`,
      ...rowErrors(x.errors as RowError[], count),
      'To import the good rows and keep these aside to fix: --quarantine <file.csv>.',
    ].join('\n')
  }
  if (x.code === 'import/missing_columns')
    return [
      `Refused: the file lacks columns ${(x.columns as string[]).join(', ')} (it has: ${(x.headers as string[]).join(', ')})`,
      'Name the header that holds each with --bind <column>=<header>, or --bind <column>= when the file has none.',
    ].join('\n')
  if (x.code === 'import/invalid_mapping' && Array.isArray(x.problems))
    return problemsText(x.problems as Array<{ path: string; message: string }>)
  return `Refused (${String(x.code)}): ${e.message}`
}

/** Where a mapping path comes from on the command line, so a problem names the option. */
const OPTION_OF: Array<[RegExp, string]> = [
  [/^parse\.country/, '--country'],
  [/^parse\.timeZone/, '--time-zone'],
  [/^parse\.dateOrder/, '--date-order'],
  [/^parse\.decimal/, '--decimal'],
  [/^parse\.epoch/, '--epoch'],
  [/^parse\.offsetUnit/, '--offset-unit'],
  [/^file\.encoding/, '--encoding'],
  [/^file\.headerRow/, '--header-row'],
  [/^file\.delimiter/, '--delimiter'],
  [/^file\.sheet/, '--sheet'],
  [/^columns\./, '--bind'],
  [/^optional/, '--optional'],
  [/^match/, '--match'],
]

/** rebind's problems: the binding does not fit the mapping. */
export function problemsText(problems: Array<{ path: string; message: string }>): string {
  const lines = problems.map((p) => {
    const option = OPTION_OF.find(([re]) => re.test(p.path))?.[1]
    return `  ${option ? `${option} (${p.path})` : p.path || '(mapping)'}: ${p.message}`
  })
  return `The binding does not fit the mapping, nothing imported:\n${lines.join('\n')}`
}
