/** Numbers as they appear in records: phone numbers, IMEIs, identity documents, IBANs. */
import type { Sex } from './names.ts'
import type { Rng } from './random.ts'

const PHONE_PREFIXES: Record<string, readonly string[]> = {
  XK: ['+38344', '+38349', '+38345'],
  AL: ['+35567', '+35568', '+35569'],
  RS: ['+38163', '+38164', '+38165'],
  MD: ['+37368', '+37369', '+37379'],
  UA: ['+38050', '+38067', '+38093'],
  RO: ['+4072', '+4074', '+4075'],
}
const PHONE_DIGITS: Record<string, number> = { XK: 6, AL: 7, RS: 7, MD: 6, UA: 7, RO: 7 }

/** An E.164 mobile number of a country (Kosovo's +383 when unknown). */
export function phoneNumber(rng: Rng, country: string): string {
  const prefixes = PHONE_PREFIXES[country] ?? (PHONE_PREFIXES['XK'] as readonly string[])
  return rng.pick(prefixes) + rng.digits(PHONE_DIGITS[country] ?? 6)
}

/** Luhn check digit, for IMEIs. */
export function luhn(digits: string): string {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

export function imei(rng: Rng): string {
  const body = '35' + rng.digits(12)
  return body + luhn(body)
}

/** ISO 13616 check digits for a Kosovo IBAN (XK = 33 20), printed in groups of four. */
export function iban(bban: string): string {
  let r = 0
  for (const ch of `${bban}332000`) r = (r * 10 + Number(ch)) % 97
  const check = String(98 - r).padStart(2, '0')
  return `XK${check}${bban}`.replace(/(.{4})/g, '$1 ').trim()
}

/** Serbian JMBG (DDMMYYY RR BBB K) with a Kosovo region code 91–96 and its check digit. */
function jmbg(rng: Rng, dob: string, sex: Sex): string {
  const [y, m, d] = dob.split('-') as [string, string, string]
  const serial = String(sex === 'MALE' ? rng.int(0, 499) : rng.int(500, 999)).padStart(3, '0')
  const base = `${d}${m}${y.slice(1)}9${rng.int(1, 6)}${serial}`
  const w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  const k = 11 - (w.reduce((acc, wi, i) => acc + wi * Number(base[i]), 0) % 11)
  return `JMBG ${base}${k > 9 ? 0 : k}`
}

/** Identity-document numbers as recorded: Kosovo personal no., Serbian JMBG, passports. */
export function identifiers(rng: Rng, nationality: string, dob: string, sex: Sex): string[] {
  const [y, m, d] = dob.split('-') as [string, string, string]
  const letter = () => String.fromCharCode(65 + rng.int(0, 25))
  switch (nationality) {
    case 'XK':
      return rng.chance(0.85) ? [`PN 1${rng.digits(9)}`] : []
    case 'RS':
      return [jmbg(rng, dob, sex)]
    case 'AL':
      return [`NID ${rng.pick(['I', 'J', 'K'])}${rng.digits(8)}${letter()}`]
    case 'MD': {
      const pass = rng.chance(0.6) ? [`PP ${rng.pick(['AB', 'BA'])}${rng.digits(7)}`] : []
      return [`IDNP 2${rng.digits(12)}`, ...pass]
    }
    case 'UA':
      return [`PP ${rng.pick(['FE', 'FK', 'EK', 'KM'])}${rng.digits(6)}`]
    case 'RO': {
      const century = Number(y) >= 2000 ? 4 : 0
      return [`CNP ${(sex === 'MALE' ? 1 : 2) + century}${y.slice(2)}${m}${d}${rng.digits(6)}`]
    }
    default:
      return []
  }
}
