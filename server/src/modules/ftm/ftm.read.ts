import type { EntityKind } from '@htwb/graph'
import { hasHostileChars } from '../common/validation.ts'
import { MAX_LISTED_ERRORS, type RowError } from '../ingest/index.ts'
import {
  ALIAS_PROPS,
  HANDLED,
  MONEY,
  NAME_PARTS,
  readValue,
  type FtmEntity,
  type PropMap,
} from './ftm.schemata.ts'

/** An entity of the file with the line it starts on (fragments of one id are merged). */
export interface FtmLine {
  line: number
  entity: FtmEntity
}

/**
 * Collects errors as the CSV importer does (all counted, the first MAX_LISTED_ERRORS listed),
 * and what the model cannot hold: values by "Schema.property (why)", links and entities by
 * schema. Nothing of the file is dropped without a count here.
 */
export class Problems {
  errors: RowError[] = []
  count = 0
  skipped: Record<string, number> = Object.create(null) as Record<string, number>
  fail(line: number, field: string, reason: string, column: string | null = null) {
    this.count++
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push({ line, column, field, reason })
  }
  skip(what: string, n = 1) {
    if (n > 0) this.skipped[what] = (this.skipped[what] ?? 0) + n
  }
}

/** Longest name (and FtM id) kept, as for names typed in the workbench. */
export const MAX_NAME = 200
/** Longest text a join makes (descriptions hold 2000 characters). */
const MAX_JOINED = 2000
const LISTS = new Set(['aliases', 'identifiers'])

/** Letters and digits only, in lower case, as words: "Ул. Ленина, д.40" → " ул ленина д 40 ". */
const words = (s: string) =>
  ` ${s
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `
/**
 * Whether `text` already says `value`: the same words in the same order, case and punctuation
 * aside ("IZHEVSK, 426008" in "272 Pushkinskaya St., Izhevsk, 426008"). Then `value` is held by
 * it, not lost. A value of punctuation only says nothing.
 */
export const holds = (text: unknown, value: string): boolean =>
  words(value) === '  ' || (typeof text === 'string' && words(text).includes(words(value)))

/** A display name within the model's 200 characters; the full text stays in its own field. */
export const displayName = (text: string): string =>
  text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text

/**
 * Mapped properties. Single-valued ones take the first value (a later one the first or one of
 * the entity's `names` contains is held by it; another is counted), lists gather distinct values, joins append what the text
 * lacks. Properties no map, money reader or HANDLED entry reads are counted, value by value.
 */
export function readProps(
  problems: Problems,
  { line, entity }: FtmLine,
  maps: PropMap[],
  refs: readonly string[],
  handled: ReadonlySet<string> = new Set(),
  names: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const withMoney = maps.some((m) => MONEY.has(m.ftm))
  for (const m of maps) {
    if (MONEY.has(m.ftm)) continue
    const field = `${entity.schema}.${m.ftm}`
    const pieces: string[] = []
    for (const raw of entity.properties[m.ftm] ?? []) {
      const r = readValue(m.type ?? 'text', raw)
      if ('error' in r) problems.fail(line, field, r.error, m.ftm)
      else if ('skip' in r) problems.skip(`${field} (${r.skip})`)
      else if (LISTS.has(m.ours)) {
        const list = ((out[m.ours] as unknown[] | undefined) ??= [])
        if (!list.includes(r.value)) list.push(r.value)
      } else if (m.join !== undefined) pieces.push(String(r.value))
      else if (out[m.ours] === undefined) out[m.ours] = r.value
      else if (
        out[m.ours] !== r.value &&
        ![out[m.ours], ...names].some((t) => holds(t, String(r.value)))
      )
        problems.skip(`${field} (more than one value)`)
    }
    const joined = m.label && pieces.length ? [`${m.label}: ${pieces.join(', ')}`] : pieces
    for (const piece of joined) {
      const text = out[m.ours] as string | undefined
      if (!piece || holds(text, piece)) continue
      const next = text ? `${text}${m.join}${piece}` : piece
      if (next.length > MAX_JOINED) problems.skip(`${field} (no room left in ${m.ours})`)
      else out[m.ours] = next
    }
  }
  for (const [p, values] of Object.entries(entity.properties))
    if (
      !maps.some((m) => m.ftm === p) &&
      !(withMoney && MONEY.has(p)) &&
      !HANDLED.has(p) &&
      !handled.has(p) &&
      !refs.includes(p)
    )
      problems.skip(`${entity.schema}.${p}`, values.length)
  return out
}

/**
 * One amount in one currency into `ours` (and `currency`): the file's amount with its currency,
 * else amountEur, else amountUsd, else the amount without a currency. Another value (the same
 * sum converted, usually) is counted; so is a currency with no amount of its own beside them.
 */
