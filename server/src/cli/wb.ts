import type { BadRows, ImportReport } from '@htwb/graph/import-api'
import { can } from '@htwb/graph/permissions'
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { loadConfig, type Config } from '../config.ts'
import { ftmExportCommand, ftmImportCommand, ftmImportNotes } from '../modules/ftm/index.ts'
import { builtInMappings, columnSlots, parseMapping, rebind } from '../modules/ingest/index.ts'
import { runImport, type ImportRequest, type Mapping } from '../modules/ingest/index.ts'
import { asUser, CliError, withDatabase } from './database.ts'
import { checkBinding, parseCommandLine, type ImportArgs } from './import-args.ts'
import { explain, problemsText, reportLines } from './report.ts'
import { usage } from './usage.ts'

/*
 * `pnpm wb`: the workbench's own import, export and recovery from a shell. Everything is checked
 * before the database is opened; a refusal exits 1 with nothing written. See docs/import.md.
 */

function loadMappingArg(arg: string): Mapping {
  const builtIn = builtInMappings().find((m) => m.id === arg)
  if (builtIn) return builtIn.mapping
  if (!existsSync(arg))
    throw new CliError(`No mapping file ${arg} and no built-in mapping of that name.`)
  const parsed = parseMapping(readFileSync(arg, 'utf8'))
  if ('problems' in parsed)
    throw new CliError(
      `The mapping is not valid:\n${parsed.problems.map((p) => `  ${p.path || '(file)'}: ${p.message}`).join('\n')}`,
    )
  return parsed.mapping
}

/** The mapping bound to the file as the wizard binds it (rebind), or why it cannot be. */
function boundMapping(args: ImportArgs): Mapping {
  const mapping = loadMappingArg(args.mapping!)
  const columns = columnSlots(mapping).map((s) => s.column)
  const problems = checkBinding(args.binding, columns, Object.keys(mapping.entities), args.mapping!)
  if (problems.length) throw new CliError(problems.join('\n'))
  const bound = rebind(mapping, args.binding)
  if ('problems' in bound) throw new CliError(problemsText(bound.problems))
  return bound.mapping
}

/** Refuses a --quarantine file that could not be written, before any row is imported. */
function checkWritable(path: string): void {
  const dir = dirname(resolve(path))
  try {
    if (existsSync(path)) {
      if (!statSync(path).isFile()) throw new CliError(`--quarantine ${path}: not a file.`)
      accessSync(path, constants.W_OK)
    } else accessSync(dir, constants.W_OK)
  } catch (e) {
    if (e instanceof CliError) throw e
    throw new CliError(
      `--quarantine ${path}: cannot be written (${(e as NodeJS.ErrnoException).code}).`,
    )
  }
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

/** The service's refusal as a CliError (the database closes before the process exits). */
const refused = (e: unknown): never => {
  throw e instanceof CliError ? e : new CliError(explain(e))
}

async function importCommand(config: Config, args: ImportArgs): Promise<void> {
  if (!existsSync(args.file) || !statSync(args.file).isFile())
    throw new CliError(`No file ${args.file}.`)
  const mapping = args.ftm ? null : boundMapping(args)
  if (args.quarantine) checkWritable(args.quarantine)
  await withDatabase(config, async (db) => {
    const { data, caseId } = await asUser(db, args.as, args.caseArg)
    // The permission table holds for the command line as for the browser.
    if (!can(data.requireUser(), 'import.run'))
      throw new CliError(`${args.as} may not import data (the import.run ability).`)
    // The same reading limits as uploads (WB_IMPORT_*); a file on disk has no size limit.
    const limits = { ...config.importLimits, fileBytes: Infinity }
    const opts = { caseId, dryRun: args.dryRun, onProgress: progress(), limits }
    if (!mapping) {
      const report = await ftmImportCommand(data, args.file, opts).catch(refused)
      console.log([...reportLines(report), ...ftmImportNotes(report)].join('\n'))
      return
    }
    // All or nothing unless --quarantine: a bad cell refuses the file (the issue's CLI default).
    const badRows: BadRows = args.quarantine ? 'quarantine' : 'refuse'
    const report = await runImport(data, {
      mapping,
      fileName: basename(args.file),
      bytes: readFileSync(args.file),
      ...opts,
      badRows,
    }).catch(refused)
    console.log(reportLines(report).join('\n'))
    if (args.quarantine) writeSetAside(args.quarantine, report)
  })
}

function writeSetAside(path: string, report: ImportReport): void {
  if (!report.setAside) {
    console.log(`No rows were set aside; ${path} not written.`)
    return
  }
  // The rows are personal data as much as the file they came from: the owner's only.
  writeFileSync(path, report.setAside.csv, { mode: 0o600 })
  // `mode` applies only to a file it creates: one that was there keeps its own otherwise.
  chmodSync(path, 0o600)
  console.log(
    `${report.setAside.rows} rows set aside in ${path} (with a problems column): fix them and import that file again.`,
  )
}

async function main(argv: string[]): Promise<number> {
  const builtIn = builtInMappings().map((m) => m.id)
  const parsed = parseCommandLine(argv)
  if ('help' in parsed) {
    console.log(usage(parsed.help, builtIn))
    return 0
  }
  if ('error' in parsed) {
    console.error(parsed.error)
    if (!parsed.command) console.error(`\n${usage(null, builtIn)}`)
    return 1
  }
  let config: Config
  try {
    config = loadConfig({ ...process.env, WB_SEED: 'none' })
  } catch (e) {
    console.error((e as Error).message)
    return 1
  }
  try {
    if (parsed.command === 'recover')
      await withDatabase(config, async (_db, runs) =>
        console.log(runs.length ? `Rolled back ${runs.join(', ')}` : 'No abandoned imports.'),
      )
    else if (parsed.command === 'export')
      await withDatabase(config, async (db) => {
        const { data, caseId, pseudonymKey } = await asUser(db, parsed.as, parsed.caseArg)
        await ftmExportCommand(data, { caseId, pseudonymKey, out: parsed.out }).catch(refused)
      })
    else await importCommand(config, parsed.args)
    return 0
  } catch (e) {
    console.error(e instanceof CliError ? e.message : explain(e))
    return 1
  }
}

process.exit(await main(process.argv.slice(2)))
