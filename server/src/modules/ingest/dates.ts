/**
 * Dates and date-times as operators, banks and registries write them. Each form is explicit
 * (no guessing parser): a cell either matches one of the forms below or is refused with the
 * forms that would have been accepted.
 *
 * - numeric with separators: 31.12.2019, 31. 12. 2019., 12/31/19, 2019-12-31 (the file's order
 *   decides 01.02 vs 02.01; a four-digit first part is always year-month-day)
 * - compact, always year-month-day: 20191231, 20191231 1402, 20191231T140211, 201912311402,
 *   20191231140211
 * - month names in English, Albanian, Serbian (Latin and Cyrillic, nominative and genitive) and
 *   German, full or abbreviated, any case: Mar 25, 2015 · 25 Mar 2015 · 25-MAR-12 ·
 *   25. mart 2015. · 25. марта 2015. · 25 qershor 2015 · Tue, 25 Mar 2015. Where the month name
 *   stands says the order, never the file's setting.
 * - a time after the date: 14:02, 14:02:11, 14:02:11.123, 2:02 PM, Oracle's 02.02.11.000000 PM;
 *   then an optional zone: Z, +01:00, +0100, +01, UTC, GMT, UTC+1, CET, CEST, EET, EEST. Without
 *   one the file's time zone applies.
 * - plain numbers (see plainNumber): a time offset when the file has a start (epoch), Unix time,
 *   an Excel serial day; anything else is refused, and a small one says it looks like an offset.
 */

export interface DateOptions {
  dateOrder: 'DMY' | 'MDY' | 'YMD'
  timeZone: string
  epoch: string | null
  offsetUnit: 'seconds' | 'minutes' | 'hours' | 'days'
}

export type DateRead = { ok: true; value: string; note?: string } | { ok: false; reason: string }

// Refusal reasons are shown to users and listed in reports: keep them stable.
const DATE_FORMS = '31.12.2019, 12/31/2019, 2019-12-31, 20191231, 25 Mar 2015, 25. mart 2015.'
export const NOT_A_DATE = `not a date (accepted: ${DATE_FORMS}, Excel serial)`
export const NOT_A_DATETIME =
  'not a date and time (accepted: 31.12.2019 14:02, 2019-12-31T14:02:11+01:00, 20191231 1402, ' +
  'Mar 25, 2015 2:02 PM, Unix seconds, Excel serial with a fraction)'
export const TIME_OFFSET =
  'looks like a time offset (seconds or steps from a start the file does not give): choose ' +
  'the start to read it (accepted otherwise: 2019-12-31 14:02, 20191231 1402, Unix seconds)'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

type Ymd = [number, number, number]

function validYmd(y: number, m: number, d: number): Ymd | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d > last ? null : [y, m, d]
}

const ymdText = ([y, m, d]: Ymd) => `${y}-${pad(m)}-${pad(d)}`

// Two-digit years: the nearest past century (85 → 1985, 19 → 2019), never the future.
const fullYear = (digits: string) => {
  const c = Number(digits)
  if (digits.length > 2) return c
  return c + 2000 > new Date().getUTCFullYear() ? 1900 + c : 2000 + c
}

const strip = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * Month words, by month: English, Albanian, Serbian Latin and Cyrillic (nominative and the
 * genitive dates use: 25. marta), German; accents are ignored when looking one up (nëntor).
 */
const MONTH_WORDS = [
  'january jan janar januar januara јануар јануара јан jänner',
  'february feb shkurt shk februar februara фебруар фебруара феб',
  'march mar mars mart marta март марта мар märz maerz',
  'april apr prill pri aprila април априла апр',
  'may maj maja мај маја mai',
  'june jun qershor qer juni juna јун јуни јуна',
  'july jul korrik kor juli jula јул јули јула',
  'august aug gusht gus avgust avgusta avg август августа авг',
  'september sep sept shtator sht septembar septembra септембар септембра сеп',
  'october oct tetor tet oktobar oktobra okt октобар октобра окт oktober',
  'november nov nëntor nën novembar novembra новембар новембра нов',
  'december dec dhjetor dhj decembar decembra децембар децембра дец dezember dez',
].map((m) => m.split(' '))
// Albanian writes the month definite or genitive too: marsi, i marsit, korriku, korrikut.
const ALBANIAN =
  'janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor'.split(' ')
