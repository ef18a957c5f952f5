import { TEXT_ENCODINGS, type Binding, type FileChoice } from '@htwb/graph/import-api'
import type { ParseOptions } from '@htwb/graph/import-api'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { COMMANDS, IMPORT_OPTIONS, type Command, type Option } from './usage.ts'
import { isTimeZone } from '../modules/ingest/index.ts'

/*
 * The command line's checking: what it asks for as the wizard's Binding, or every problem with
 * it. Nothing here touches a file or the database, so a bad value is refused before anything is
 * opened.
 */

type Values = Record<string, string | boolean | string[] | undefined>

export type Parsed =
  | { help: Command | null }
  | { error: string; command: Command | null }
  | { command: 'recover' }
  | { command: 'export'; as: string; caseArg?: string; out?: string }
  | { command: 'import'; args: ImportArgs }

export interface ImportArgs {
  file: string
  mapping: string | null
  ftm: boolean
  as: string
  caseArg?: string
  dryRun: boolean
  quarantine: string | null
  /** The binding before it is checked against the mapping (checkBinding). */
  binding: Binding
  /** Options given that only a mapped table takes (refused with --format ftm). */
  tableOptions: string[]
}

const isCommand = (s: string | undefined): s is Command => !!s && Object.hasOwn(COMMANDS, s)

function optionConfig(options: Option[]) {
  return Object.fromEntries(
    options.map((o) => [
      o.name,
      {
        type: o.value ? ('string' as const) : ('boolean' as const),
        ...(o.multiple ? { multiple: true } : {}),
        ...(o.short ? { short: o.short } : {}),
      },
    ]),
  )
}

/** node:util's complaint about an option, said for a person. */
function argError(e: unknown, command: Command): string {
  const err = e as Error & { code?: string }
  const opt = /'(-[^' ]+)/.exec(err.message)?.[1] ?? ''
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `Unknown option ${opt} for \`pnpm wb ${command}\` (see pnpm wb ${command} --help).`
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /argument missing/.test(err.message)
      ? `${opt} needs a value (see pnpm wb ${command} --help).`
      : /ambiguous/.test(err.message)
        ? `${opt} needs a value; write one that starts with - as ${opt}=-…`
        : `${opt} takes no value (see pnpm wb ${command} --help).`
  return err.message
}

/** What the command line asks for, or why it cannot be done; `--help` wins over everything. */
export function parseCommandLine(argv: string[]): Parsed {
  const end = argv.indexOf('--')
  const words = end < 0 ? argv : argv.slice(0, end)
  const command = isCommand(argv[0]) ? argv[0] : null
  if (argv[0] === 'help') return { help: isCommand(argv[1]) ? argv[1] : null }
  if (words.includes('--help') || words.includes('-h')) return { help: command }
  if (!argv.length) return { error: 'Which command? (see pnpm wb --help)', command: null }
  if (!command)
    return {
      error: `Unknown command ${argv[0]}: import, export or recover (see pnpm wb --help).`,
      command: null,
    }
  let values: Values
  let positionals: string[]
  try {
    const res = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: optionConfig(COMMANDS[command]),
    })
    // Strings for options with a value, booleans for switches (optionConfig).
    values = res.values as Values
    positionals = res.positionals
  } catch (e) {
    return { error: argError(e, command), command }
  }
  const str = (k: string) => values[k] as string | undefined
  const fail = (error: string): Parsed => ({ error, command })
  if (command === 'recover')
    return positionals.length ? fail('`pnpm wb recover` takes no file.') : { command }
  if (command === 'export') {
    if (str('format') !== 'ftm') return fail('Export needs --format ftm (the one export format).')
    if (positionals.length) return fail('`pnpm wb export` takes no file; name one with --out.')
    return { command, as: str('as') ?? 'admin', caseArg: str('case'), out: str('out') }
  }
  return importArgs(values, positionals, fail)
}

