import { describe, expect, it } from 'vitest'
import { parseDate, parseDateTime } from './scalars.ts'

const codeOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return (e as { extensions: { code: string } }).extensions.code
  }
  return 'no error'
}

describe('Date and DateTime scalars', () => {
  it('accepts real calendar dates', () => {
    expect(parseDate('2013-02-28')).toBe('2013-02-28')
    expect(parseDate('2012-02-29')).toBe('2012-02-29')
  })

  it.each([
    '2013-02-29',
    '2013-13-01',
    '13/02/2013',
    '2013-2-1',
    '1899-12-31',
    '',
    '2013-02-28T00:00',
  ])('refuses %j with input/malformed_date', (v) =>
    expect(codeOf(() => parseDate(v))).toBe('input/malformed_date'),
  )

  it('refuses non-strings', () => {
    expect(codeOf(() => parseDate(20130228))).toBe('input/malformed_date')
  })

  it('normalises date-times to UTC', () => {
    expect(parseDateTime('2013-05-01T10:00:00+02:00')).toBe('2013-05-01T08:00:00.000Z')
    expect(codeOf(() => parseDateTime('2013-05-01 10:00'))).toBe('input/malformed_date')
    expect(codeOf(() => parseDateTime('2013-02-30T10:00:00Z'))).toBe('input/malformed_date')
  })
})
