import { describe, expect, it } from 'vitest'
import {
  NOT_A_DATE,
  NOT_A_DATETIME,
  TIME_OFFSET,
  parseDate,
  parseDateTime,
  readDate,
  readDateTime,
  type DateOptions,
} from './dates.ts'

// Kosovo and Serbia: UTC+1 in winter, UTC+2 in summer.
const opts: DateOptions = {
  dateOrder: 'DMY',
  timeZone: 'Europe/Belgrade',
  epoch: null,
  offsetUnit: 'seconds',
}
const at = (text: string, o: Partial<DateOptions> = {}) => parseDateTime(text, { ...opts, ...o })

describe('dates as registries and banks write them', () => {
  it('reads numeric dates in the file’s order, year first always', () => {
    expect(parseDate('31.12.2019', 'DMY')).toBe('2019-12-31')
    expect(parseDate('31. 12. 2019.', 'DMY')).toBe('2019-12-31')
    expect(parseDate('12/31/19', 'MDY')).toBe('2019-12-31')
    expect(parseDate('01/02/2019', 'MDY')).toBe('2019-01-02')
    expect(parseDate('01/02/2019', 'DMY')).toBe('2019-02-01')
    expect(parseDate('2019-12-31', 'MDY')).toBe('2019-12-31')
    expect(parseDate('29.02.2019', 'DMY')).toBeNull()
    expect(parseDate('29.02.2020', 'DMY')).toBe('2020-02-29')
  })

  it('reads compact dates as year, month, day whatever the order', () => {
    expect(parseDate('20191231', 'MDY')).toBe('2019-12-31')
    expect(parseDate('20191331', 'DMY')).toBeNull()
  })

  it('reads month names in English, Albanian, Serbian Latin and Cyrillic, in any case', () => {
    const cases: Array<[string, string]> = [
      ['Mar 25, 2015', '2015-03-25'],
      ['March 25 2015', '2015-03-25'],
      ['25 Mar 2015', '2015-03-25'],
      ['25-MAR-2012', '2012-03-25'],
      ['01-JUN-2012', '2012-06-01'],
      ['01-JUN-12', '2012-06-01'],
      ['25. mart 2015.', '2015-03-25'],
      ['25. marta 2015.', '2015-03-25'],
      ['25 mars 2015', '2015-03-25'],
      ['25 qershor 2015', '2015-06-25'],
      ['25 Nëntor 2015', '2015-11-25'],
      ['25 nentor 2015', '2015-11-25'],
      ['25 dhjetorit 2015', '2015-12-25'],
      ['25. јун 2015.', '2015-06-25'],
      ['25. ЈУНА 2015.', '2015-06-25'],
      ['3. avgust 2015', '2015-08-03'],
      ['Tue, 24 Mar 2015', '2015-03-24'],
      ['2015-Mar-25', '2015-03-25'],
    ]
    for (const [text, date] of cases) expect([text, parseDate(text, 'DMY')]).toEqual([text, date])
  })

  it('lets a month name’s place, not the file’s order, say which number is the day', () => {
    expect(parseDate('Mar 5, 2015', 'DMY')).toBe('2015-03-05')
    expect(parseDate('5 Mar 2015', 'MDY')).toBe('2015-03-05')
  })

  it('refuses what is not a date, saying which forms are accepted', () => {
    for (const text of ['soon', '32 Mar 2015', 'Marchember 3 2015', '1985', '31.02.2019']) {
      expect(readDate(text, opts)).toEqual({ ok: false, reason: NOT_A_DATE })
    }
    expect(NOT_A_DATE).toMatch(/^not a date \(accepted: 31\.12\.2019, .*20191231.*25 Mar 2015/)
  })

  it('keeps the date of a registry’s date-time as written', () => {
    expect(parseDate('1985-05-03 00:00:00', 'DMY')).toBe('1985-05-03')
    expect(parseDate('1985-05-03T23:30:00-05:00', 'DMY')).toBe('1985-05-03')
  })
})

describe('date-times as operators write them', () => {
  it('reads local times in the file’s zone, summer and winter', () => {
    expect(at('15.01.2019 10:30:00')).toBe('2019-01-15T09:30:00.000Z')
    expect(at('15.07.2019 10:30')).toBe('2019-07-15T08:30:00.000Z')
    expect(at('2015-03-25 14:02:11')).toBe('2015-03-25T13:02:11.000Z')
    // The night clocks go forward (02:00 → 03:00 on 29 March 2015).
    expect(at('29.03.2015 01:59')).toBe('2015-03-29T00:59:00.000Z')
    expect(at('29.03.2015 03:00')).toBe('2015-03-29T01:00:00.000Z')
    expect(at('15.07.2019 25:30')).toBeNull()
    expect(at('15.07.2019 10:60')).toBeNull()
  })

  it('reads compact timestamps with and without seconds', () => {
    // 1 June 2006, eight minutes past midnight in Belgrade (UTC+2): 22:08 UTC the day before.
    const t = '2006-05-31T22:08:00.000Z'
    for (const text of [
      '20060601 0008',
      '20060601000800',
      '200606010008',
      '20060601T0008',
      '20060601T000800',
    ])
      expect([text, at(text)]).toEqual([text, t])
    expect(at('20060601')).toBe('2006-05-31T22:00:00.000Z')
    expect(at('20060601T000800Z')).toBe('2006-06-01T00:08:00.000Z')
  })

  it('reads month names with a time, AM/PM and Oracle’s dotted times', () => {
    expect(at('Mar 25, 2015 2:02 PM')).toBe('2015-03-25T13:02:00.000Z')
    expect(at('Mar 25, 2015 12:02:11 am')).toBe('2015-03-24T23:02:11.000Z')
    expect(at('25-MAR-2012 14:02')).toBe('2012-03-25T12:02:00.000Z')
    expect(at('25-MAR-12 02.02.11.000000 PM')).toBe('2012-03-25T12:02:11.000Z')
    expect(at('25. mart 2015. 14:02')).toBe('2015-03-25T13:02:00.000Z')
    expect(at('12/31/2019 12:30 AM', { dateOrder: 'MDY' })).toBe('2019-12-30T23:30:00.000Z')
    expect(at('13:00 PM 01.01.2019')).toBeNull()
    expect(at('01.01.2019 13:00 PM')).toBeNull()
  })

  it('keeps fractional seconds to the millisecond', () => {
    expect(at('2015-03-25 14:02:11.123456')).toBe('2015-03-25T13:02:11.123Z')
    expect(at('25.03.2015 14:02:11,5')).toBe('2015-03-25T13:02:11.500Z')
  })

  it('uses a written offset or zone instead of the file’s', () => {
    const utc = '2015-03-25T13:02:11.000Z'
    for (const text of [
      '2015-03-25T14:02:11+01:00',
      '2015-03-25 14:02:11 +0100',
      '2015-03-25 14:02:11+01',
      '2015-03-25 13:02:11Z',
      '2015-03-25 13:02:11 UTC',
      '25.03.2015 13:02:11 GMT',
      '25.03.2015 15:02:11 UTC+2',
      '25.03.2015 14:02:11 CET',
      'Wed, 25 Mar 2015 13:02:11 GMT',
    ])
      expect([text, at(text)]).toEqual([text, utc])
    expect(at('2015-03-25 14:02:11 +2500')).toBeNull()
  })

  it('reads a date alone as its midnight in the file’s zone', () => {
    expect(at('2015-03-25')).toBe('2015-03-24T23:00:00.000Z')
    expect(at('25 Mar 2015')).toBe('2015-03-24T23:00:00.000Z')
  })

  it('refuses text, saying which forms are accepted', () => {
    expect(readDateTime('yesterday', opts)).toEqual({ ok: false, reason: NOT_A_DATETIME })
    expect(NOT_A_DATETIME).toMatch(/^not a date and time \(accepted: .*20191231 1402.*Unix/)
  })
})

describe('bare numbers in a date column', () => {
  it('reads Unix seconds (9–10 digits) and milliseconds (13, or 12 that are no compact date)', () => {
    const t = '2015-03-25T14:02:11.000Z'
    expect(readDateTime('1427292131', opts)).toEqual({
      ok: true,
      value: t,
      note: 'Unix time in seconds',
    })
    expect(at('1427292131000')).toBe(t)
    expect(at('999999999999')).toBe('2001-09-09T01:46:39.999Z')
    expect(readDate('1427292131', opts)).toMatchObject({ ok: true, value: '2015-03-25' })
    // Late evening UTC is already the next day in Belgrade.
    expect(parseDate('1427317200', opts)).toBe('2015-03-25')
    expect(parseDate('1427324400', opts)).toBe('2015-03-26')
  })

  it('reads Excel serial days: with a fraction for a time, whole only in a date column', () => {
    // 43830 is 2019-12-31 in Excel; .5 is noon, in the file's zone (UTC+1 in December).
    expect(readDateTime('43830.5', opts)).toEqual({
      ok: true,
      value: '2019-12-31T11:00:00.000Z',
      note: 'Excel serial day number',
    })
    expect(readDate('43830', opts)).toEqual({
      ok: true,
      value: '2019-12-31',
      note: 'Excel serial day number',
    })
    expect(parseDate('43830.75', opts)).toBe('2019-12-31')
    // A whole number in a date-time column is more likely an offset than a midnight.
    expect(readDateTime('43830', opts)).toEqual({ ok: false, reason: TIME_OFFSET })
    // Below 10000 (1927) a serial is not plausible.
    expect(readDate('9999', opts)).toEqual({ ok: false, reason: TIME_OFFSET })
  })

  it('refuses small numbers without a start, saying they look like time offsets', () => {
    for (const text of ['0', '184', '2416399', '743', '-1', '12.5'])
      expect([text, readDateTime(text, opts)]).toEqual([text, { ok: false, reason: TIME_OFFSET }])
    expect(TIME_OFFSET).toMatch(/^looks like a time offset .*choose the start/)
    expect(readDateTime('12345678901', opts)).toEqual({ ok: false, reason: NOT_A_DATETIME })
  })

  it('counts offsets from the chosen start in the chosen unit, with a note', () => {
    const copenhagen = { epoch: '2013-01-01T00:00:00Z', offsetUnit: 'seconds' as const }
    expect(readDateTime('184', { ...opts, ...copenhagen })).toEqual({
      ok: true,
      value: '2013-01-01T00:03:04.000Z',
      note: 'time offset in seconds from 2013-01-01T00:00:00Z',
    })
    expect(at('2416399', copenhagen)).toBe('2013-01-28T23:13:19.000Z')
    const paysim = { epoch: '2020-01-01T00:00:00+01:00', offsetUnit: 'hours' as const }
    expect(at('1', paysim)).toBe('2020-01-01T00:00:00.000Z')
    expect(at('743', paysim)).toBe('2020-01-31T22:00:00.000Z')
    expect(parseDate('743', { ...opts, ...paysim })).toBe('2020-01-31')
    expect(at('-2', { ...paysim, offsetUnit: 'days' })).toBe('2019-12-29T23:00:00.000Z')
    // Written dates keep their meaning when a start is set.
    expect(at('2015-03-25 14:02:11', copenhagen)).toBe('2015-03-25T13:02:11.000Z')
  })
})
