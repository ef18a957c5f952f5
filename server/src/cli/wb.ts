import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig, type Config } from '../config.ts'
import { can } from '@htwb/graph/permissions'
import { DataAccess, SystemAccess } from '../data/access.ts'
import type { Db } from '../data/driver.ts'
import { migrate } from '../data/migrate.ts'
import { recoverRuns } from '../data/staging.ts'
import { isAppError } from '../errors.ts'
import { toUser } from '../modules/auth/index.ts'
import { USER_BY_USERNAME } from '../modules/auth/index.ts'
import { CASE_BY_NUMBER } from '../modules/cases/index.ts'
import { ftmExportCommand, ftmImportCommand, ftmImportNotes } from '../modules/ftm/index.ts'
import { builtInMappings } from '../modules/ingest/index.ts'
import { runImport, type ImportReport, type ImportRequest } from '../modules/ingest/index.ts'
import { parseMapping, type Mapping } from '../modules/ingest/index.ts'
import { openGraph } from '../start.ts'

const USAGE = `Usage:
  pnpm wb recover
  pnpm wb import --mapping <file.yaml | ${builtInMappings()
    .map((m) => m.id)
    .join(' | ')}> <data.csv | data.xlsx>
                 [--as <username>] [--case <case number or id>] [--dry-run]
  pnpm wb import --format ftm <entities.ijson> [--as …] [--case …] [--dry-run]
  pnpm wb export --format ftm [--as <username>] [--case <case number or id>] [--out <file>]

Runs the workbench's own import against its database: the embedded one under WB_DATA_DIR (stop
the workbench first) or the Neo4j named by NEO4J_URI. Everything is audited as the --as user
(default admin). Exit code 1 when the file or mapping is refused; nothing is written then.
FollowTheMoney (ftm) is JSON lines of entities; see docs/import.md.`

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function loadMappingArg(arg: string): Mapping {
  const builtIn = builtInMappings().find((m) => m.id === arg)
  if (builtIn) return builtIn.mapping
  if (!existsSync(arg)) fail(`No mapping file ${arg} and no built-in mapping of that name.`)
  const parsed = parseMapping(readFileSync(arg, 'utf8'))
  if ('problems' in parsed)
    fail(
      `The mapping is not valid:\n${parsed.problems.map((p) => `  ${p.path || '(file)'}: ${p.message}`).join('\n')}`,
    )
  return parsed.mapping
}

function printReport(r: ImportReport): void {
  const row = (c: { kind: string; created: number; matched: number }, what: string) =>
    `  ${c.kind.padEnd(12)} ${String(c.created).padStart(8)} new  ${String(c.matched).padStart(8)} ${what}`
  console.log(
    `${r.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${r.fileName}, ${r.rows} rows, ${r.encoding}`,
  )
  if (r.sourceId) console.log(`  source      ${r.sourceId}`)
  console.log('Entities:')
  r.entities.forEach((c) => console.log(row(c, 'already known')))
  console.log('Links:')
  r.links.forEach((c) => console.log(row(c, 'already known')))
}

function explain(e: unknown): string {
  if (!isAppError(e)) return `Unexpected failure: ${(e as Error).message}`
  const x = e.extensions as Record<string, unknown>
  if (x.code === 'import/invalid_rows') {
    const errors = x.errors as Array<{
      line: number
      column: string | null
      field: string
      reason: string
    }>
    const lines = errors.map(
      (r) => `  line ${r.line}, column ${r.column ?? '-'} (${r.field}): ${r.reason}`,
    )
    const more = (x.errorCount as number) - errors.length
    return `Refused, nothing imported: ${x.errorCount as number} problems\n${lines.join('\n')}${more > 0 ? `\n  … and ${more} more` : ''}`
  }
  if (x.code === 'import/missing_columns')
    return `Refused: the file lacks columns ${(x.columns as string[]).join(', ')} (it has: ${(x.headers as string[]).join(', ')})`
  return `Refused (${String(x.code)}): ${e.message}`
}

