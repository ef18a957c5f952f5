import { describe, expect, it } from 'vitest'
import {
  looksLikePhone,
  parseCurrency,
  parseDate,
  parseDateTime,
  parseDuration,
  parseNumber,
  parsePhone,
  parseSubscriberId,
  parseValue,
  type ParseOptions,
} from './values.ts'

const opts: ParseOptions = {
  country: 'XK',
  decimal: ',',
  dateOrder: 'DMY',
  timeZone: 'Europe/Belgrade',
  epoch: null,
  offsetUnit: 'seconds',
}

describe('amounts', () => {
  it('reads amounts with the file’s separators and refuses misplaced groups', () => {
    expect(parseNumber('1.234.567,89', ',')).toBe(1234567.89)
    expect(parseNumber('1 234,5', ',')).toBe(1234.5)
    expect(parseNumber('1\u00a0234,5', ',')).toBe(1234.5)
    expect(parseNumber("1'234.5", '.')).toBe(1234.5)
    expect(parseNumber('1,234,567.89', '.')).toBe(1234567.89)
    expect(parseNumber('-300', '.')).toBe(-300)
    expect(parseNumber('1.23.4', ',')).toBeNull()
    expect(parseNumber('12 34', ',')).toBeNull()
    expect(parseNumber('1,23', '.')).toBeNull()
    expect(parseNumber('12a', '.')).toBeNull()
  })

  it('reads scientific notation as pandas and spreadsheets write it', () => {
    expect(parseNumber('5.689852347E7', '.')).toBe(56898523.47)
    expect(parseNumber('5.689852347E7', ',')).toBe(56898523.47)
    expect(parseNumber('1e-3', '.')).toBe(0.001)
  })

  it('takes a currency sign, code or word before or after the amount', () => {
    expect(parseNumber('£1,534.24', '.')).toBe(1534.24)
    expect(parseNumber('1.534,24 €', ',')).toBe(1534.24)
    expect(parseNumber('EUR 1 234,56', ',')).toBe(1234.56)
    expect(parseNumber('RSD 12.000,00', ',')).toBe(12000)
    expect(parseNumber('12.000,00 din.', ',')).toBe(12000)
    expect(parseNumber('1.500 Lekë', ',')).toBe(1500)
    expect(parseNumber('250 usd', '.')).toBe(250)
    // A country code is not a currency: the cell is not an amount.
    expect(parseNumber('12 GBR', '.')).toBeNull()
    expect(parseNumber('EUR EUR 12', '.')).toBeNull()
  })

  it('reads negatives as minus, parentheses or a trailing minus, and refuses two signs', () => {
    expect(parseNumber('(12,50)', ',')).toBe(-12.5)
    expect(parseNumber('(£12.50)', '.')).toBe(-12.5)
    expect(parseNumber('123.45-', '.')).toBe(-123.45)
    expect(parseNumber('-£12.50', '.')).toBe(-12.5)
    expect(parseNumber('£-12.50', '.')).toBe(-12.5)
    expect(parseNumber('\u221212', '.')).toBe(-12)
    expect(parseNumber('+5', '.')).toBe(5)
    expect(parseNumber('--5', '.')).toBeNull()
    expect(parseNumber('(-5)', '.')).toBeNull()
    expect(parseNumber('-', '.')).toBeNull()
  })

  it('says which forms are accepted when it refuses one', () => {
    expect(parseValue('number', 'twelve', opts)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a number \(accepted: .*5\.6E7.*12 EUR\)$/),
    })
    expect(parseValue('integer', '12,5', opts)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a whole number \(accepted: /),
    })
    expect(parseValue('integer', '846', opts)).toEqual({ ok: true, value: 846 })
  })
})

describe('dates through the value types', () => {
  it('keeps the forms it always read', () => {
    expect(parseDate('31.12.2019', 'DMY')).toBe('2019-12-31')
    expect(parseDate('12/31/19', 'MDY')).toBe('2019-12-31')
    expect(parseDate('03.05.85', 'DMY')).toBe('1985-05-03')
    expect(parseDateTime('2019-07-15T10:30:00+02:00', opts)).toBe('2019-07-15T08:30:00.000Z')
  })

  it('passes a bare number’s reading on as a note, and its refusal as the reason', () => {
    expect(parseValue('date', '43830', opts)).toEqual({
      ok: true,
      value: '2019-12-31',
      note: 'Excel serial day number',
    })
    expect(parseValue('datetime', '184', opts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^looks like a time offset/),
    })
    expect(parseValue('datetime', '20060601 0008', opts)).toEqual({
      ok: true,
      value: '2006-05-31T22:08:00.000Z',
    })
  })
})

