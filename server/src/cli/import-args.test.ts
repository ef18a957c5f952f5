import { describe, expect, it } from 'vitest'
import { checkBinding, parseCommandLine, type ImportArgs } from './import-args.ts'
import { usage } from './usage.ts'

const importArgs = (argv: string[]): ImportArgs => {
  const parsed = parseCommandLine(['import', ...argv])
  if (!('args' in parsed)) throw new Error(JSON.stringify(parsed))
  return parsed.args
}
const errorOf = (argv: string[]): string => {
  const parsed = parseCommandLine(argv)
  if (!('error' in parsed)) throw new Error(`accepted: ${JSON.stringify(parsed)}`)
  return parsed.error
}

describe('the command line', () => {
  it('answers --help and -h for every command, whatever else is on the line', () => {
    expect(parseCommandLine(['--help'])).toEqual({ help: null })
    expect(parseCommandLine(['help', 'import'])).toEqual({ help: 'import' })
    expect(parseCommandLine(['import', '--help'])).toEqual({ help: 'import' })
    expect(parseCommandLine(['import', '--bogus', '-h'])).toEqual({ help: 'import' })
    expect(parseCommandLine(['export', '-h'])).toEqual({ help: 'export' })
    // After `--` it is a file name.
    expect(importArgs(['--mapping', 'call-records', '--', '--help']).file).toBe('--help')
  })

  it('lists every option of a command with an example', () => {
    const text = usage('import', ['call-records'])
    for (const o of ['bind', 'header-row', 'encoding', 'quarantine', 'epoch', 'offset-unit'])
      expect(text).toMatch(new RegExp(`--${o}[^\\n]*\\n(?:.*\\n)*?\\s+e\\.g\\. --${o}`))
    expect(text).toContain('call-records')
  })

  it('refuses unknown options, missing values and unknown commands, naming them', () => {
    expect(errorOf(['import', '--mapping', 'call-records', '--bnid', 'a=b', 'f.csv'])).toBe(
      'Unknown option --bnid for `pnpm wb import` (see pnpm wb import --help).',
    )
    expect(errorOf(['import', 'f.csv', '--mapping'])).toMatch(/^--mapping needs a value/)
    expect(errorOf(['import', '--sheet', '-1', 'f.csv'])).toMatch(
      /^--sheet needs a value; .* --sheet=-/,
    )
    expect(errorOf(['import', '--dry-run=yes', 'f.csv'])).toMatch(/^--dry-run takes no value/)
    expect(errorOf(['export', '--format', 'ftm', '--bind', 'a=b'])).toMatch(/Unknown option --bind/)
    expect(errorOf(['imprt'])).toMatch(/^Unknown command imprt/)
    expect(errorOf([])).toMatch(/Which command/)
  })

  it('reads --bind as the wizard’s binding: column=header, empty for a column the file lacks', () => {
    const args = importArgs([
      '--mapping',
      'call-records',
      '--bind',
      'caller=A broj',
      '--bind',
      'cell=',
      '--bind',
      'start = Datum = vreme ',
      'calls.csv',
    ])
    expect(args.binding.columns).toEqual({ caller: 'A broj', cell: null, start: 'Datum = vreme' })
    expect(args.file).toBe('calls.csv')
    expect(errorOf(['import', '--mapping', 'm', '--bind', 'caller', 'f'])).toMatch(
      /--bind caller: write column=header/,
    )
    expect(errorOf(['import', '--mapping', 'm', '--bind', 'a=x', '--bind', 'a=y', 'f'])).toMatch(
      /--bind a: bound twice/,
    )
  })

  it('reads how the file and its values are read, and refuses each bad value by its option', () => {
    const args = importArgs([
      ...['--mapping', 'm', '--header-row', '3', '--encoding', 'Latin1', '--delimiter', 'tab'],
      ...['--sheet', '2', '--date-order', 'mdy', '--decimal', '.', '--country', 'rs'],
      ...['--time-zone', 'Europe/Tirane', '--epoch', '2013-09-01T00:00:00Z'],
      ...['--offset-unit', 'hours', '--optional', 'duration', '--match', 'caller=file', 'f.csv'],
    ])
    expect(args.binding).toEqual({
      columns: {},
      parse: {
        dateOrder: 'MDY',
        decimal: '.',
        country: 'RS',
        timeZone: 'Europe/Tirane',
        epoch: '2013-09-01T00:00:00Z',
        offsetUnit: 'hours',
      },
      file: { encoding: 'iso-8859-1', headerRow: 3, delimiter: '\t', sheet: 2 },
      optional: ['duration'],
      match: { caller: 'file' },
    })
    expect(importArgs(['--mapping', 'm', '--header-row', 'auto', 'f']).binding.file).toEqual({
      headerRow: 'auto',
    })
    const error = errorOf([
      ...['import', '--mapping', 'm', '--header-row', '0', '--encoding', 'ebcdic'],
      ...['--delimiter', 'x', '--sheet=-1', '--date-order', 'DDMMYY', '--decimal', ';'],
      ...['--country', 'SRB', '--time-zone', 'Mars/Olympus', '--epoch', '2013-09-01'],
      ...['--offset-unit', 'steps', '--match', 'caller=maybe', 'f.csv'],
    ])
    for (const option of [
      'header-row 0',
      'encoding ebcdic',
      'delimiter x',
      'sheet -1',
      'date-order DDMMYY',
      'decimal ;',
      'country SRB',
      'time-zone Mars/Olympus',
      'epoch 2013-09-01',
      'offset-unit steps',
      'match caller=maybe',
    ])
      expect(error).toContain(`--${option}:`)
  })

  it('wants one file and one of --mapping or --format ftm, without table options for ftm', () => {
    expect(errorOf(['import', '--mapping', 'm'])).toMatch(/Which file/)
    expect(errorOf(['import', '--mapping', 'm', 'a.csv', 'b.csv'])).toMatch(/One file at a time/)
    expect(errorOf(['import', 'a.csv'])).toMatch(/Which mapping/)
    expect(errorOf(['import', '--format', 'csv', 'a.csv'])).toMatch(/the one format is ftm/)
    expect(errorOf(['import', '--format', 'ftm', '--mapping', 'm', 'a'])).toMatch(/not both/)
    expect(
      errorOf(['import', '--format', 'ftm', '--bind', 'a=b', '--quarantine', 'q.csv', 'a']),
    ).toBe('--bind, --quarantine: for mapped tables, not --format ftm.')
    expect(importArgs(['--format', 'ftm', '--case', 'PR-1', '--dry-run', 'e.ijson'])).toMatchObject(
      { ftm: true, caseArg: 'PR-1', dryRun: true, quarantine: null },
    )
  })
})

describe('checking a binding against its mapping', () => {
  it('names columns and entities the mapping does not have', () => {
    const binding = {
      columns: { caller: 'A', calller: 'B' },
      parse: {},
      optional: ['duraton'],
      match: { callr: 'file' as const },
    }
    expect(checkBinding(binding, ['caller', 'duration'], ['caller'], 'call-records')).toEqual([
      '--bind calller=…: call-records has no column calller (it reads caller, duration).',
      '--optional duraton: call-records has no column duraton (it reads caller, duration).',
      '--match callr=…: call-records has no entity callr (it has caller).',
    ])
    expect(checkBinding({ columns: { caller: null }, parse: {} }, ['caller'], [], 'm')).toEqual([])
  })
})
