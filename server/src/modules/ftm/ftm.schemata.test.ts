import { describe, expect, it } from 'vitest'
import {
  ENTITY_SCHEMATA,
  entitySchema,
  exportSchema,
  LINK_SCHEMATA,
  linkSchema,
  readValue,
  writeProps,
  writeValue,
} from './ftm.schemata.ts'

describe('FtM values', () => {
  it('reads whole dates, skips partial ones and refuses others', () => {
    expect(readValue('date', '1980-05-01')).toEqual({ value: '1980-05-01' })
    expect(readValue('date', '1980-05-01T10:00:00')).toEqual({ value: '1980-05-01' })
    expect(readValue('date', '1980')).toEqual({ skip: 'partial date' })
    expect(readValue('date', '1980-02-30')).toEqual({ error: 'not a date' })
    expect(readValue('date', 'yesterday')).toEqual({ error: 'not a date' })
  })

  it('reads times as UTC and writes them back as they came', () => {
    const day = readValue('datetime', '2019-04-03') as { value: string }
    expect(day.value).toBe('2019-04-03T00:00:00.000Z')
    expect(writeValue('datetime', day.value)).toBe('2019-04-03')
    const t = readValue('datetime', '2019-04-03T10:30:00') as { value: string }
    expect(writeValue('datetime', t.value)).toBe('2019-04-03T10:30:00')
    expect(readValue('datetime', '2019-04-03T10:30:00+02:00')).toEqual({
      value: '2019-04-03T08:30:00.000Z',
    })
  })

  it('maps vocabularies and refuses values outside them', () => {
    expect(readValue('gender', 'female')).toEqual({ value: 'FEMALE' })
    expect(readValue('gender', 'f')).toHaveProperty('error')
    expect(readValue('relation', 'Brother')).toEqual({ value: 'SIBLING' })
    expect(readValue('relation', 'spouse')).toEqual({ value: 'SPOUSE' })
    expect(readValue('relation', 'godfather')).toHaveProperty('skip')
    expect(readValue('country', 'xk')).toEqual({ value: 'XK' })
    expect(writeValue('country', 'XK')).toBe('xk')
    expect(readValue('number', '12.5')).toEqual({ value: 12.5 })
    expect(readValue('number', 'a lot')).toHaveProperty('error')
    expect(readValue('currency', 'eur')).toEqual({ value: 'EUR' })
    // OpenSanctions' generic relationship, and amounts and shares within the model's bounds.
    expect(readValue('relation', 'Family member of')).toEqual({ value: 'RELATIVE' })
    expect(readValue('relation', 'Father of')).toEqual({ value: 'PARENT' })
    expect(readValue('amount', '-5')).toEqual({ error: 'not an amount (0 to 10^12)' })
    expect(readValue('percent', '50 %')).toEqual({ value: 50 })
    expect(readValue('percent', '25 to 50')).toEqual({ skip: 'a range, not one share' })
    expect(readValue('percent', '101')).toEqual({ error: 'not a percentage (0 to 100)' })
  })
})

describe('FtM schemata both ways', () => {
  it('writes a person back under the properties it was read from', () => {
    const props = writeProps(ENTITY_SCHEMATA.Person!.props, {
      firstName: 'Ilir',
      dateOfBirth: '1980-05-01',
      nationality: 'AL',
      gender: 'MALE',
      identifiers: ['P123', 'X9'],
    })
    expect(props).toEqual({
      firstName: ['Ilir'],
      birthDate: ['1980-05-01'],
      nationality: ['al'],
      gender: ['male'],
      idNumber: ['P123', 'X9'],
    })
  })

  it('writes an account identifier as IBAN only when it is one', () => {
    const maps = ENTITY_SCHEMATA.BankAccount!.props
    expect(writeProps(maps, { identifier: 'XK051212012345678906' })).toEqual({
      iban: ['XK051212012345678906'],
    })
    expect(writeProps(maps, { identifier: '123-456' })).toEqual({ accountNumber: ['123-456'] })
  })

  it('maps the intervals onto link kinds the model has', () => {
    expect(LINK_SCHEMATA.Ownership?.link).toBe('OWNS')
    expect(LINK_SCHEMATA.Payment?.from).toEqual(['payer', 'payerAccount'])
    expect(
      writeProps(LINK_SCHEMATA.Ownership!.props, { sharePercent: 51, validFrom: '2015-01-01' }),
    ).toEqual({ percentage: ['51'], startDate: ['2015-01-01'] })
  })

  it('finds schemata and relations by own name only', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'valueOf']) {
      expect(entitySchema(name)).toBeUndefined()
      expect(linkSchema(name)).toBeUndefined()
      expect(readValue('relation', name)).toEqual({ skip: 'not a family relation here' })
    }
    expect(exportSchema('Asset', { assetType: '__proto__' })).toBe('Asset')
  })
})
