import { describe, expect, it } from 'vitest'
import { builtInMappings } from './builtin.ts'
import type { Mapping } from './mapping.ts'
import { rebind, type Binding } from './rebind.ts'

const builtIn = (id: string) => builtInMappings().find((m) => m.id === id)!.mapping
const CDR = builtIn('call-records')
const BANK = builtIn('bank-transactions')

function bound(m: Mapping, b: Binding): Mapping {
  const res = rebind(m, b)
  if (!('mapping' in res)) throw new Error(JSON.stringify(res.problems))
  return res.mapping
}
const problems = (m: Mapping, b: unknown) => {
  const res = rebind(m, b as Binding)
  return 'problems' in res ? res.problems.map((p) => p.path) : []
}

describe('rebind: the file choice', () => {
  it('puts the encoding and header row chosen in the wizard into the mapping’s file block', () => {
    const m = bound(CDR, { columns: {}, file: { encoding: 'utf-16le', headerRow: 10 } })
    expect(m.file).toEqual({ encoding: 'utf-16le', headerRow: 10, delimiter: 'auto', sheet: 1 })
    expect(bound(CDR, { columns: {} }).file.headerRow).toBe('auto')
  })

  it('refuses file choices the reader does not know', () => {
    expect(problems(CDR, { columns: {}, file: { encoding: 'koi8-r' } })).toEqual(['file.encoding'])
    expect(problems(CDR, { columns: {}, file: { headerRow: 0 } })).toEqual(['file.headerRow'])
    expect(problems(CDR, { columns: {}, file: { headerRow: '3' } })).toEqual(['file.headerRow'])
    expect(problems(CDR, { columns: {}, file: { delimiter: ':' } })).toEqual(['file.delimiter'])
    expect(problems(CDR, { columns: {}, file: { password: 'x' } })).toEqual(['file'])
    expect(problems(CDR, { columns: {}, file: 'utf-8' })).toEqual(['file'])
  })
})

describe('rebind: optional columns', () => {
  it('lets every field reading a column made optional be empty', () => {
    expect(CDR.links[0]!.fields.at).toMatchObject({ required: true })
    const m = bound(CDR, { columns: { start: 'Datum' }, optional: ['start'] })
    for (const l of m.links) expect(l.fields.at).toMatchObject({ column: 'Datum', required: false })
  })

  it('takes a needed column the file lacks once it is made optional', () => {
    const PERSONS = builtIn('person-list')
    expect(problems(PERSONS, { columns: { category: null } })).toEqual(['columns.category'])
    const m = bound(PERSONS, { columns: { category: null }, optional: ['category'] })
    expect(m.entities.person!.fields).not.toHaveProperty('category')
    // Absent, a link's key field leaves its key: the payment is told apart by the rest of it.
    const PAYMENTS = builtIn('payments')
    expect(PAYMENTS.links[0]!.key).toEqual(['at', 'amount', 'reference'])
    expect(bound(PAYMENTS, { columns: { reference: null } }).links[0]!.key).toEqual([
      'at',
      'amount',
    ])
  })

  it('refuses to make a needed entity’s key optional, or a column the mapping does not read', () => {
    expect(problems(CDR, { columns: {}, optional: ['caller'] })).toEqual(['optional.caller'])
    const PERSONS = builtIn('person-list')
    expect(problems(PERSONS, { columns: {}, optional: ['date_of_birth'] })).toEqual([
      'optional.date_of_birth',
    ])
    expect(problems(CDR, { columns: {}, optional: ['duraton'] })).toEqual(['optional.duraton'])
    // The cell is an optional entity: rows without one already leave it out.
    expect(problems(CDR, { columns: {}, optional: ['cell'] })).toEqual([])
  })
})

describe('rebind: matching', () => {
  it('sets how each entity meets the graph', () => {
    const m = bound(BANK, { columns: {}, match: { payerAccount: 'graph', payer: 'file' } })
    expect(m.entities.payerAccount?.match).toBe('graph')
    expect(m.entities.payer?.match).toBe('import')
  })

  it('refuses an entity the mapping does not have, or a way of matching it does not know', () => {
    expect(problems(CDR, { columns: {}, match: { caller: 'graph', sender: 'file' } })).toEqual([
      'match.sender',
    ])
    expect(problems(CDR, { columns: {}, match: { caller: 'everything' } })).toEqual([
      'match.caller',
    ])
    expect(problems(CDR, { columns: {}, match: { constructor: 'graph' } })).toEqual([
      'match.constructor',
    ])
  })
})

describe('rebind: a hostile binding', () => {
  it('answers problems, never throws', () => {
    const hostile: unknown[] = [
      { columns: null },
      { columns: [] },
      { columns: { caller: 5 } },
      { columns: { caller: { toString: 'x' } } },
      { columns: {}, optional: 'start' },
      { columns: {}, optional: [null, 7, { a: 1 }] },
      { columns: {}, match: ['caller'] },
      { columns: {}, match: null },
      { columns: {}, parse: 'DMY' },
      { columns: {}, parse: { timeZone: 'Mars/Olympus' } },
      { columns: {}, file: null },
      JSON.parse('{"columns": {}, "file": {"__proto__": {"encoding": "utf-8"}}}'),
      JSON.parse('{"columns": {"__proto__": "x", "constructor": null}}'),
    ]
    for (const b of hostile) expect(problems(CDR, b).length, JSON.stringify(b)).toBeGreaterThan(0)
  })
})