function importArgs(
  values: Values,
  positionals: string[],
  fail: (error: string) => Parsed,
): Parsed {
  const str = (k: string) => values[k] as string | undefined
  if (positionals.length === 0) return fail('Which file? Name it last (see pnpm wb import --help).')
  if (positionals.length > 1)
    return fail(
      `One file at a time (got ${positionals.join(', ')}); options go before it or after.`,
    )
  const format = str('format')
  if (format !== undefined && format !== 'ftm')
    return fail(`--format ${format}: the one format is ftm (FollowTheMoney JSON lines).`)
  const ftm = format === 'ftm'
  const mapping = str('mapping') ?? null
  if (ftm && mapping) return fail('Either --mapping or --format ftm, not both.')
  if (!ftm && !mapping)
    return fail('Which mapping? --mapping <id | file.yaml>, or --format ftm (see --help).')
  const problems: string[] = []
  const binding = readBinding(values, problems)
  const quarantine = str('quarantine') ?? null
  if (quarantine === '') problems.push('--quarantine needs a file name.')
  const tableOptions = IMPORT_OPTIONS.filter((o) => o.group !== 'What happens')
    .map((o) => o.name)
    .filter((n) => !['mapping', 'format', 'help'].includes(n) && values[n] !== undefined)
  if (ftm && quarantine) tableOptions.push('quarantine')
  if (ftm && tableOptions.length)
    problems.push(
      `${tableOptions.map((o) => `--${o}`).join(', ')}: for mapped tables, not --format ftm.`,
    )
  if (problems.length) return fail(problems.join('\n'))
  return {
    command: 'import',
    args: {
      file: positionals[0]!,
      mapping,
      ftm,
      as: str('as') ?? 'admin',
      caseArg: str('case'),
      dryRun: values['dry-run'] === true,
      quarantine,
      binding,
      tableOptions,
    },
  }
}

const ENCODING_NAMES: Record<string, string> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  latin1: 'iso-8859-1',
  latin2: 'iso-8859-2',
  cp1250: 'windows-1250',
  cp1251: 'windows-1251',
  cp1252: 'windows-1252',
}
const DELIMITERS: Record<string, NonNullable<FileChoice['delimiter']>> = {
  auto: 'auto',
  ',': ',',
  ';': ';',
  '|': '|',
  pipe: '|',
  tab: '\t',
  '\t': '\t',
  '\\t': '\t',
}
const Epoch = z.iso.datetime({ offset: true })
const positive = (s: string) => (/^[1-9]\d{0,5}$/.test(s) ? Number(s) : null)