const MONTHS = new Map<string, number>()
MONTH_WORDS.forEach((words, i) => {
  for (const w of words) MONTHS.set(strip(w), i + 1)
  const sq = ALBANIAN[i]!
  const ends = sq.endsWith('k') ? ['u', 'ut'] : ['i', 'it']
  for (const e of ends) MONTHS.set(strip(sq + e), i + 1)
})
const WEEKDAYS = new Set(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [
    d,
    d.slice(0, 3),
  ]),
)

const NUMERIC = /^(\d{1,4})[./-]\s?(\d{1,2})[./-]\s?(\d{1,4})\.?$/

function numericDate(s: string, order: DateOptions['dateOrder']): Ymd | null {
  const m = NUMERIC.exec(s)
  if (!m) return null
  const [a, b] = [Number(m[1]), Number(m[2])]
  if (m[1]!.length === 4) return validYmd(a, b, Number(m[3]))
  const year = fullYear(m[3]!)
  return order === 'MDY' ? validYmd(year, a, b) : validYmd(year, b, a)
}

function monthNameDate(s: string): Ymd | null {
  const tokens = s.split(/[\s,./-]+/).filter(Boolean)
  if (tokens.length === 4 && WEEKDAYS.has(strip(tokens[0]!))) tokens.shift()
  if (tokens.length !== 3) return null
  const at = tokens.findIndex((t) => !/^\d+$/.test(t))
  const month = at < 0 ? undefined : MONTHS.get(strip(tokens[at]!))
  if (!month || tokens.some((t, i) => i !== at && !/^\d+$/.test(t))) return null
  const [x, y] = tokens.filter((_, i) => i !== at) as [string, string]
  if (at === 0 && x.length <= 2) return validYmd(fullYear(y), month, Number(x)) // Mar 25, 2015
  if (at === 1 && x.length === 4 && y.length <= 2) return validYmd(Number(x), month, Number(y))
  if (at === 1 && x.length <= 2) return validYmd(fullYear(y), month, Number(x)) // 25 Mar 2015
  return null
}

/** The calendar date a text names, without its time. */
function calendarDate(s: string, order: DateOptions['dateOrder']): Ymd | null {
  if (/^\d{8}$/.test(s)) return validYmd(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8))
  return numericDate(s, order) ?? monthNameDate(s)
}

interface Local {
  date: Ymd
  h: number
  mi: number
  se: number
  ms: number
}

const COMPACT = /^(\d{8})(?:[T\s]?(\d{2})(\d{2})(\d{2})?(?:[.,](\d{1,9}))?)?$/i
const TIME_END =
  /^(.+?)(?:T|[\s,]+)(\d{1,2})([:.])(\d{2})(?:\3(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([ap])\.?\s?m\.?)?$/i

function clock(date: Ymd | null, h: number, mi: number, se: number, frac: string | undefined) {
  if (!date || h > 23 || mi > 59 || se > 59) return null
  return { date, h, mi, se, ms: frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0 }
}

/** A date with a time (midnight when only a date is written, unless a time is required). */
function localParts(s: string, order: DateOptions['dateOrder'], needTime: boolean): Local | null {
  const c = COMPACT.exec(s)
  if (c) {
    if (needTime && !c[2]) return null
    const d = calendarDate(c[1]!, order)
    return clock(d, Number(c[2] ?? 0), Number(c[3] ?? 0), Number(c[4] ?? 0), c[5])
  }
  const t = TIME_END.exec(s)
  if (t) {
    let h = Number(t[2])
    if (t[7]) {
      if (h < 1 || h > 12) return null
      h = (h % 12) + (t[7].toLowerCase() === 'p' ? 12 : 0)
    }
    const date = calendarDate(t[1]!.replace(/,$/, '').trim(), order)
    return clock(date, h, Number(t[4]), Number(t[5] ?? 0), t[6])
  }
  if (needTime) return null
  const date = calendarDate(s, order)
  return date && { date, h: 0, mi: 0, se: 0, ms: 0 }
}

const ZONE = /\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|CES?T|EES?T)$/i
const NAMED_ZONES: Record<string, number> = { CET: 60, CEST: 120, EET: 120, EEST: 180 }

