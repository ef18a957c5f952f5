import { TEXT_ENCODINGS } from '@htwb/graph/import-api'

/** The command line's words: every option with what it does and an example; `--help` is made of them. */
export interface Option {
  name: string
  /** What follows the option; none for a switch. */
  value?: string
  multiple?: boolean
  short?: string
  help: string
  example: string
}

const PARSE = 'How values are read (else the mapping’s own)'
const FILE = 'How the file is read (else detected, as in the wizard)'

export const IMPORT_OPTIONS: Array<Option & { group: string }> = [
  {
    group: 'What to read with',
    name: 'mapping',
    value: '<id | file.yaml>',
    help: 'a built-in mapping ({builtIn}) or a mapping file of your own',
    example: '--mapping call-records',
  },
  {
    group: 'What to read with',
    name: 'format',
    value: 'ftm',
    help: 'FollowTheMoney JSON lines instead of a mapped table (no mapping or binding options)',
    example: '--format ftm',
  },
  {
    group: 'Which column is which (as the wizard binds them)',
    name: 'bind',
    value: '<column>=<header>',
    multiple: true,
    help: 'the file’s header that holds a column of the mapping; an empty header: the file has none (its fields stay empty, an optional entity is left out). Repeat for each column',
    example: '--bind caller="A broj" --bind cell=',
  },
  {
    group: 'Which column is which (as the wizard binds them)',
    name: 'optional',
    value: '<column>',
    multiple: true,
    help: 'a row without this column’s value leaves its field empty instead of being refused',
    example: '--optional start',
  },
  {
    group: 'Which column is which (as the wizard binds them)',
    name: 'match',
    value: '<entity>=graph|file',
    multiple: true,
    help: 'graph: the entity meets records already in the workbench by key; file: only within this file (bare ids). Default: the mapping’s (real identifiers match, bare ids stay in the file)',
    example: '--match caller=file',
  },
  {
    group: FILE,
    name: 'encoding',
    value: `auto|${TEXT_ENCODINGS.join('|')}`,
    help: 'the text encoding of a delimited file',
    example: '--encoding windows-1252',
  },
  {
    group: FILE,
    name: 'header-row',
    value: '<n>|auto',
    help: 'the line (sheet row) of the header, counted from 1; the lines above are skipped',
    example: '--header-row 3',
  },
  {
    group: FILE,
    name: 'delimiter',
    value: 'auto|,|;|pipe|tab',
    help: 'what separates the columns of a delimited file',
    example: '--delimiter ";"',
  },
  {
    group: FILE,
    name: 'sheet',
    value: '<n>',
    help: 'which sheet of a workbook, counted from 1',
    example: '--sheet 2',
  },
  {
    group: PARSE,
    name: 'date-order',
    value: 'DMY|MDY|YMD',
    help: 'how numeric dates are written: 31.12.2019 (DMY), 12/31/2019 (MDY), 2019-12-31 (YMD)',
    example: '--date-order MDY',
  },
  {
    group: PARSE,
    name: 'decimal',
    value: '.|,',
    help: 'the decimal separator of amounts',
    example: '--decimal .',
  },
  {
    group: PARSE,
    name: 'country',
    value: '<XX>',
    help: 'ISO country of phone numbers written without a country code',
    example: '--country RS',
  },
  {
    group: PARSE,
    name: 'time-zone',
    value: '<zone>',
    help: 'IANA zone of date-times written without an offset',
    example: '--time-zone Europe/Tirane',
  },
  {
    group: PARSE,
    name: 'epoch',
    value: '<ISO date-time>',
    help: 'where a column of time offsets starts (anonymised or simulated files count from an unpublished start)',
    example: '--epoch 2013-09-01T00:00:00+02:00',
  },
  {
    group: PARSE,
    name: 'offset-unit',
    value: 'seconds|minutes|hours|days',
    help: 'what one unit of such an offset is',
    example: '--offset-unit hours',
  },
  {
    group: 'What happens',
    name: 'as',
    value: '<username>',
    help: 'whose import it is: their permissions and need-to-know apply, the audit names them (default admin)',
    example: '--as a.berisha',
  },
  {
    group: 'What happens',
    name: 'case',
    value: '<case number | id>',
    help: 'the case the entities join (without one they are visible to the importer only)',
    example: '--case PR-2019-044',
  },
  {
    group: 'What happens',
    name: 'dry-run',
    help: 'read, check and match, report, write nothing',
    example: '--dry-run',
  },
  {
    group: 'What happens',
    name: 'quarantine',
    value: '<file.csv>',
    help: 'import the good rows and write the rows with bad cells, with their problems, to this file to fix and import again. Without it a bad cell refuses the whole file',
    example: '--quarantine set-aside.csv',
  },
  { group: 'Help', name: 'help', short: 'h', help: 'this text', example: '--help' },
]

