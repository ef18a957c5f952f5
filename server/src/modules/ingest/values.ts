import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { hasHostileChars } from '../common/validation.ts'
import { readDate, readDateTime } from './dates.ts'

export { parseDate, parseDateTime } from './dates.ts'

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

/**
 * A cell read, or why not. `note`: read, but with something the import report lists
 * (value_flagged): a negative duration left empty, a bare number read as a time offset, Unix
 * time or an Excel serial. `value` undefined with a note leaves the field empty.
 */
export type Parsed = { ok: true; value: unknown; note?: string } | { ok: false; reason: string }
const ok = (value: unknown, note?: string): Parsed =>
  note === undefined ? { ok: true, value } : { ok: true, value, note }
const fail = (reason: string): Parsed => ({ ok: false, reason })

// Refusal reasons are shown to users and listed in reports: keep them stable.
const NOT_A_NUMBER =
  'not a number (accepted: 1234.5, 1,234.50 or 1.234,50 as the file writes decimals, (12), 12-, 5.6E7, £12, 12 EUR)'
const NOT_A_WHOLE_NUMBER = 'not a whole number (accepted: 846, 1,234 or 1.234, -12, (12), 12 EUR)'
const NOT_A_DURATION = 'not a duration (accepted: 75, 75.5, 1:15, 01:01:15, 1h 2m 3s, 75 sec)'
const NOT_A_PHONE =
  'not a phone number (accepted: +383 44 123 456, 00383…, 044 123 456 in the file’s country, 38344123456)'
const NOT_A_CURRENCY =
  'not a currency (accepted: ISO 4217 codes such as EUR, RSD, ALL; €, $, £, din., Lekë)'
/** As typed input is refused (common/validation.ts): such characters hide text from a reader. */
const CONTROL_CHARACTERS = 'control characters or bidirectional overrides are not allowed'

/** Real ISO 4217 codes: GBR, SRB or DEU are countries, not currencies. */
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'))
/** Signs and local words written for a currency, lowercase. `$` is taken as the US dollar. */
const CURRENCY_SIGNS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  us$: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₺': 'TRY',
  '₽': 'RUB',
  '₴': 'UAH',
  din: 'RSD',
  'din.': 'RSD',
  дин: 'RSD',
  'дин.': 'RSD',
  lek: 'ALL',
  lekë: 'ALL',
  leke: 'ALL',
  km: 'BAM',
  kn: 'HRK',
  ден: 'MKD',
  'ден.': 'MKD',
  лв: 'BGN',
  'лв.': 'BGN',
  zł: 'PLN',
  kč: 'CZK',
  ft: 'HUF',
  lei: 'RON',
}

/** An ISO 4217 code from a code (any case) or a common sign. */
export function parseCurrency(text: string): string | null {
  const s = text.normalize('NFC').trim()
  const sign = Object.hasOwn(CURRENCY_SIGNS, s.toLowerCase())
    ? CURRENCY_SIGNS[s.toLowerCase()]
    : undefined
  if (sign) return sign
  return /^[A-Za-z]{3}$/.test(s) && ISO_CURRENCIES.has(s.toUpperCase()) ? s.toUpperCase() : null
}

