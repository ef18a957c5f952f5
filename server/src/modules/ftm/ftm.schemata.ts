import { FAMILY_RELATIONS, type EntityKind, type LinkKind } from '@htwb/graph'
import { hasHostileChars } from '../common/validation.ts'
import { parseNumber, parsePhone } from '../ingest/index.ts'

/**
 * FollowTheMoney (github.com/alephdata/followthemoney) schemata ↔ this model, both directions.
 * One table drives import and export, so what survives a round trip is visible here.
 */

/** One FtM entity: every property value is a list of strings. */
export interface FtmEntity {
  id: string
  schema: string
  properties: Record<string, string[]>
}

/** How a value is read from FtM text and written back. */
export type ValueType =
  | 'text'
  | 'date'
  | 'datetime'
  | 'country'
  | 'number'
  | 'integer'
  | 'amount'
  | 'percent'
  | 'currency'
  | 'gender'
  | 'relation'
  | 'latitude'
  | 'longitude'

export interface PropMap {
  ftm: string
  ours: string
  type?: ValueType
  /** Read on import only; export writes the first map for `ours` whose `when` accepts the value. */
  importOnly?: boolean
  when?: (value: string) => boolean
  /**
   * Text joined into `ours` with this separator (after the value of an earlier map), not a
   * second value: streets into the address, summaries into the description. A value already
   * contained in the text is held by it and not added twice.
   */
  join?: string
  /** Joined as one piece `label: a, b` (names mentioned in a payment or an event). */
  label?: string
}

export interface EntitySchema {
  kind: EntityKind
  /** Values the schema itself says (a Company is an organisation of type COMPANY). */
  fixed?: Record<string, string>
  props: PropMap[]
}

/** An FtM interval (Ownership, Payment, …) that is a link here: `from` and `to` name its ends. */
export interface LinkSchema {
  link: LinkKind
  from: string[]
  to: string[]
  props: PropMap[]
}

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/
const ORG: PropMap[] = [
  { ftm: 'registrationNumber', ours: 'registrationNumber' },
  // Russia's OGRN is the state registration number (OpenSanctions carries it beside innCode).
  { ftm: 'ogrnCode', ours: 'registrationNumber', importOnly: true },
  { ftm: 'country', ours: 'country', type: 'country' },
  { ftm: 'jurisdiction', ours: 'country', type: 'country', importOnly: true },
]
/** Names an FtM record mentions: kept as a line of the description or reference, searchable there. */
const NAMES_MENTIONED = (ours: string, join: string): PropMap => ({
  ftm: 'namesMentioned',
  ours,
  importOnly: true,
  join,
  label: 'Names mentioned',
})
/**
 * An amount and its currency. On import these, amountEur and amountUsd are read together
 * (readMoney in ftm.import.ts): one amount in one currency; these maps write it back.
 */
const money = (ours: string): PropMap[] => [
  { ftm: 'amount', ours, type: 'amount' },
  { ftm: 'currency', ours: 'currency', type: 'currency' },
]
/** The FtM properties readMoney reads. */
export const MONEY = new Set(['amount', 'currency', 'amountEur', 'amountUsd'])
const TEXT: PropMap[] = [
  { ftm: 'description', ours: 'description', join: '\n' },
  { ftm: 'summary', ours: 'description', importOnly: true, join: '\n' },
  NAMES_MENTIONED('description', '\n'),
]
const asset = (assetType: string, ids: PropMap[]): EntitySchema => ({
  kind: 'Asset',
  fixed: { assetType },
  props: [...ids, ...money('value'), ...TEXT],
})

