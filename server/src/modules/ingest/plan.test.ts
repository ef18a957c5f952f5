import { describe, expect, it } from 'vitest'
import { builtInMappings } from './builtin.ts'
import { parseMapping } from './mapping.ts'
import { planImport, resolveColumns } from './plan.ts'
import { readCsv } from './source-file.ts'

const cdr = builtInMappings().find((m) => m.id === 'call-records')!.mapping
const table = (csv: string) => readCsv(Buffer.from(csv), 'utf-8', 'auto')

describe('mappings', () => {
  it('ships call records, bank transactions, payments and person lists, all valid', () => {
    expect(builtInMappings().map((m) => m.id)).toEqual([
      'bank-transactions',
      'call-records',
      'payments',
      'person-list',
    ])
  })

  it('names every problem of a broken mapping', () => {
    const unknownKind = parseMapping(`
version: 1
name: Broken
source: { name: x }
entities: { a: { kind: Phone, key: [number], fields: { number: { column: n } } } }
links: [{ kind: BEFRIENDED, from: a, to: a }]
`)
    expect('problems' in unknownKind && unknownKind.problems.map((p) => p.path)).toEqual([
      'links.0.kind',
    ])
    const res = parseMapping(`
version: 1
name: Broken
source: { name: x }
entities:
  a: { kind: Phone, key: [number], fields: { number: { column: n, type: phone }, colour: { value: red } } }
  b: { kind: Location, key: [name], fields: { name: { column: c } } }
links:
  - { kind: CALLED, from: a, to: b }
  - { kind: CALLED, from: a, to: c }
`)
    expect('problems' in res && res.problems.map((p) => p.path)).toEqual([
      'entities.a.fields.colour',
      'links.0.kind',
      'links.1.to',
    ])
  })

  it('refuses YAML that is not YAML, and aliases bombs', () => {
    expect(parseMapping('a: [1, 2')).toMatchObject({ problems: [{ path: '' }] })
  })
})

describe('planning an import', () => {
  const csv = `caller;callee;start;duration;cell
044 123 456;+381 63 123 4567;15.01.2019 10:30:00;1:15;C-17
044123456;00381 63/123-4567;15.01.2019 11:00:00;20;
044 123 456;+381 63 123 4567;15.01.2019 10:30:00;1:15;C-17
`
  it('merges equal keys, skips optional entities and keeps a repeated call, saying so', () => {
    const t = table(csv)
    const plan = planImport(cdr, t, 'src')
    expect(plan.errors).toEqual([])
    expect(plan.entities.map((e) => [e.kind, e.props.name])).toEqual([
      ['Phone', '+38344123456'],
      ['Phone', '+381631234567'],
      ['Location', 'C-17'],
    ])
    // The third row repeats the first: double logging or a second call, it is not dropped.
    expect(plan.links.map((l) => l.kind)).toEqual([
      'CALLED',
      'LOCATED_AT',
      'CALLED',
      'CALLED',
      'LOCATED_AT',
    ])
    expect(plan.links[0]!.props).toEqual({ at: '2019-01-15T09:30:00.000Z', durationSeconds: 75 })
    expect(new Set(plan.links.map((l) => l.importKey)).size).toBe(5)
    expect(plan.notes).toContainEqual(
      expect.objectContaining({ code: 'equal_rows', field: 'CALLED', count: 1, lines: [4] }),
    )
    // A re-run of the same file plans the same keys, so it adds nothing.
    expect(planImport(cdr, t, 'src').links.map((l) => l.importKey)).toEqual(
      plan.links.map((l) => l.importKey),
    )
  })

  it('reports every bad cell with its line and column and plans nothing from those rows', () => {
    const bad = `caller;callee;start;duration;cell
044 123 456;not a phone;15.01.2019 10:30:00;1:15;C-17
;+381631234567;32.01.2019 10:00;x;C-2
044 123 456;+381631234567;15.01.2019 12:00;5;C-3
`
    const plan = planImport(cdr, table(bad), 'src')
    // Each reason goes on to list the accepted forms (values.test.ts).
    const reason = (r: string) => expect.stringMatching(new RegExp(`^${r} \\(accepted: `))
    expect(plan.errors).toEqual([
      { line: 2, column: 'callee', field: 'callee.number', reason: reason('not a phone number') },
      { line: 3, column: 'caller', field: 'caller.number', reason: 'empty' },
      { line: 3, column: 'start', field: 'links[0].at', reason: reason('not a date and time') },
      {
        line: 3,
        column: 'duration',
        field: 'links[0].durationSeconds',
        reason: reason('not a duration'),
      },
      { line: 3, column: 'start', field: 'links[1].at', reason: reason('not a date and time') },
    ])
    expect(plan.links).toHaveLength(2)
  })

  it('lists the columns a file lacks', () => {
    // Only what is needed: a file without cells or durations is still a call file.
    expect(resolveColumns(cdr, ['caller', 'start'])).toEqual(['callee'])
  })
})
