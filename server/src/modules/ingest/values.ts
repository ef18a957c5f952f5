import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { hasHostileChars } from '../common/validation.ts'

/** How a cell's text becomes a stored value. */
export const VALUE_TYPES = [
  'text',
  'integer',
  'number',
  'date',
  'datetime',
  'duration',
  'phone',
  'currency',
  'list',
] as const
export type ValueType = (typeof VALUE_TYPES)[number]

export interface ParseOptions {
  /** ISO 3166 country for phone numbers written without a country code. */
  country: string
  /** Decimal separator of amounts in the file: '.' or ','. */
  decimal: '.' | ','
  /** Date orders to try for numeric dates, e.g. DMY (31.12.2019) or YMD (2019-12-31). */
  dateOrder: 'DMY' | 'MDY' | 'YMD'
  /** IANA zone for date-times written without an offset (Kosovo and Serbia: Europe/Belgrade). */
  timeZone: string
  /** Start of a column of time offsets (ISO date-time), or null when the file has none. */
  epoch: string | null
  /** The unit of such offsets. */
  offsetUnit: 'seconds' | 'minutes' | 'hours' | 'days'
}

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string }
const ok = (value: unknown): Parsed => ({ ok: true, value })
const fail = (reason: string): Parsed => ({ ok: false, reason })

/** 1.234.567,89 / 1,234,567.89 / 1 234 567,89 / (12,50) with the file's decimal separator. */
export function parseNumber(text: string, decimal: '.' | ','): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '')
  let negative = false
  if (/^\(.*\)$/.test(s)) {
    negative = true
    s = s.slice(1, -1)
  }
  const thousands = decimal === ',' ? '.' : ','
  // A thousands separator must group by three; anything else is a typo we refuse.
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`)
  const plain = new RegExp(`^[-+]?\\d+(\\${decimal}\\d+)?$`)
  if (grouped.test(s)) s = s.split(thousands).join('')
  else if (!plain.test(s)) return null
  const n = Number(s.replace(decimal, '.'))
  if (!Number.isFinite(n)) return null
  return negative ? -n : n
}

const pad = (n: number) => String(n).padStart(2, '0')

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > last) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

const DATE = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?$/
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/

/** A calendar date in one of the usual written forms; the file's order decides 01.02 vs 02.01. */
export function parseDate(text: string, order: ParseOptions['dateOrder']): string | null {
  const s = text.trim()
  const m = DATE.exec(s)
  if (!m) return null
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (m[1]!.length === 4) return validDate(a, b, c)
  // Two-digit years: the nearest past century (85 → 1985, 19 → 2019), never the future.
  const century = c + 2000 > new Date().getUTCFullYear() ? 1900 : 2000
  const year = m[3]!.length <= 2 ? century + c : c
  return order === 'MDY' ? validDate(year, a, b) : validDate(year, b, a)
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

/** Minutes east of UTC that the zone has at that local time. */
function offsetMinutes(zone: string, utcGuess: number): number {
  const parts = formatter(zone).formatToParts(new Date(utcGuess))
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return Math.round((asUtc - Math.floor(utcGuess / 60_000) * 60_000) / 60_000)
}

/** A date and time; without an offset it is read in the file's time zone. ISO strings pass. */
export function parseDateTime(text: string, opts: ParseOptions): string | null {
  const s = text.trim()
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const t = Date.parse(s)
    return Number.isNaN(t) ? null : new Date(t).toISOString()
  }
  const [d, t = '00:00'] = s.split(/[\sT]+/, 2) as [string, string?]
  const date = parseDate(d, opts.dateOrder)
  const time = TIME.exec(t)
  if (!date || !time) return null
  const [h, mi, se] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)]
  if (h > 23 || mi > 59 || se > 59) return null
  const local = Date.parse(`${date}T${pad(h)}:${pad(mi)}:${pad(se)}Z`)
  const offset = offsetMinutes(opts.timeZone, local)
  return new Date(local - offset * 60_000).toISOString()
}

/** Seconds from 75, 75s, 1:15, 00:01:15 or 1m15s. */
export function parseDuration(text: string): number | null {
  const s = text.trim().toLowerCase()
  if (/^\d+$/.test(s)) return Number(s)
  if (/^\d+s$/.test(s)) return Number(s.slice(0, -1))
  const hms = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s)
  if (hms) return Number(hms[1] ?? 0) * 3600 + Number(hms[2]) * 60 + Number(hms[3])
  const units = /^(?:(\d+)h)?\s*(?:(\d+)m(?:in)?)?\s*(?:(\d+)s)?$/.exec(s)
  if (units && (units[1] || units[2] || units[3]))
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0)
  return null
}

// Call records repeat the same numbers thousands of times; parsing one is the costly part.
const phones = new Map<string, string | null>()

/** E.164, reading national numbers (044 123 456) in the file's default country. */
export function parsePhone(text: string, country: string): string | null {
  const key = `${country}|${text}`
  const known = phones.get(key)
  if (known !== undefined) return known
  if (phones.size > 200_000) phones.clear()
  const parsed = parsePhoneUncached(text, country)
  phones.set(key, parsed)
  return parsed
}

function parsePhoneUncached(text: string, country: string): string | null {
  const s = text.trim().replace(/^00/, '+')
  if (!/\d{5,}/.test(s.replace(/\D/g, ''))) return null
  const p = parsePhoneNumberFromString(s, country as CountryCode)
  return p && p.isPossible() ? p.number : null
}

const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', din: 'RSD' }

/** An ISO 4217 code from a code or a common sign. */
export function parseCurrency(text: string): string | null {
  const s = text.trim()
  const sign = CURRENCY_SIGNS[s.toLowerCase()] ?? CURRENCY_SIGNS[s]
  if (sign) return sign
  return /^[A-Za-z]{3}$/.test(s) ? s.toUpperCase() : null
}

/** As typed input is refused (common/validation.ts): such characters hide text from a reader. */
const CONTROL_CHARACTERS = 'control characters or bidirectional overrides are not allowed'

export function parseValue(type: ValueType, text: string, opts: ParseOptions): Parsed {
  const s = text.trim()
  switch (type) {
    case 'text':
      if (hasHostileChars(s)) return fail(CONTROL_CHARACTERS)
      return s.length > 2000 ? fail('longer than 2000 characters') : ok(s)
    case 'list':
      if (hasHostileChars(s)) return fail(CONTROL_CHARACTERS)
      return ok(
        s
          .split(/[;|]/)
          .map((x) => x.trim())
          .filter(Boolean),
      )
    case 'integer': {
      const n = parseNumber(s, opts.decimal)
      return n !== null && Number.isInteger(n) ? ok(n) : fail('not a whole number')
    }
    case 'number': {
      const n = parseNumber(s, opts.decimal)
      return n !== null ? ok(n) : fail('not a number')
    }
    case 'date': {
      const d = parseDate(s, opts.dateOrder)
      return d ? ok(d) : fail('not a date')
    }
    case 'datetime': {
      const d = parseDateTime(s, opts)
      return d ? ok(d) : fail('not a date and time')
    }
    case 'duration': {
      const d = parseDuration(s)
      return d !== null ? ok(d) : fail('not a duration')
    }
    case 'phone': {
      const p = parsePhone(s, opts.country)
      return p ? ok(p) : fail('not a phone number')
    }
    case 'currency': {
      const c = parseCurrency(s)
      return c ? ok(c) : fail('not a currency')
    }
  }
}