export function readMoney(
  problems: Problems,
  { line, entity }: FtmLine,
  ours: string,
): Record<string, unknown> {
  const p = entity.properties
  const read = (prop: string, type: 'amount' | 'currency') =>
    (p[prop] ?? []).flatMap((raw) => {
      const r = readValue(type, raw)
      if ('value' in r) return [r.value as number | string]
      if ('error' in r) problems.fail(line, `${entity.schema}.${prop}`, r.error, prop)
      return []
    })
  const currencies = [...new Set(read('currency', 'currency') as string[])]
  const own = currencies[0]
  const options = [
    ...read('amount', 'amount').map((a) => ({ prop: 'amount', amount: a, currency: own })),
    ...read('amountEur', 'amount').map((a) => ({ prop: 'amountEur', amount: a, currency: 'EUR' })),
    ...read('amountUsd', 'amount').map((a) => ({ prop: 'amountUsd', amount: a, currency: 'USD' })),
  ]
  const pick = options.find((o) => o.currency) ?? options[0]
  const out: Record<string, unknown> = {}
  if (currencies.length > 1)
    problems.skip(`${entity.schema}.currency (more than one value)`, currencies.length - 1)
  if (!pick) {
    // An account's own currency, with no amount.
    if (own) out.currency = own
    return out
  }
  out[ours] = pick.amount
  if (pick.currency) out.currency = pick.currency
  if (own && pick.prop !== 'amount' && own !== pick.currency)
    problems.skip(`${entity.schema}.currency (no amount in it)`)
  for (const o of options)
    if (o !== pick && (o.amount !== pick.amount || (o.currency ?? pick.currency) !== pick.currency))
      problems.skip(
        `${entity.schema}.${o.prop} (${o.prop === pick.prop ? 'more than one value' : `beside the ${pick.prop} kept`})`,
      )
  return out
}

/** A name the model would refuse if it were typed: an error of its line. */
function checkName(problems: Problems, line: number, schema: string, n: string) {
  const problem = hasHostileChars(n)
    ? 'control characters or bidirectional overrides are not allowed'
    : n.trim().length > MAX_NAME
      ? `longer than ${MAX_NAME} characters`
      : null
  if (problem) problems.fail(line, `${schema}.name`, problem, 'name')
}

/**
 * The first name and, for persons and organisations, the other names (aliases, previous, weak
 * names, abbreviations) as aliases. Name parts (patronymics, middle names) have no field here:
 * held when a name contains them, otherwise counted. Names bypass readValue: they are held to
 * the rules of a typed name.
 */
export function readNames(
  problems: Problems,
  { line, entity }: FtmLine,
  kind: EntityKind,
): { name: string | undefined; aliases: string[] } {
  const p = entity.properties
  const names = (p.name ?? []).map((n) => n.trim()).filter(Boolean)
  const others = ALIAS_PROPS.flatMap((k) => (p[k] ?? []).map((n) => [k, n.trim()] as const))
  for (const n of [...names, ...others.map(([, n]) => n)])
    checkName(problems, line, entity.schema, n)
  const name = names[0]
  if (kind !== 'Person' && kind !== 'Organization') {
    problems.skip(`${entity.schema}.name (more than one value)`, names.length - 1)
    for (const [k, n] of others) if (n) problems.skip(`${entity.schema}.${k}`)
    return { name, aliases: [] }
  }
  const aliases = [
    ...new Set([...names.slice(1), ...others.map(([, n]) => n)].filter((n) => n && n !== name)),
  ]
  for (const part of NAME_PARTS)
    for (const raw of p[part] ?? []) {
      const v = raw.trim()
      if (hasHostileChars(v))
        problems.fail(
          line,
          `${entity.schema}.${part}`,
          'control characters or bidirectional overrides are not allowed',
          part,
        )
      else if (v && ![name, ...aliases].some((n) => holds(n, v)))
        problems.skip(`${entity.schema}.${part} (in no name)`)
    }
  return { name, aliases }
}

/**
 * FtM's `country` of a person: the nationality when the file gives none (FtM's only country
 * for most listed persons, as Aleph and OpenSanctions show it); beside a nationality, another
 * country (of residence, of a listing) has no place here and is counted.
 */
export function readPersonCountry(
  problems: Problems,
  { entity }: FtmLine,
  props: Record<string, unknown>,
): void {
  for (const raw of entity.properties.country ?? []) {
    const r = readValue('country', raw)
    if (!('value' in r)) problems.skip(`Person.country (${'skip' in r ? r.skip : r.error})`)
    else if (props.nationality === undefined) props.nationality = r.value
    else if (props.nationality !== r.value) problems.skip('Person.country (beside the nationality)')
  }
}

/**
 * An address's latitude and longitude as a point. A value out of range (or not a number) is an
 * error of its line: a wrong point would put the place elsewhere on the map. 0 is a coordinate.
 */
export function readPoint(problems: Problems, { line, entity }: FtmLine, kind: EntityKind) {
  const p = entity.properties
  if (!p.latitude?.length && !p.longitude?.length) return null
  if (kind !== 'Location' || !p.latitude?.length || !p.longitude?.length) {
    problems.skip(`${entity.schema}.latitude`, p.latitude?.length ?? 0)
    problems.skip(`${entity.schema}.longitude`, p.longitude?.length ?? 0)
    return null
  }
  const [lat, lon] = (['latitude', 'longitude'] as const).map((prop) => {
    const reads = p[prop]!.map((raw) => readValue(prop, raw))
    reads.forEach(
      (r) => 'error' in r && problems.fail(line, `${entity.schema}.${prop}`, r.error, prop),
    )
    if (reads.length > 1)
      problems.skip(`${entity.schema}.${prop} (more than one value)`, reads.length - 1)
    const first = reads[0]!
    return 'value' in first ? (first.value as number) : null
  })
  return lat != null && lon != null ? { lat, lon } : null
}
