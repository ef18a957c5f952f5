import { describe, expect, it } from 'vitest'
import {
  parseCurrency,
  parseDate,
  parseDateTime,
  parseDuration,
  parseNumber,
  parsePhone,
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

describe('cell values', () => {
  it('reads amounts with the file’s separators and refuses misplaced groups', () => {
    expect(parseNumber('1.234.567,89', ',')).toBe(1234567.89)
    expect(parseNumber('1 234,5', ',')).toBe(1234.5)
    expect(parseNumber('1,234,567.89', '.')).toBe(1234567.89)
    expect(parseNumber('(12,50)', ',')).toBe(-12.5)
    expect(parseNumber('-300', '.')).toBe(-300)
    expect(parseNumber('1.23.4', ',')).toBeNull()
    expect(parseNumber('12a', '.')).toBeNull()
  })

  it('reads dates in the file’s order and refuses impossible ones', () => {
    expect(parseDate('31.12.2019', 'DMY')).toBe('2019-12-31')
    expect(parseDate('2019-12-31', 'DMY')).toBe('2019-12-31')
    expect(parseDate('12/31/19', 'MDY')).toBe('2019-12-31')
    expect(parseDate('29.02.2019', 'DMY')).toBeNull()
    expect(parseDate('31.12.2019.', 'DMY')).toBe('2019-12-31')
    expect(parseDate('03.05.85', 'DMY')).toBe('1985-05-03')
  })

  it('reads local date-times in the file’s zone, summer and winter', () => {
    expect(parseDateTime('15.01.2019 10:30:00', opts)).toBe('2019-01-15T09:30:00.000Z')
    expect(parseDateTime('15.07.2019 10:30', opts)).toBe('2019-07-15T08:30:00.000Z')
    expect(parseDateTime('2019-07-15T10:30:00+02:00', opts)).toBe('2019-07-15T08:30:00.000Z')
    expect(parseDateTime('15.07.2019 25:30', opts)).toBeNull()
  })

  it('reads durations in the usual forms', () => {
    expect(parseDuration('75')).toBe(75)
    expect(parseDuration('01:15')).toBe(75)
    expect(parseDuration('1:01:15')).toBe(3675)
    expect(parseDuration('1m 15s')).toBe(75)
    expect(parseDuration('soon')).toBeNull()
  })

  it('normalises phone numbers to E.164 with the default country', () => {
    expect(parsePhone('044 123 456', 'XK')).toBe('+38344123456')
    expect(parsePhone('00381 63 123 4567', 'XK')).toBe('+381631234567')
    expect(parsePhone('+355 69 123 4567', 'XK')).toBe('+355691234567')
    expect(parsePhone('12', 'XK')).toBeNull()
  })

  it('reads currencies as ISO codes', () => {
    expect(parseCurrency('€')).toBe('EUR')
    expect(parseCurrency('chf')).toBe('CHF')
    expect(parseCurrency('euro')).toBeNull()
  })
})