/** FtM entity schemata this model holds. `name` and `alias`, `phone` and `addressEntity` are handled in ftm.import.ts. */
export const ENTITY_SCHEMATA: Record<string, EntitySchema> = {
  Person: {
    kind: 'Person',
    // FtM has no data-subject category; CONTACT is what reads assume when none is stored, and
    // need-to-know and key matching compare the category, which must not be null there.
    fixed: { category: 'CONTACT' },
    props: [
      { ftm: 'firstName', ours: 'firstName' },
      { ftm: 'lastName', ours: 'lastName' },
      { ftm: 'birthDate', ours: 'dateOfBirth', type: 'date' },
      { ftm: 'nationality', ours: 'nationality', type: 'country' },
      { ftm: 'citizenship', ours: 'nationality', type: 'country', importOnly: true },
      { ftm: 'gender', ours: 'gender', type: 'gender' },
      { ftm: 'idNumber', ours: 'identifiers' },
      // Our identifiers do not say which document they come from: they leave as idNumber.
      { ftm: 'passportNumber', ours: 'identifiers', importOnly: true },
      { ftm: 'taxNumber', ours: 'identifiers', importOnly: true },
      { ftm: 'innCode', ours: 'identifiers', importOnly: true },
      { ftm: 'socialSecurityNumber', ours: 'identifiers', importOnly: true },
    ],
  },
  // FtM says nothing of what kind of organisation these are: OTHER (other or not known).
  LegalEntity: { kind: 'Organization', fixed: { orgType: 'OTHER' }, props: ORG },
  Organization: { kind: 'Organization', fixed: { orgType: 'OTHER' }, props: ORG },
  Company: { kind: 'Organization', fixed: { orgType: 'COMPANY' }, props: ORG },
  PublicBody: { kind: 'Organization', fixed: { orgType: 'INSTITUTION' }, props: ORG },
  Address: {
    kind: 'Location',
    fixed: { locType: 'ADDRESS' },
    props: [
      { ftm: 'full', ours: 'address' },
      // The parts join the full address where it lacks them, or make it, in the order
      // OpenSanctions writes it ("272 Pushkinskaya Street, Apt 41, Izhevsk, 426008").
      ...['street', 'street2', 'postOfficeBox', 'city', 'postalCode', 'region', 'state'].map(
        (ftm): PropMap => ({ ftm, ours: 'address', importOnly: true, join: ', ' }),
      ),
      { ftm: 'city', ours: 'municipality' },
      { ftm: 'country', ours: 'country', type: 'country' },
    ],
  },
  BankAccount: asset('BANK_ACCOUNT', [
    { ftm: 'iban', ours: 'identifier', when: (v) => IBAN.test(v) },
    { ftm: 'accountNumber', ours: 'identifier' },
  ]),
  RealEstate: asset('REAL_ESTATE', [
    { ftm: 'registrationNumber', ours: 'identifier' },
    { ftm: 'cadastralCode', ours: 'identifier', importOnly: true },
    { ftm: 'titleNumber', ours: 'identifier', importOnly: true },
  ]),
  Vehicle: asset('VEHICLE', [{ ftm: 'registrationNumber', ours: 'identifier' }]),
  Asset: asset('OTHER', []),
  Event: {
    kind: 'Event',
    // FtM events are of no type of ours (a trafficking stage, an arrest): OTHER.
    fixed: { eventType: 'OTHER' },
    props: [
      { ftm: 'date', ours: 'date', type: 'date' },
      { ftm: 'startDate', ours: 'date', type: 'date', importOnly: true },
      ...TEXT,
    ],
  },
}

/**
 * The schema a file names, looked up as an own key only: a name such as `__proto__`,
 * `constructor` or `toString` must not find Object.prototype's members.
 */
export const entitySchema = (name: string): EntitySchema | undefined =>
  Object.hasOwn(ENTITY_SCHEMATA, name) ? ENTITY_SCHEMATA[name] : undefined

/** Every interval has a period; ours is the link's validity. */
const PERIOD: PropMap[] = [
  { ftm: 'startDate', ours: 'validFrom', type: 'date' },
  { ftm: 'endDate', ours: 'validTo', type: 'date' },
]

export const LINK_SCHEMATA: Record<string, LinkSchema> = {
  Ownership: {
    link: 'OWNS',
    from: ['owner'],
    to: ['asset'],
    props: [{ ftm: 'percentage', ours: 'sharePercent', type: 'percent' }, ...PERIOD],
  },
  Directorship: { link: 'DIRECTOR_OF', from: ['director'], to: ['organization'], props: PERIOD },
  Membership: { link: 'MEMBER_OF', from: ['member'], to: ['organization'], props: PERIOD },
  Employment: { link: 'EMPLOYED_BY', from: ['employee'], to: ['employer'], props: PERIOD },
  Family: {
    link: 'FAMILY',
    from: ['person'],
    to: ['relative'],
    props: [{ ftm: 'relationship', ours: 'relation', type: 'relation' }, ...PERIOD],
  },
  Associate: { link: 'ASSOCIATE', from: ['person'], to: ['associate'], props: PERIOD },
  Payment: {
    link: 'PAID',
    // An account pays when no payer is named (PAID may join assets).
    from: ['payer', 'payerAccount'],
    to: ['beneficiary', 'beneficiaryAccount'],
    // amount, currency, amountEur and amountUsd: readMoney in ftm.import.ts.
    props: [
      ...money('amount'),
      { ftm: 'date', ours: 'at', type: 'datetime' },
      { ftm: 'purpose', ours: 'reference', join: '; ' },
      NAMES_MENTIONED('reference', '; '),
      ...PERIOD,
    ],
  },
}