/** The options as the wizard's Binding; each bad value adds its problem, naming the option. */
function readBinding(values: Values, problems: string[]): Binding {
  const str = (k: string) => values[k] as string | undefined
  const list = (k: string) => (values[k] as string[] | undefined) ?? []
  const columns: Record<string, string | null> = {}
  for (const b of list('bind')) {
    const at = b.indexOf('=')
    const column = at < 0 ? '' : b.slice(0, at).trim()
    if (!column) {
      problems.push(`--bind ${b}: write column=header (column=, empty: the file has none).`)
      continue
    }
    if (Object.hasOwn(columns, column)) problems.push(`--bind ${column}: bound twice.`)
    const header = b.slice(at + 1).trim()
    columns[column] = header || null
  }
  const match: Record<string, 'graph' | 'file'> = {}
  for (const m of list('match')) {
    const [alias, how] = m.split('=').map((s) => s.trim())
    if (!alias || (how !== 'graph' && how !== 'file'))
      problems.push(`--match ${m}: write entity=graph or entity=file.`)
    else match[alias] = how
  }
  const file: FileChoice = {}
  const encoding = str('encoding')?.toLowerCase()
  if (encoding !== undefined) {
    const name = ENCODING_NAMES[encoding] ?? encoding
    if (name === 'auto' || (TEXT_ENCODINGS as readonly string[]).includes(name))
      file.encoding = name as FileChoice['encoding']
    else problems.push(`--encoding ${encoding}: one of auto, ${TEXT_ENCODINGS.join(', ')}.`)
  }
  const headerRow = str('header-row')
  if (headerRow !== undefined) {
    const n = headerRow === 'auto' ? 'auto' : positive(headerRow)
    if (n === null)
      problems.push(`--header-row ${headerRow}: a line number from 1 (the first line), or auto.`)
    else file.headerRow = n
  }
  const delimiter = str('delimiter')
  if (delimiter !== undefined) {
    const d = Object.hasOwn(DELIMITERS, delimiter.toLowerCase())
      ? DELIMITERS[delimiter.toLowerCase()]
      : undefined
    if (d) file.delimiter = d
    else problems.push(`--delimiter ${delimiter}: one of auto , ; | (or pipe) tab.`)
  }
  const sheet = str('sheet')
  if (sheet !== undefined) {
    const n = positive(sheet)
    if (n === null) problems.push(`--sheet ${sheet}: a sheet number from 1.`)
    else file.sheet = n
  }
  const parse: Partial<ParseOptions> = {}
  const dateOrder = str('date-order')?.toUpperCase()
  if (dateOrder !== undefined) {
    if (dateOrder === 'DMY' || dateOrder === 'MDY' || dateOrder === 'YMD')
      parse.dateOrder = dateOrder
    else problems.push(`--date-order ${dateOrder}: DMY, MDY or YMD.`)
  }
  const decimal = str('decimal')
  if (decimal !== undefined) {
    if (decimal === '.' || decimal === ',') parse.decimal = decimal
    else problems.push(`--decimal ${decimal}: . or , (quote it: --decimal ",").`)
  }
  const country = str('country')?.toUpperCase()
  if (country !== undefined) {
    if (/^[A-Z]{2}$/.test(country)) parse.country = country
    else problems.push(`--country ${country}: a two-letter ISO country code (XK, RS, AL…).`)
  }
  const timeZone = str('time-zone')
  if (timeZone !== undefined) {
    if (timeZone && isTimeZone(timeZone)) parse.timeZone = timeZone
    else problems.push(`--time-zone ${timeZone}: not an IANA time zone (e.g. Europe/Belgrade).`)
  }
  const epoch = str('epoch')
  if (epoch !== undefined) {
    if (Epoch.safeParse(epoch).success) parse.epoch = epoch
    else
      problems.push(
        `--epoch ${epoch}: an ISO date-time with its offset, e.g. 2013-09-01T00:00:00Z or 2013-09-01T00:00:00+02:00.`,
      )
  }
  const unit = str('offset-unit')?.toLowerCase()
  if (unit !== undefined) {
    if (unit === 'seconds' || unit === 'minutes' || unit === 'hours' || unit === 'days')
      parse.offsetUnit = unit
    else problems.push(`--offset-unit ${unit}: seconds, minutes, hours or days.`)
  }
  const optional = list('optional').map((c) => c.trim())
  return {
    columns,
    parse,
    ...(Object.keys(file).length ? { file } : {}),
    ...(optional.length ? { optional } : {}),
    ...(Object.keys(match).length ? { match } : {}),
  }
}

/**
 * Problems of a binding with this mapping that rebind would not name as the option: a column
 * the mapping does not read, an entity it does not have.
 */
export function checkBinding(
  binding: Binding,
  columns: string[],
  entities: string[],
  mappingName: string,
): string[] {
  const problems: string[] = []
  const known = new Set(columns)
  const reads = `it reads ${columns.join(', ')}`
  for (const c of Object.keys(binding.columns))
    if (!known.has(c)) problems.push(`--bind ${c}=…: ${mappingName} has no column ${c} (${reads}).`)
  for (const c of binding.optional ?? [])
    if (!known.has(c))
      problems.push(`--optional ${c}: ${mappingName} has no column ${c} (${reads}).`)
  for (const a of Object.keys(binding.match ?? {}))
    if (!entities.includes(a))
      problems.push(
        `--match ${a}=…: ${mappingName} has no entity ${a} (it has ${entities.join(', ')}).`,
      )
  return problems
}