/** Minutes east of UTC a written zone says. */
function zoneMinutes(z: string): number | null {
  const u = z.toUpperCase()
  if (u === 'Z') return 0
  if (Object.hasOwn(NAMED_ZONES, u)) return NAMED_ZONES[u]!
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(u)
  if (!m) return 0 // plain UTC or GMT
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  return minutes > 14 * 60 ? null : m[1] === '-' ? -minutes : minutes
}

// Building a formatter costs far more than using one; a file has one zone.
const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (zone: string) => {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(zone, f)
  }
  return f
}

/** The wall clock of an instant in a zone, as if it were UTC. */
function wallClock(zone: string, t: number): number {
  const parts = formatter(zone).formatToParts(new Date(t))
  const get = (k: string) => Number(parts.find((p) => p.type === k)?.value)
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
}

const offsets = new Map<string, number>()
/** Milliseconds a zone's clock is ahead of UTC at an instant (zones change on the hour). */
function offsetAt(zone: string, t: number): number {
  const hour = Math.floor(t / 3_600_000)
  const key = `${zone}|${hour}`
  let o = offsets.get(key)
  if (o === undefined) {
    if (offsets.size > 100_000) offsets.clear()
    o = wallClock(zone, hour * 3_600_000) - hour * 3_600_000
    offsets.set(key, o)
  }
  return o
}

/** The instant a wall-clock time has in a zone (checked twice, for the days clocks change). */
function inZone(zone: string, local: number): number {
  const t = local - offsetAt(zone, local)
  return local - offsetAt(zone, t)
}

const localDate = (zone: string, t: number) =>
  new Date(wallClock(zone, t)).toISOString().slice(0, 10)

const instantOf = (l: Local, zone: string | null, tz: string) => {
  const [y, m, d] = l.date
  const local = Date.UTC(y, m - 1, d, l.h, l.mi, l.se, l.ms)
  if (zone === null) return inZone(tz, local)
  const offset = zoneMinutes(zone)
  return offset === null ? null : local - offset * 60_000
}

/** A written date and time (not a bare number): its instant, or null. */
function writtenDateTime(s: string, opts: DateOptions): number | null {
  const z = ZONE.exec(s)
  if (z) {
    const l = localParts(s.slice(0, z.index).trim(), opts.dateOrder, true)
    if (l) return instantOf(l, z[1]!, opts.timeZone)
  }
  const l = localParts(s, opts.dateOrder, false)
  return l && instantOf(l, null, opts.timeZone)
}

const UNIT_MS = { seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 }
const PLAIN = /^([+-]?)(\d+)(?:[.,](\d+))?$/
/** Excel serial days accepted: 10000 (1927-05-18) to 73050 (2099-12-31). */
const EXCEL_MIN = 10_000
const EXCEL_MAX = 73_050
const EXCEL_DAY0 = Date.UTC(1899, 11, 30)

type NumberRead =
  | { ok: true; instant: number; date?: string; note: string | undefined }
  | { ok: false; reason: string }

/**
 * A bare number in a date or date-time column. Digits decide, in this order:
 * - the file has a start (epoch): up to 8 digits (signed, with a fraction) count offsetUnit from it
 * - 8 digits: YYYYMMDD; 12: YYYYMMDDhhmm (else Unix milliseconds); 14: YYYYMMDDhhmmss
 * - 9 or 10 digits: Unix seconds (1973–2286); 13: Unix milliseconds
 * - 5 digits from 10000 to 73050: an Excel serial day, in a date-time column only with a
 *   fraction (a whole one there is more likely an offset than a midnight)
 * - anything else up to 8 digits: refused as looking like a time offset (a year alone in a date
 *   column as not a date); longer: not a date
 * Every reading but the compact dates carries a note, so the report lists how it was read.
 */