export const linkSchema = (name: string): LinkSchema | undefined =>
  Object.hasOwn(LINK_SCHEMATA, name) ? LINK_SCHEMATA[name] : undefined

/** Calls join phone numbers here; the parties become USES_PHONE links of their numbers. */
export const CALL_PROPS: PropMap[] = [
  { ftm: 'date', ours: 'at', type: 'datetime' },
  { ftm: 'startDate', ours: 'at', type: 'datetime', importOnly: true },
  { ftm: 'duration', ours: 'durationSeconds', type: 'integer' },
]

/** Names beside the first: aliases of persons and organisations. */
export const ALIAS_PROPS = ['alias', 'previousName', 'weakAlias', 'abbreviation']
/** Parts of a person's name, held when a name or alias contains them (ours has no field). */
export const NAME_PARTS = ['middleName', 'fatherName', 'motherName', 'secondName']
/** Identification documents (Passport is one): their numbers become the holder's identifiers. */
export const IDENTIFICATIONS = new Set(['Identification', 'Passport'])
export const DOCUMENT_NUMBERS = ['number', 'passportNumber', 'personalNumber']

/** Properties read by ftm.import.ts itself (entity references, names, phones, points). */
export const HANDLED = new Set([
  'name',
  ...ALIAS_PROPS,
  ...NAME_PARTS,
  'address',
  'phone',
  'addressEntity',
  'involved',
  'latitude',
  'longitude',
  'callerNumber',
  'receiverNumber',
])

/** Our FAMILY relations from FtM's free-text relationship (lower case). */
const RELATIONS: Record<string, string> = {
  father: 'PARENT',
  mother: 'PARENT',
  son: 'CHILD',
  daughter: 'CHILD',
  brother: 'SIBLING',
  sister: 'SIBLING',
  husband: 'SPOUSE',
  wife: 'SPOUSE',
  cousin: 'RELATIVE',
  uncle: 'RELATIVE',
  aunt: 'RELATIVE',
  // OpenSanctions' "Family member of" (the "of" is cut before the lookup).
  'family member': 'RELATIVE',
  ...Object.fromEntries(FAMILY_RELATIONS.map((r) => [r.toLowerCase(), r])),
}

/** A value read: stored, not holdable here (`skip`, counted), or wrong (`error`, refuses the file). */
export type Read = { value: unknown } | { skip: string } | { error: string }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const PARTIAL_DATE = /^\d{4}(-\d{2})?$/
/** Decimal degrees; exponents, `Infinity` and `NaN` are not coordinates. */
const DEGREES = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const RANGE = { latitude: 90, longitude: 180 }
/** "25-50", "25 – 50", "25 to 50" (UK PSC bands as OpenSanctions carries them). */
const RANGE_OF_SHARES = /^\d+(\.\d+)?\s*(-|–|to)\s*\d+(\.\d+)?$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/

function calendarDay(text: string): string | null {
  const m = DAY.exec(text)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ok = y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1
  return ok && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() ? text : null
}