const EXPORT_OPTIONS: Option[] = [
  { name: 'format', value: 'ftm', help: 'FollowTheMoney JSON lines', example: '--format ftm' },
  {
    name: 'as',
    value: '<username>',
    help: 'whose view is exported (default admin)',
    example: '--as a.berisha',
  },
  {
    name: 'case',
    value: '<case number | id>',
    help: 'only this case',
    example: '--case PR-2019-044',
  },
  {
    name: 'out',
    value: '<file>',
    help: 'write here (default stdout)',
    example: '--out case.ijson',
  },
  { name: 'help', short: 'h', help: 'this text', example: '--help' },
]

const RECOVER_OPTIONS: Option[] = [
  { name: 'help', short: 'h', help: 'this text', example: '--help' },
]

export const COMMANDS = {
  import: IMPORT_OPTIONS,
  export: EXPORT_OPTIONS,
  recover: RECOVER_OPTIONS,
} as const
export type Command = keyof typeof COMMANDS

const DATABASE = `Database: the Neo4j of NEO4J_URI when set; else the embedded one under WB_DATA_DIR. While the
workbench runs on it, the command connects to the same Neo4j (the address the workbench
publishes in WB_DATA_DIR/workbench-graph.json); otherwise it opens the store itself. Either way
the workbench's own service code runs: the same permissions, need-to-know and audit.`

function wrap(text: string, indent: number, width = 100): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map((l) => `${' '.repeat(indent)}${l}`)
}

function describe(options: Array<Option & { group?: string }>, builtIn: string[]): string[] {
  const out: string[] = []
  let group: string | undefined
  for (const o of options) {
    if (o.group && o.group !== group) {
      group = o.group
      out.push('', `${group}:`)
    }
    const short = o.short ? `-${o.short}, ` : ''
    out.push(`  ${short}--${o.name}${o.value ? ` ${o.value}` : ''}`)
    out.push(...wrap(o.help.replace('{builtIn}', builtIn.join(', ')), 6))
    out.push(`      e.g. ${o.example}`)
  }
  return out
}

export function usage(command: Command | null, builtIn: string[]): string {
  if (command === 'import')
    return [
      'Usage: pnpm wb import --mapping <id | file.yaml> [options] <data.csv | data.xlsx>',
      '       pnpm wb import --format ftm [--as …] [--case …] [--dry-run] <entities.ijson>',
      '',
      ...wrap(
        'Imports a file with the workbench’s own import, as the Import tab does. A file whose headers are not the mapping’s is bound column by column with --bind. Exit 0 when imported (or checked, with --dry-run), 1 when the arguments, the mapping, the binding or the file are refused: nothing is written then.',
        0,
      ),
      ...describe(IMPORT_OPTIONS, builtIn),
      '',
      'Example: a call-record export whose headers are Serbian, the cell column absent:',
      '  pnpm wb import --mapping call-records --bind caller="A broj" --bind callee="B broj" \\',
      '    --bind start="Datum i vreme" --bind duration=Trajanje --bind cell= \\',
      '    --encoding windows-1250 --header-row 3 --case PR-2019-044 --quarantine bad-rows.csv calls.csv',
      '',
      DATABASE,
    ].join('\n')
  if (command === 'export')
    return [
      'Usage: pnpm wb export --format ftm [--as <username>] [--case <case>] [--out <file>]',
      '',
      'Exports what the --as user may see as FollowTheMoney JSON lines (audited as a disclosure).',
      '',
      'Options:',
      ...describe(EXPORT_OPTIONS, builtIn),
      '',
      DATABASE,
    ].join('\n')
  if (command === 'recover')
    return [
      'Usage: pnpm wb recover',
      '',
      'Rolls back imports whose process died before they were published (WB_IMPORT_LEASE_SECONDS).',
      '',
      'Options:',
      ...describe(RECOVER_OPTIONS, builtIn),
      '',
      DATABASE,
    ].join('\n')
  return [
    'Usage: pnpm wb <command> [options]',
    '',
    'Commands:',
    '  import    bring a file in: CSV, TSV or XLSX with a mapping, or FollowTheMoney JSON lines',
    '  export    write FollowTheMoney JSON lines of what a user may see',
    '  recover   roll back imports whose process died',
    '',
    '`pnpm wb <command> --help` lists the options of a command, each with an example.',
    '',
    DATABASE,
  ].join('\n')
}