/** Takes one currency (code, sign or word) off the front or back of an amount. */
function peelCurrency(s: string): string | null {
  const front = /^(\p{Sc}|us\$|\p{L}{1,4}\.?)\s*(?=[\d(+\-.,])/iu.exec(s)
  if (front && parseCurrency(front[1]!)) return s.slice(front[0].length)
  const back = /(?<=[\d)\-.])\s*(\p{Sc}|\p{L}{1,4}\.?)$/iu.exec(s)
  if (back && parseCurrency(back[1]!)) return s.slice(0, back.index)
  return null
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Per decimal separator: the grouped forms (each separator groups by three) and the plain one. */
const SHAPES = Object.fromEntries(
  (['.', ','] as const).map((d) => {
    const point = escape(d)
    const groups = [d === ',' ? '.' : ',', ' ', "'", '\u2019'].map(
      (g) => [g, new RegExp(`^\\d{1,3}(${escape(g)}\\d{3})+(${point}\\d+)?$`)] as const,
    )
    return [d, { groups, plain: new RegExp(`^(\\d+(${point}\\d+)?|${point}\\d+)$`) }]
  }),
) as Record<'.' | ',', { groups: Array<readonly [string, RegExp]>; plain: RegExp }>

/**
 * An amount: 1.234.567,89 / 1,234,567.89 / 1 234 567,89 / 1'234.5 with the file's decimal
 * separator; 5.689852347E7; a currency before or after (£1,534.24, 1.534,24 €, EUR 1 234,56,
 * 12.000,00 din.); negatives as -12, (12,50), 12- or −12; a leading +. A thousands separator
 * must group by three: anything else is a typo and refused.
 */
export function parseNumber(text: string, decimal: '.' | ','): number | null {
  let s = text
    .normalize('NFC')
    .trim()
    .replace(/\u2212/g, '-')
  let signs = 0
  let negative = false
  let currency = false
  for (let changed = true; changed && s;) {
    changed = true
    const peeled = currency ? null : peelCurrency(s)
    if (peeled !== null) {
      currency = true
      s = peeled.trim()
    } else if (/^\(.*\)$/.test(s)) [s, negative, signs] = [s.slice(1, -1).trim(), true, signs + 1]
    else if (/^[-+]/.test(s)) [s, negative, signs] = [s.slice(1).trim(), s[0] === '-', signs + 1]
    else if (/\d-$/.test(s)) [s, negative, signs] = [s.slice(0, -1).trim(), true, signs + 1]
    else changed = false
  }
  if (signs > 1 || !s) return null
  let n: number
  if (/^\d+(?:[.,]\d+)?e[-+]?\d+$/i.test(s)) n = Number(s.replace(',', '.'))
  else {
    s = s.replace(/[\s\u00a0\u202f\u2009]/g, ' ')
    const shapes = SHAPES[decimal]
    const group = shapes.groups.find(([, re]) => re.test(s))?.[0]
    if (group) s = s.split(group).join('')
    else if (!shapes.plain.test(s)) return null
    n = Number(s.replace(decimal, '.'))
  }
  if (!Number.isFinite(n)) return null
  return negative ? -n : n
}

/**
 * Seconds, signed, from 75, 75.5 (rounded), 75s, 75 sec, 1:15 (m:ss), 1:01:15, 00:01:15.000,
 * 1h 2m 3s or 2 min; -1 stays -1 (parseValue leaves a negative duration empty, with a note).
 */
export function parseDuration(text: string): number | null {
  let s = text
    .trim()
    .toLowerCase()
    .replace(/\u2212/g, '-')
  const negative = s.startsWith('-')
  if (/^[-+]/.test(s)) s = s.slice(1).trim()
  let seconds: number | null = null
  const plain = /^(\d+(?:[.,]\d+)?)\s*(?:s|secs?|seconds?)?$/.exec(s)
  const hms = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/.exec(s)
  const units =
    /^(?:(\d+)\s*h(?:rs?|ours?)?)?\s*(?:(\d+)\s*m(?:ins?|inutes?)?)?\s*(?:(\d+(?:[.,]\d+)?)\s*s(?:ecs?|econds?)?)?$/.exec(
      s,
    )
  const num = (x: string | undefined) => Number((x ?? '0').replace(',', '.'))
  if (plain) seconds = num(plain[1])
  else if (hms && num(hms[3]) < 60 && (!hms[1] || num(hms[2]) < 60))
    seconds = num(hms[1]) * 3600 + num(hms[2]) * 60 + num(hms[3])
  else if (units && (units[1] || units[2] || units[3]))
    seconds = num(units[1]) * 3600 + num(units[2]) * 60 + num(units[3])
  if (seconds === null || !Number.isFinite(seconds)) return null
  const whole = Math.round(seconds)
  return negative && whole !== 0 ? -whole : whole
}

interface PhoneRead {
  number: string
  /** In a range the numbering plan has given out (libphonenumber's full metadata). */
  valid: boolean
}

// Call records repeat the same numbers thousands of times; parsing one is the costly part.
const phones = new Map<string, PhoneRead | null>()

function readPhone(text: string, country: string): PhoneRead | null {
  const key = `${country}|${text}`
  const known = phones.get(key)
  if (known !== undefined) return known
  if (phones.size > 200_000) phones.clear()
  const parsed = readPhoneUncached(text, country)
  phones.set(key, parsed)
  return parsed
}

function readPhoneUncached(text: string, country: string): PhoneRead | null {
  const s = text.trim().replace(/^00/, '+')
  // libphonenumber would read C1231006815 as a number: a letter means an id or a name.
  if (/\p{L}/u.test(s)) return null
  const digits = s.replace(/\D/g, '')
  if (digits.length < 5) return null
  const national = parsePhoneNumberFromString(s, country as CountryCode)
  // Operators write numbers as MSISDNs, the country code without a '+' (38344123456, 381631234567):
  // read so when that is a valid number and the digits are many (Kosovo's metadata allows fixed
  // lines of 12 digits, but one written without its 0 is far rarer than an MSISDN), the national
  // reading is not valid, or the digits start with the home country's code.
  if (/^[1-9]/.test(s) && digits.length >= 10) {
    const intl = parsePhoneNumberFromString(`+${digits}`)
    const home = national?.countryCallingCode
    if (
      intl?.isValid() &&
      (digits.length >= 11 || !national?.isValid() || (home && digits.startsWith(home)))
    )
      return { number: intl.number, valid: true }
  }
  return national && national.isPossible()
    ? { number: national.number, valid: national.isValid() }
    : null
}

/** E.164, reading national numbers (044 123 456) in the file's default country. */
export function parsePhone(text: string, country: string): string | null {
  return readPhone(text, country)?.number ?? null
}

/**
 * Whether a value surely is a phone number: possible is not enough for a suggestion (a UK NHS
 * number 943 476 5919 or a Kosovo personal number is "possible"), it must be in an allocated
 * range. Only suggestions use this; a column bound as phones still takes every possible number.
 */
export function looksLikePhone(text: string, country: string): boolean {
  return readPhone(text, country)?.valid ?? false
}

/**
 * A bare operator or subscriber id (0, 846, C1231006815, IMSI 219011234567890) for a phone
 * known by its id only: letters and digits with inner spaces or . _ : # / -, at least one digit
 * (so Anonymous or Unknown, as exports write a withheld number, are not one id), at most 64
 * characters. Null otherwise.
 */
export function parseSubscriberId(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ')
  if (!s || s.length > 64 || hasHostileChars(s) || !/\p{N}/u.test(s)) return null
  return /^[\p{L}\p{N}](?:[\p{L}\p{N} ._:#/-]*[\p{L}\p{N}])?$/u.test(s) ? s : null
}

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
      return n !== null && Number.isSafeInteger(n) ? ok(n) : fail(NOT_A_WHOLE_NUMBER)
    }
    case 'number': {
      const n = parseNumber(s, opts.decimal)
      return n !== null ? ok(n) : fail(NOT_A_NUMBER)
    }
    case 'date':
      return readDate(s, opts)
    case 'datetime':
      return readDateTime(s, opts)
    case 'duration': {
      const d = parseDuration(s)
      if (d === null) return fail(NOT_A_DURATION)
      // Real CDR exports write -1 for a call that was not answered: not a length, not fatal.
      if (d < 0)
        return ok(undefined, `negative duration ${d} (unanswered or missed call): left empty`)
      return ok(d)
    }
    case 'phone': {
      const p = parsePhone(s, opts.country)
      return p ? ok(p) : fail(NOT_A_PHONE)
    }
    case 'currency': {
      const c = parseCurrency(s)
      return c ? ok(c) : fail(NOT_A_CURRENCY)
    }
  }
}