describe('durations', () => {
  it('reads durations in the usual forms', () => {
    expect(parseDuration('75')).toBe(75)
    expect(parseDuration('75.4')).toBe(75)
    expect(parseDuration('75,6')).toBe(76)
    expect(parseDuration('75s')).toBe(75)
    expect(parseDuration('75 sec')).toBe(75)
    expect(parseDuration('01:15')).toBe(75)
    expect(parseDuration('1:01:15')).toBe(3675)
    expect(parseDuration('00:01:15.000')).toBe(75)
    expect(parseDuration('1m 15s')).toBe(75)
    expect(parseDuration('1h 2m 3s')).toBe(3723)
    expect(parseDuration('1h2m3s')).toBe(3723)
    expect(parseDuration('2 min')).toBe(120)
    expect(parseDuration('soon')).toBeNull()
    expect(parseDuration('1:75')).toBeNull()
    expect(parseDuration('1:75:00')).toBeNull()
  })

  it('leaves a negative duration empty with a note instead of refusing the row', () => {
    expect(parseDuration('-1')).toBe(-1)
    expect(parseValue('duration', '-1', opts)).toEqual({
      ok: true,
      value: undefined,
      note: 'negative duration -1 (unanswered or missed call): left empty',
    })
    expect(parseValue('duration', '0', opts)).toEqual({ ok: true, value: 0 })
    expect(parseValue('duration', 'x', opts)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a duration \(accepted: 75, .*1h 2m 3s/),
    })
  })
})

describe('phones and subscriber ids', () => {
  it('normalises phone numbers to E.164 with the default country', () => {
    expect(parsePhone('044 123 456', 'XK')).toBe('+38344123456')
    expect(parsePhone('00381 63 123 4567', 'XK')).toBe('+381631234567')
    expect(parsePhone('+355 69 123 4567', 'XK')).toBe('+355691234567')
    expect(parsePhone('12', 'XK')).toBeNull()
  })

  it('reads a number written with its country code and no + as operators export it', () => {
    expect(parsePhone('38344123456', 'XK')).toBe('+38344123456')
    expect(parsePhone('381631234567', 'XK')).toBe('+381631234567')
    expect(parsePhone('355691234567', 'XK')).toBe('+355691234567')
    // Without its 0, a national number stays national.
    expect(parsePhone('44123456', 'XK')).toBe('+38344123456')
  })

  it('never reads an id with letters as a phone number', () => {
    expect(parsePhone('C1231006815', 'XK')).toBeNull()
    expect(parsePhone('IMSI 219011234567890', 'XK')).toBeNull()
  })

  it('takes national id numbers for phones only when a column is bound so', () => {
    // A UK NHS number and a 10-digit Kosovo personal number are "possible" numbers…
    expect(parsePhone('943 476 5919', 'GB')).toBe('+449434765919')
    expect(parsePhone('1002003004', 'XK')).not.toBeNull()
    // …but in no allocated range, so suggestions do not take them for phones.
    expect(looksLikePhone('943 476 5919', 'GB')).toBe(false)
    expect(looksLikePhone('1002003004', 'XK')).toBe(false)
    expect(looksLikePhone('020 7946 0018', 'GB')).toBe(true)
    expect(looksLikePhone('044 961 001', 'XK')).toBe(true)
    expect(looksLikePhone('+38349555003', 'XK')).toBe(true)
  })

  it('reads bare subscriber ids, and nothing else, as ids', () => {
    for (const id of ['0', '846', 'C1231006815', 'IMSI 219011234567890', 'sub-17'])
      expect(parseSubscriberId(` ${id} `)).toBe(id)
    expect(parseSubscriberId('IMSI  2190')).toBe('IMSI 2190')
    for (const bad of [
      '',
      'Anonymous',
      'unknown',
      'a\u202eb1',
      '1\u0000',
      '1'.repeat(65),
      '-5',
      '#',
    ])
      expect([bad, parseSubscriberId(bad)]).toEqual([bad, null])
  })
})

describe('currencies', () => {
  it('reads ISO 4217 codes and common signs', () => {
    expect(parseCurrency('€')).toBe('EUR')
    expect(parseCurrency('chf')).toBe('CHF')
    expect(parseCurrency('RSD')).toBe('RSD')
    expect(parseCurrency('din.')).toBe('RSD')
    expect(parseCurrency('Lekë')).toBe('ALL')
    expect(parseCurrency('£')).toBe('GBP')
    expect(parseCurrency('euro')).toBeNull()
  })

  it('refuses three-letter country codes', () => {
    for (const code of ['GBR', 'SRB', 'DEU', 'KOS', 'ALB']) expect(parseCurrency(code)).toBeNull()
    expect(parseValue('currency', 'GBR', opts)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a currency \(accepted: ISO 4217 codes/),
    })
  })
})