function plainNumber(s: string, opts: DateOptions, kind: 'date' | 'datetime'): NumberRead | null {
  const m = PLAIN.exec(s)
  if (!m) return null
  const [, sign, int, frac] = m as unknown as [string, string, string, string | undefined]
  const value = Number(`${sign}${int}.${frac ?? 0}`)
  const refuse = kind === 'date' ? NOT_A_DATE : NOT_A_DATETIME
  if (opts.epoch && int.length <= 8) {
    const start = Date.parse(opts.epoch)
    if (Number.isNaN(start)) return { ok: false, reason: refuse }
    const instant = Math.round(start + value * UNIT_MS[opts.offsetUnit])
    const note = `time offset in ${opts.offsetUnit} from ${opts.epoch}`
    return { ok: true, instant, note }
  }
  const plain = !sign && !frac
  const compact = (len: number) => {
    if (!plain || int.length !== len) return null
    const l = localParts(len === 8 ? int : `${int.slice(0, 8)}T${int.slice(8)}`, 'YMD', false)
    return (
      l && {
        ok: true as const,
        instant: instantOf(l, null, opts.timeZone)!,
        date: ymdText(l.date),
        note: undefined,
      }
    )
  }
  const read = compact(8) ?? compact(12) ?? compact(14)
  if (read) return read
  if (!sign && (int.length === 9 || int.length === 10))
    return { ok: true, instant: Math.round(value * 1000), note: 'Unix time in seconds' }
  if (!sign && (int.length === 12 || int.length === 13))
    return { ok: true, instant: Math.round(value), note: 'Unix time in milliseconds' }
  if (
    !sign &&
    int.length === 5 &&
    value >= EXCEL_MIN &&
    value < EXCEL_MAX + 1 &&
    (frac || kind === 'date')
  ) {
    const days = Math.floor(value)
    const wall = EXCEL_DAY0 + days * 86_400_000 + Math.round((value - days) * 86_400_000)
    const date = new Date(EXCEL_DAY0 + days * 86_400_000).toISOString().slice(0, 10)
    return { ok: true, instant: inZone(opts.timeZone, wall), date, note: 'Excel serial day number' }
  }
  // A year alone (a registry's 1985) is a date not known to the day, not an offset.
  const year = kind === 'date' && plain && int.length === 4 && value >= 1900 && value <= 2100
  return { ok: false, reason: int.length <= 8 && !opts.epoch && !year ? TIME_OFFSET : refuse }
}

const clean = (text: string) => text.trim().replace(/[\s\u00a0\u202f]+/g, ' ')

/** A date and time as an ISO instant, with a note when a bare number was interpreted. */
export function readDateTime(text: string, opts: DateOptions): DateRead {
  const s = clean(text)
  const n = plainNumber(s, opts, 'datetime')
  if (n) return n.ok ? { ok: true, value: new Date(n.instant).toISOString(), note: n.note } : n
  const t = writtenDateTime(s, opts)
  return t === null || Number.isNaN(t)
    ? { ok: false, reason: NOT_A_DATETIME }
    : { ok: true, value: new Date(t).toISOString() }
}

/**
 * A calendar date. A written time (a registry's 1985-05-03 00:00:00) is dropped, the date kept
 * as written; a bare number that names an instant gives its date in the file's time zone.
 */
export function readDate(text: string, opts: DateOptions): DateRead {
  const s = clean(text)
  const n = plainNumber(s, opts, 'date')
  if (n) {
    if (!n.ok) return n
    return { ok: true, value: n.date ?? localDate(opts.timeZone, n.instant), note: n.note }
  }
  const z = ZONE.exec(s)
  const l =
    (z && localParts(s.slice(0, z.index).trim(), opts.dateOrder, true)) ??
    localParts(s, opts.dateOrder, false)
  return l ? { ok: true, value: ymdText(l.date) } : { ok: false, reason: NOT_A_DATE }
}

const ORDER_ONLY: Omit<DateOptions, 'dateOrder'> = {
  timeZone: 'UTC',
  epoch: null,
  offsetUnit: 'seconds',
}

/** A calendar date (YYYY-MM-DD) in one of the written forms above, or null. */
export function parseDate(
  text: string,
  opts: DateOptions['dateOrder'] | DateOptions,
): string | null {
  const r = readDate(text, typeof opts === 'string' ? { ...ORDER_ONLY, dateOrder: opts } : opts)
  return r.ok ? r.value : null
}

/** A date and time as an ISO instant; without a written zone it is read in the file's one. */
export function parseDateTime(text: string, opts: DateOptions): string | null {
  const r = readDateTime(text, opts)
  return r.ok ? r.value : null
}
