import { describe, expect, it } from 'vitest'
import { builtInMappings } from './builtin.ts'
import { parseMapping } from './mapping.ts'
import { planImport, resolveColumns } from './plan.ts'
import { mappingYaml, rebind } from './rebind.ts'
import { readCsv } from './source-file.ts'
import { suggestColumns } from './suggest.ts'

const builtIn = (id: string) => builtInMappings().find((m) => m.id === id)!.mapping
const table = (csv: string) => readCsv(Buffer.from(csv), 'utf-8', 'auto')

// An operator export nobody wrote a mapping for: Serbian headers, US dates, columns reordered.
const OPERATOR = table(
  'Datum i vreme,Trajanje,A broj,B broj,Celija\n' +
    '05/13/2019 10:00,45,044961001,044961002,C-77\n' +
    '05/14/2019 11:30,5,044961002,044961003,\n',
)

describe('suggesting columns for a file the mapping was not written for', () => {
  it('finds every call-record column by alias and reads the dates as month first', () => {
    const fit = suggestColumns(builtIn('call-records'), OPERATOR)
    expect(Object.fromEntries(fit.slots.map((s) => [s.column, s.header]))).toEqual({
      caller: 'A broj',
      callee: 'B broj',
      start: 'Datum i vreme',
      duration: 'Trajanje',
      cell: 'Celija',
    })
    expect(fit.fit).toBe(1)
    expect(fit.parse.dateOrder).toBe('MDY')
    expect(fit.slots.find((s) => s.column === 'caller')?.reason).toBe('alias')
  })

  it('falls back on values when names say nothing, and never uses a header twice', () => {
    const t = table('x1;x2;x3\n044961001;02.05.2019 10:00;hello\n044961005;03.05.2019 09:00;hi\n')
    const fit = suggestColumns(builtIn('call-records'), t)
    const by = Object.fromEntries(fit.slots.map((s) => [s.column, s]))
    expect(by.caller?.header).toBe('x1')
    expect(by.caller?.reason).toBe('values')
    expect(by.callee?.header).toBeNull()
    expect(by.start?.header).toBe('x2')
    expect(fit.fit).toBeLessThan(1)
  })

  it('tells a bank file with decimal points from one with decimal commas', () => {
    const dot = table(
      'Value date,From account,To account,Sum,Ccy\n2019-05-02,A1,B1,"1,250.50",EUR\n',
    )
    const fit = suggestColumns(builtIn('bank-transactions'), dot)
    expect(fit.parse.decimal).toBe('.')
    expect(fit.parse.dateOrder).toBe('YMD')
    expect(fit.slots.find((s) => s.column === 'amount')?.header).toBe('Sum')
  })
})

describe('binding a mapping to a new file', () => {
  it('imports the operator file once its columns and date order are bound', () => {
    const fit = suggestColumns(builtIn('call-records'), OPERATOR)
    const bound = rebind(builtIn('call-records'), {
      columns: Object.fromEntries(fit.slots.map((s) => [s.column, s.header])),
      parse: fit.parse,
    })
    if (!('mapping' in bound)) throw new Error(JSON.stringify(bound.problems))
    expect(Array.isArray(resolveColumns(bound.mapping, OPERATOR.headers))).toBe(false)
    const plan = planImport(bound.mapping, OPERATOR, 'file')
    expect(plan.errors).toEqual([])
    expect(plan.links.find((l) => l.kind === 'CALLED')?.props.at).toBe('2019-05-13T08:00:00.000Z')
  })

  it('drops an optional entity whose key column the file lacks, with its links', () => {
    const res = rebind(builtIn('call-records'), { columns: { cell: null } })
    if (!('mapping' in res)) throw new Error('refused')
    expect(Object.keys(res.mapping.entities)).toEqual(['caller', 'callee'])
    expect(res.mapping.links.map((l) => l.kind)).toEqual(['CALLED'])
  })

  it('refuses to leave out a column the mapping needs', () => {
    const res = rebind(builtIn('call-records'), { columns: { caller: null } })
    expect('problems' in res && res.problems.map((p) => p.path)).toContain('columns.caller')
  })

  it('saves as YAML that reads back to the same mapping, old names kept as aliases', () => {
    const res = rebind(builtIn('call-records'), { columns: { caller: 'A broj' } })
    if (!('mapping' in res)) throw new Error('refused')
    const again = parseMapping(mappingYaml(res.mapping))
    if (!('mapping' in again)) throw new Error(JSON.stringify(again.problems))
    expect(again.mapping).toEqual(res.mapping)
    expect(again.mapping.aliases['A broj']).toContain('caller')
  })
})

describe('hostile names', () => {
  it('reads columns named like built-in object properties as plain names', () => {
    const t = table('constructor;toString;__proto__\n044961001;044961002;02.05.2019 10:00\n')
    const m = builtIn('call-records')
    const fit = suggestColumns(m, t)
    expect(Object.fromEntries(fit.slots.map((s) => [s.column, s.header]))).toMatchObject({
      caller: 'constructor',
      callee: 'toString',
      start: '__proto__',
    })
    const res = rebind(m, {
      columns: {
        caller: 'constructor',
        callee: 'toString',
        start: '__proto__',
        cell: null,
        duration: null,
      },
    })
    if (!('mapping' in res)) throw new Error(JSON.stringify(res.problems))
    expect(planImport(res.mapping, t, 'f').errors).toEqual([])
    const saved = parseMapping(mappingYaml(res.mapping))
    expect('mapping' in saved).toBe(true)
  })
})

describe('hostile names, one at a time', () => {
  it('binds a single column to "__proto__" without changing what the aliases are', () => {
    const res = rebind(builtIn('call-records'), { columns: { start: '__proto__' } })
    if (!('mapping' in res)) throw new Error(JSON.stringify(res.problems))
    expect(Object.getPrototypeOf(res.mapping.aliases)).toBe(Object.prototype)
    expect(res.mapping.links[0]?.fields.at).toMatchObject({ column: '__proto__' })
  })

  it('refuses a key naming a field that exists only on the object prototype', () => {
    const res = parseMapping(`
version: 1
name: Inherited key
source: { name: x }
entities: { a: { kind: Phone, key: [constructor], fields: { number: { column: n } } } }
`)
    expect('problems' in res && res.problems.map((p) => p.path)).toEqual(['entities.a.key'])
  })
})