/** The configured database, migrated and cleared of abandoned imports; closed when `use` ends. */
async function withDatabase(
  use: (db: Db, rolledBack: string[], config: Config) => Promise<void>,
): Promise<void> {
  const config = loadConfig({ ...process.env, WB_SEED: 'none' })
  const { db, graph } = await openGraph(config).catch((e: unknown) =>
    fail(`Cannot open the database (is the workbench running on it?): ${(e as Error).message}`),
  )
  try {
    await migrate(db)
    await use(db, await recoverRuns(db, config.importLeaseSeconds), config)
  } finally {
    await db.close()
    await graph?.stop()
  }
}

/** The --as user's audited data access and the --case argument resolved to a case id. */
async function asUser(
  db: Db,
  username: string,
  caseArg: string | undefined,
): Promise<{ data: DataAccess; caseId: string | null; pseudonymKey: string }> {
  const system = new SystemAccess(db)
  const [user] = await system.read(USER_BY_USERNAME, { username: username.toLowerCase() }, (r) =>
    toUser(r.get('u')),
  )
  if (!user) fail(`No active user ${username}.`)
  const pseudonymKey = await system.pseudonymKey()
  const data = new DataAccess(db, user, pseudonymKey)
  let caseId: string | null = null
  if (caseArg) {
    // As the user: a number held only by a case they cannot see is theirs to not find.
    const found = await data.read(
      CASE_BY_NUMBER,
      { caseNumber: caseArg },
      (r) => r.get('id') as string,
    )
    // Supervisors see every case, and a number may repeat: never pick one silently.
    if (found.length > 1)
      fail(`Several cases hold the number ${caseArg}: pass the case id (${found.join(', ')}).`)
    caseId = found[0] ?? caseArg
  }
  return { data, caseId, pseudonymKey }
}

/** Progress lines on stderr, at most two a second. */
function progress(): ImportRequest['onProgress'] {
  let last = 0
  return (phase, done, total) => {
    const now = Date.now()
    if (now - last < 500 && done < total) return
    process.stderr.write(`  ${new Date().toISOString().slice(11, 23)}`)
    last = now
    process.stderr.write(`  ${phase.padEnd(5)} ${done}/${total}\n`)
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      mapping: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      as: { type: 'string', default: 'admin' },
      case: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  const [command, file] = positionals
  // Opening the database rolls back abandoned imports; that is all `recover` asks for.
  if (command === 'recover')
    return withDatabase(async (_db, runs) =>
      console.log(runs.length ? `Rolled back ${runs.join(', ')}` : 'No abandoned imports.'),
    )
  const ftm = values.format === 'ftm'
  if (values.help || (values.format !== undefined && !ftm)) fail(USAGE)
  if (command === 'export') {
    if (!ftm) fail(USAGE)
    return withDatabase(async (db) => {
      const { data, caseId, pseudonymKey } = await asUser(db, values.as, values.case)
      await ftmExportCommand(data, { caseId, pseudonymKey, out: values.out }).catch((e: unknown) =>
        fail(explain(e)),
      )
    })
  }
  if (command !== 'import' || !file || ftm === Boolean(values.mapping)) fail(USAGE)
  if (!existsSync(file)) fail(`No file ${file}.`)
  const mapping = ftm ? null : loadMappingArg(values.mapping!)
  await withDatabase(async (db, _runs, config) => {
    const { data, caseId } = await asUser(db, values.as, values.case)
    // The permission table holds for the command line as for the browser.
    if (!can(data.requireUser(), 'import.run'))
      fail(`${values.as} may not import data (the import.run ability).`)
    // The same reading limits as uploads (WB_IMPORT_*); a file on disk has no size limit.
    const limits = { ...config.importLimits, fileBytes: Infinity }
    const opts = { caseId, dryRun: values['dry-run'], onProgress: progress(), limits }
    if (!mapping) {
      const report = await ftmImportCommand(data, file, opts).catch((e: unknown) =>
        fail(explain(e)),
      )
      printReport(report)
      ftmImportNotes(report).forEach((line) => console.log(line))
      return
    }
    const report = await runImport(data, {
      mapping,
      fileName: basename(file),
      bytes: readFileSync(file),
      ...opts,
    }).catch((e: unknown) => fail(explain(e)))
    printReport(report)
  })
}

await main()
