import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../common/limits.ts'
import {
  byteLines,
  externalRefs,
  parseLines,
  planFtm,
  Problems,
  type KnownEntity,
} from './ftm.import.ts'

const line = (id: string, schema: string, properties: Record<string, string[]>) =>
  JSON.stringify({ id, schema, properties })

const plan = (text: string, known = new Map<string, KnownEntity>()) => {
  const problems = new Problems()
  const lines = parseLines(text, problems)
  return planFtm(lines, known, 'file|', problems, '2020-01-01')
}

describe('FtM lines to an import plan', () => {
  it('makes entities keyed by FtM id, links between them, phones and addresses', () => {
    const text = [
      line('p1', 'Person', {
        name: ['Ilir Hoxha', 'I. Hoxha'],
        birthDate: ['1980-05-01'],
        passportNumber: ['P123'],
        phone: ['+38344123456'],
        addressEntity: ['a1'],
        email: ['x@example.org'],
      }),
      line('c1', 'Company', { name: ['Hoxha Trans'], jurisdiction: ['xk'] }),
      line('a1', 'Address', { full: ['Rruga B 12, Prishtinë'], city: ['Prishtinë'] }),
      line('d1', 'Directorship', { director: ['p1'], organization: ['c1'], role: ['CEO'] }),
      line('s1', 'Sanction', { entity: ['p1'] }),
    ].join('\n')
    const { plan: p, unknownSchemata, skipped } = plan(text)
    expect(p.errors).toEqual([])
    const person = p.entities.find((e) => e.kind === 'Person')!
    expect(person).toMatchObject({
      ref: 'Person|{"ftmId":"p1"}',
      match: 'graph',
      key: { ftmId: 'p1' },
      props: {
        name: 'Ilir Hoxha',
        aliases: ['I. Hoxha'],
        dateOfBirth: '1980-05-01',
        identifiers: ['P123'],
      },
    })
    expect(p.entities.find((e) => e.kind === 'Organization')?.props).toMatchObject({
      orgType: 'COMPANY',
      country: 'XK',
    })
    expect(p.entities.find((e) => e.kind === 'Phone')?.key).toEqual({ number: '+38344123456' })
    expect(p.links.map((l) => l.kind).sort()).toEqual(['DIRECTOR_OF', 'LIVES_AT', 'USES_PHONE'])
    expect(p.links.find((l) => l.kind === 'DIRECTOR_OF')?.props).toEqual({ ftmId: 'd1' })
    expect(unknownSchemata).toEqual({ Sanction: 1 })
    expect(skipped).toMatchObject({ 'Person.email': 1, 'Directorship.role': 1 })
  })

  it('reports every bad line with its number and plans nothing from it', () => {
    const text = [
      line('p1', 'Person', { name: ['A'] }),
      '{"id": "p2", "schema": "Person"',
      JSON.stringify({ schema: 'Person', properties: {} }),
      line('p3', 'Person', { name: ['B'], birthDate: ['1980-13-01'] }),
      line('o1', 'Ownership', { owner: ['p1'], asset: ['nowhere'] }),
      line('f1', 'Family', { person: ['p1'] }),
    ].join('\n')
    const { plan: p } = plan(text)
    expect(p.errors.map((e) => [e.line, e.field, e.reason])).toEqual([
      [2, 'line', 'not JSON'],
      [3, 'id', 'missing'],
      [4, 'Person.birthDate', 'not a date'],
      [5, 'Ownership.asset', 'no entity nowhere in the file or the graph'],
      [6, 'Family.relative', 'empty'],
    ])
    expect(p.errorCount).toBe(5)
  })

  it('links to an entity an earlier import brought, found by its FtM id', () => {
    const text = line('pay1', 'Payment', {
      payer: ['p1'],
      beneficiary: ['old'],
      amount: ['1250.5'],
      currency: ['EUR'],
      date: ['2019-04-03'],
    })
    expect(externalRefs(parseLines(text))).toEqual(['p1', 'old'])
    const known = new Map<string, KnownEntity>([
      ['p1', { kind: 'Person' }],
      ['old', { kind: 'Organization' }],
    ])
    const { plan: p } = plan(text, known)
    expect(p.errors).toEqual([])
    expect(p.entities.map((e) => e.ref).sort()).toEqual([
      'Organization|{"ftmId":"old"}',
      'Person|{"ftmId":"p1"}',
    ])
    expect(p.links[0]?.props).toEqual({
      amount: 1250.5,
      currency: 'EUR',
      at: '2019-04-03T00:00:00.000Z',
      ftmId: 'pay1',
    })
  })

  it('never keys a minor by FtM id across files', () => {
    const { plan: p } = plan(line('k1', 'Person', { name: ['Child'], birthDate: ['2010-01-01'] }))
    expect(p.entities[0]).toMatchObject({ match: 'import', ref: 'file|Person|{"ftmId":"k1"}' })
  })

  it('makes a call between the two numbers and lets its parties use them', () => {
    const text = [
      line('p1', 'Person', { name: ['A'] }),
      line('call1', 'Call', {
        caller: ['p1'],
        callerNumber: ['+38344123456'],
        receiverNumber: ['+381631234567'],
        date: ['2019-01-15T10:30:00'],
        duration: ['75'],
      }),
    ].join('\n')
    const { plan: p } = plan(text)
    expect(p.errors).toEqual([])
    const called = p.links.find((l) => l.kind === 'CALLED')!
    expect(called.props).toEqual({
      at: '2019-01-15T10:30:00.000Z',
      durationSeconds: 75,
      ftmId: 'call1',
    })
    expect(p.links.filter((l) => l.kind === 'USES_PHONE')).toHaveLength(1)
  })

  it('keeps coordinates in range, 0 too, and refuses others with their line', () => {
    const at = (lat: string, lon: string) => ({ full: ['X'], latitude: [lat], longitude: [lon] })
    const good = plan(
      [line('a1', 'Address', at('0', '-180')), line('a2', 'Address', at('42.66', '21.17'))].join(
        '\n',
      ),
    ).plan
    expect(good.errors).toEqual([])
    expect(good.entities.map((e) => e.props.point)).toEqual([
      { lat: 0, lon: -180 },
      { lat: 42.66, lon: 21.17 },
    ])
    const bad = plan(
      [
        line('b1', 'Address', at('95', '21')),
        line('b2', 'Address', at('42', 'Infinity')),
        line('b3', 'Address', at('-90.5', '180.01')),
        line('b4', 'Address', at('1e1', '')),
      ].join('\n'),
    ).plan
    expect(bad.errors.map((e) => [e.line, e.column, e.field, e.reason])).toEqual([
      [1, 'latitude', 'Address.latitude', 'not a latitude (-90 to 90)'],
      [2, 'longitude', 'Address.longitude', 'not a longitude (-180 to 180)'],
      [3, 'latitude', 'Address.latitude', 'not a latitude (-90 to 90)'],
      [3, 'longitude', 'Address.longitude', 'not a longitude (-180 to 180)'],
      [4, 'latitude', 'Address.latitude', 'not a latitude (-90 to 90)'],
      [4, 'longitude', 'Address.longitude', 'not a longitude (-180 to 180)'],
    ])
    expect(bad.entities.some((e) => e.props.point)).toBe(false)
  })

  it('merges fragments of one entity and skips links the model cannot hold', () => {
    const text = [
      line('c1', 'Company', { name: ['X'] }),
      line('c1', 'Company', { registrationNumber: ['R1'] }),
      line('c2', 'Company', { name: ['Y'] }),
      line('d1', 'Directorship', { director: ['c2'], organization: ['c1'] }),
    ].join('\n')
    const { plan: p, skipped } = plan(text)
    expect(p.entities.find((e) => e.key.ftmId === 'c1')?.props.registrationNumber).toBe('R1')
    expect(p.links).toEqual([])
    expect(skipped).toEqual({ 'Directorship (Organization → Organization)': 1 })
  })

  it('answers names from Object.prototype as errors of their line, never as schemata', () => {
    const names = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '<script>',
      'Per\u202Eson',
    ]
    const text = [
      ...names.map((schema, i) => line(`x${i}`, schema, { name: ['A'] })),
      // A property named after the prototype is refused; one named like a method is only unknown.
      `{"id": "p1", "schema": "Person", "properties": {"__proto__": ["x"], "name": ["B"]}}`,
      line('p2', 'Person', { name: ['C'], constructor: ['y'], toString: ['z'] }),
      line('f1', 'Family', { person: ['p2'], relative: ['p2'], relationship: ['constructor'] }),
    ].join('\n')
    const { plan: p, unknownSchemata, skipped } = plan(text)
    expect(p.errors.map((e) => [e.line, e.field, e.reason])).toEqual([
      ...names.map((_, i) => [i + 1, 'schema', 'not a FollowTheMoney schema name']),
      [7, 'properties', 'not a FollowTheMoney property name'],
    ])
    expect(Object.keys(unknownSchemata)).toEqual([])
    expect(p.entities.map((e) => e.props.name)).toEqual(['C'])
    expect(skipped).toMatchObject({ 'Person.constructor': 1, 'Person.toString': 1 })
  })

  it('counts entities, properties and values against the import limits', () => {
    const limits = { ...DEFAULT_LIMITS, rows: 2, cellChars: 10 }
    const three = [1, 2, 3].map((i) => line(`p${i}`, 'Person', { name: [`N${i}`] })).join('\n')
    const code = (text: string, l = limits) => {
      try {
        parseLines(text, new Problems(), l)
        return null
      } catch (e) {
        return (e as { extensions: Record<string, unknown> }).extensions
      }
    }
    expect(code(three)).toMatchObject({ code: 'import/too_large', limit: 'rows', line: 3 })
    // Fragments of one entity count as lines: repeating one id cannot buy unbounded work.
    const fragments = [1, 2, 3].map((i) => line('p1', 'Person', { alias: [`A${i}`] })).join('\n')
    expect(code(fragments)).toMatchObject({ code: 'import/too_large', limit: 'rows', line: 3 })
    const merged = parseLines(fragments, new Problems(), { ...limits, rows: 3 })
    expect(merged.map((l) => l.entity.properties.alias)).toEqual([['A1', 'A2', 'A3']])
    expect(code(line('p1', 'Person', { name: ['x'.repeat(11)] }))).toMatchObject({
      limit: 'cellChars',
      line: 1,
    })
    const long = Buffer.from(line('p1', 'Person', { name: ['x'.repeat(100)] }))
    expect(() => [...byteLines(long, { ...limits, columns: 1, cellChars: 50 })]).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ limit: 'rowChars' }) }),
    )
  })

  it('refuses names and ids that would hide text from a reader, or are too long', () => {
    const text = [
      line('p1', 'Person', { name: ['Gashi\u202Etxt.exe'] }),
      line('p2', 'Person', { name: ['B'], alias: ['x'.repeat(201)] }),
      line('p3\u0000', 'Person', { name: ['C'] }),
      line('p4', 'Person', { name: ['D'], firstName: ['\u2066E'] }),
    ].join('\n')
    const errors = plan(text).plan.errors.sort((a, b) => a.line - b.line)
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'Person.name'],
      [2, 'Person.name'],
      [3, 'id'],
      [4, 'Person.firstName'],
    ])
  })
})