/** One FtM value as ours. FtM dates may be partial (1980, 1980-05): ours are whole days. */
export function readValue(type: ValueType, raw: string): Read {
  const text = raw.trim()
  switch (type) {
    case 'text':
      if (hasHostileChars(text))
        return { error: 'control characters or bidirectional overrides are not allowed' }
      return text.length > 2000 ? { error: 'longer than 2000 characters' } : { value: text }
    case 'date': {
      const day = calendarDay(text.slice(0, 10))
      if (day) return { value: day }
      return PARTIAL_DATE.test(text) ? { skip: 'partial date' } : { error: 'not a date' }
    }
    case 'datetime': {
      if (calendarDay(text)) return { value: `${text}T00:00:00.000Z` }
      const m = DATE_TIME.exec(text)
      // Without an offset FtM times are taken as UTC, and written back so.
      const t = m && calendarDay(m[1]!) ? Date.parse(`${m[1]}T${m[2]}${m[3] ?? 'Z'}`) : NaN
      if (!Number.isNaN(t)) return { value: new Date(t).toISOString() }
      return PARTIAL_DATE.test(text) ? { skip: 'partial date' } : { error: 'not a date' }
    }
    case 'country':
      return /^[a-z]{2}$/i.test(text) ? { value: text.toUpperCase() } : { skip: 'not ISO 3166' }
    case 'number':
    case 'integer': {
      const n = parseNumber(text, '.')
      if (n === null) return { error: 'not a number' }
      return { value: type === 'integer' ? Math.round(n) : n }
    }
    case 'amount': {
      // As the model holds amounts (links.service.ts, entities.validation.ts).
      const n = parseNumber(text, '.')
      if (n === null) return { error: 'not a number' }
      return n >= 0 && n <= 1e12 ? { value: n } : { error: 'not an amount (0 to 10^12)' }
    }
    case 'percent': {
      // Registries write shares as "50", "50%", "50.5 %" or "50,5"; a range cannot be one share.
      const bare = text.replace(/\s*%$/, '')
      if (RANGE_OF_SHARES.test(bare)) return { skip: 'a range, not one share' }
      const n = parseNumber(bare.replace(/^(\d+),(\d+)$/, '$1.$2'), '.')
      if (n === null) return { error: 'not a percentage' }
      return n >= 0 && n <= 100 ? { value: n } : { error: 'not a percentage (0 to 100)' }
    }
    case 'currency':
      return /^[a-z]{3}$/i.test(text) ? { value: text.toUpperCase() } : { error: 'not a currency' }
    case 'gender': {
      const g = text.toUpperCase()
      return ['MALE', 'FEMALE', 'OTHER'].includes(g)
        ? { value: g }
        : { error: 'not one of male, female, other' }
    }
    case 'relation': {
      const key = text.toLowerCase().replace(/\s+of$/, '')
      const r = Object.hasOwn(RELATIONS, key) ? RELATIONS[key] : undefined
      return r ? { value: r } : { skip: 'not a family relation here' }
    }
    case 'latitude':
    case 'longitude': {
      const n = DEGREES.test(text) ? Number(text) : NaN
      const max = RANGE[type]
      return Number.isFinite(n) && Math.abs(n) <= max
        ? { value: n }
        : { error: `not a ${type} (-${max} to ${max})` }
    }
  }
}

/** E.164 (FtM phones usually are); national numbers are read as Kosovo's. */
export const readPhone = (raw: string): string | null => parsePhone(raw, 'XK')

/** One of our stored values as FtM text. */
export function writeValue(type: ValueType, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  switch (type) {
    case 'datetime': {
      const iso = String(value)
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19)
    }
    case 'country':
    case 'gender':
    case 'relation':
      return value === 'UNKNOWN' ? null : String(value).toLowerCase()
    default:
      return String(value)
  }
}

/** The schema an entity of ours leaves as. */
export function exportSchema(kind: EntityKind, props: Record<string, unknown>): string | null {
  switch (kind) {
    case 'Person':
      return 'Person'
    case 'Organization':
      return props.orgType === 'COMPANY'
        ? 'Company'
        : props.orgType === 'INSTITUTION'
          ? 'PublicBody'
          : 'Organization'
    case 'Location':
      return 'Address'
    case 'Asset': {
      const byType: Record<string, string> = {
        BANK_ACCOUNT: 'BankAccount',
        REAL_ESTATE: 'RealEstate',
        VEHICLE: 'Vehicle',
      }
      const type = String(props.assetType)
      return Object.hasOwn(byType, type) ? byType[type]! : 'Asset'
    }
    case 'Event':
      return 'Event'
    default:
      return null
  }
}

/** FtM interval schema per link kind, for export. */
export const LINK_EXPORT: Partial<Record<LinkKind, string>> = Object.fromEntries(
  Object.entries(LINK_SCHEMATA).map(([schema, s]) => [s.link, schema]),
)

/**
 * Our properties as FtM ones, through `maps`: each value goes to the first exportable map for
 * its property that accepts it; lists become several values.
 */
export function writeProps(
  maps: PropMap[],
  props: Record<string, unknown>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const done = new Set<string>()
  for (const m of maps) {
    if (m.importOnly || done.has(m.ours)) continue
    const values = ([] as unknown[]).concat(props[m.ours] ?? [])
    const written = values
      .map((v) => writeValue(m.type ?? 'text', v))
      .filter((v): v is string => v !== null && (!m.when || m.when(v)))
    if (!written.length) continue
    out[m.ftm] = [...(out[m.ftm] ?? []), ...written]
    done.add(m.ours)
  }
  return out
}
