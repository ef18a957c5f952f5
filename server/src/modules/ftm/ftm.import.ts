import { ageOn, LINK_ENDS, type EntityKind, type LinkKind } from '@htwb/graph'
import { keyHash, type ImportPlan, type PlannedEntity, type PlannedLink } from '../ingest/index.ts'
import {
  displayName,
  holds,
  Problems,
  readMoney,
  readNames,
  readPersonCountry,
  readPoint,
  readProps,
  type FtmLine,
} from './ftm.read.ts'
import {
  CALL_PROPS,
  DOCUMENT_NUMBERS,
  entitySchema,
  IDENTIFICATIONS,
  linkSchema,
  MONEY,
  readPhone,
  readValue,
} from './ftm.schemata.ts'

export { byteLines, parseLines } from './ftm.parse.ts'
export { Problems, type FtmLine }

export interface FtmPlan {
  plan: ImportPlan
  /** Schemata this model has no place for, with how many entities of each the file had. */
  unknownSchemata: Record<string, number>
  /** Values, links and entities not kept, as "Schema.property (why)" with a count. */
  skipped: Record<string, number>
}

const REF_PROPS = (schema: string): string[] => {
  const link = linkSchema(schema)
  if (link) return [...link.from, ...link.to]
  if (schema === 'Call') return ['caller', 'receiver']
  if (schema === 'Event') return ['addressEntity', 'involved']
  if (IDENTIFICATIONS.has(schema)) return ['holder']
  return entitySchema(schema) ? ['addressEntity'] : []
}

/** Ids the file refers to but does not contain: they must already be in the graph. */
export function externalRefs(lines: FtmLine[]): string[] {
  const inFile = new Set(lines.map((l) => l.entity.id))
  const out = new Set<string>()
  for (const { entity } of lines)
    for (const p of REF_PROPS(entity.schema))
      for (const id of entity.properties[p] ?? []) if (!inFile.has(id)) out.add(id)
  return [...out]
}

export interface KnownEntity {
  kind: EntityKind
}

interface Ctx {
  problems: Problems
  entities: Map<string, PlannedEntity>
  links: Map<string, PlannedLink>
  /** FtM id → planned entity ref. */
  refs: Map<string, PlannedEntity>
  /** Prefix of the refs of what only this file may match (protected persons and theirs). */
  scope: string
}

const PERSON_ONLY = new Set(['country'])

function planEntity(ctx: Ctx, fl: FtmLine, today: string): void {
  const { entity } = fl
  const schema = entitySchema(entity.schema)!
  const refs = REF_PROPS(entity.schema)
  const person = schema.kind === 'Person'
  const { name, aliases } = readNames(ctx.problems, fl, schema.kind)
  const names = name ? [name, ...aliases] : aliases
  const props: Record<string, unknown> = {
    ftmId: entity.id,
    ...schema.fixed,
    ...readProps(ctx.problems, fl, schema.props, refs, person ? PERSON_ONLY : undefined, names),
  }
  const money = schema.props.find((m) => m.ftm === 'amount')
  if (money) Object.assign(props, readMoney(ctx.problems, fl, money.ours))
  if (person) readPersonCountry(ctx.problems, fl, props)
  if (aliases.length) props.aliases = aliases
  const point = readPoint(ctx.problems, fl, schema.kind)
  if (point) props.point = point
  props.name = displayName(
    name ??
      ([props.firstName, props.lastName].filter(Boolean).join(' ') ||
        (props.address as string | undefined) ||
        (props.identifier as string | undefined) ||
        entity.id),
  )
  // A minor is protected: never matched by key, only found again by a re-run of this file.
  const dob = props.dateOfBirth as string | undefined
  const minor = person && dob !== undefined && ageOn(dob, today) < 18
  const key = { ftmId: entity.id }
  const ref = `${minor ? ctx.scope : ''}${schema.kind}|${JSON.stringify(key)}`
  const planned: PlannedEntity = {
    ref,
    alias: entity.schema,
    kind: schema.kind,
    match: minor ? 'import' : 'graph',
    key,
    props,
  }
  ctx.entities.set(ref, planned)
  ctx.refs.set(entity.id, planned)
}

function phone(ctx: Ctx, line: number, field: string, raw: string): PlannedEntity | null {
  const number = readPhone(raw)
  if (!number) {
    ctx.problems.fail(line, field, 'not a phone number', field.split('.')[1])
    return null
  }
  const key = { number }
  const ref = `Phone|${JSON.stringify(key)}`
  const e = ctx.entities.get(ref) ?? {
    ref,
    alias: 'phone',
    kind: 'Phone' as const,
    match: 'graph' as const,
    key,
    props: { number, name: number },
  }
  ctx.entities.set(ref, e)
  return e
}

/** Adds a link if the model allows its ends; `id` (an FtM interval's) keys it across files. */
function link(
  ctx: Ctx,
  what: string,
  kind: LinkKind,
  from: PlannedEntity,
  to: PlannedEntity,
  props: Record<string, unknown> = {},
  id?: string,
): void {
  const [froms, tos] = LINK_ENDS[kind]
  if (!froms.includes(from.kind) || !tos.includes(to.kind) || from.ref === to.ref)
    return ctx.problems.skip(`${what} (${from.kind} → ${to.kind})`)
  const importKey = keyHash(`${kind}|${from.ref}|${to.ref}|${JSON.stringify(id ? [id] : [])}`)
  if (!ctx.links.has(importKey))
    ctx.links.set(importKey, {
      kind,
      fromRef: from.ref,
      toRef: to.ref,
      importKey,
      props: id ? { ...props, ftmId: id } : props,
    })
}

/** The planned entity an id names; a missing one is an error of the line that names it. */
function target(ctx: Ctx, line: number, field: string, id: string): PlannedEntity | null {
  const found = ctx.refs.get(id)
  if (!found)
    ctx.problems.fail(line, field, `no entity ${id} in the file or the graph`, field.split('.')[1])
  return found ?? null
}

/** One value of FtM's `phone` may list several numbers ("+7 … 43-05-05; +7 (951) …"). */
const phoneNumbers = (raw: string) =>
  raw
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * FtM's `address` texts of an entity as ADDRESS locations it lives or is located at, keyed by
 * the text (as the person-list mapping keys them: the same text in two files is one place). A
 * text another address of the entity contains (its Address entities', a longer text) says
 * nothing more and is held by that one. A protected person's stay within this file.
 */
function planAddresses(ctx: Ctx, { line, entity }: FtmLine, self: PlannedEntity, held: string[]) {
  const field = `${entity.schema}.address`
  const texts: string[] = []
  for (const raw of entity.properties.address ?? []) {
    const r = readValue('text', raw)
    if ('error' in r) ctx.problems.fail(line, field, r.error, 'address')
    else if ('value' in r && r.value) texts.push(r.value as string)
  }
  const kind = self.kind === 'Person' ? 'LIVES_AT' : 'LOCATED_AT'
  texts.forEach((address, i) => {
    // Held by another text that says more, or the same (punctuation aside) and came first.
    const said = texts.some((t, j) => j !== i && holds(t, address) && (j < i || !holds(address, t)))
    if (said || held.some((h) => holds(h, address))) return
    const key = { locType: 'ADDRESS', address }
    const own = self.match === 'import'
    const ref = `${own ? ctx.scope : ''}Location|${JSON.stringify(key)}`
    const loc = ctx.entities.get(ref) ?? {
      ref,
      alias: 'address',
      kind: 'Location' as const,
      match: own ? ('import' as const) : ('graph' as const),
      key,
      props: { ...key, name: displayName(address) },
    }
    ctx.entities.set(ref, loc)
    link(ctx, field, kind, self, loc)
  })
}

/** Numbers of a Passport (or other identification) join its holder's identifiers. */
function planIdentification(ctx: Ctx, fl: FtmLine): void {
  const { line, entity } = fl
  const p = entity.properties
  const skip = (what: string, n = 1) => ctx.problems.skip(`${entity.schema}${what}`, n)
  for (const [k, values] of Object.entries(p))
    if (k !== 'holder' && !DOCUMENT_NUMBERS.includes(k)) skip(`.${k}`, values.length)
  const holderId = p.holder?.[0]
  if (!holderId) return ctx.problems.fail(line, `${entity.schema}.holder`, 'empty', 'holder')
  skip('.holder (more than one)', p.holder!.length - 1)
  const holder = target(ctx, line, `${entity.schema}.holder`, holderId)
  const numbers: string[] = []
  for (const k of DOCUMENT_NUMBERS)
    for (const raw of p[k] ?? []) {
      const r = readValue('text', raw)
      if ('error' in r) ctx.problems.fail(line, `${entity.schema}.${k}`, r.error, k)
      else if ('value' in r && r.value) numbers.push(r.value as string)
    }
  if (!holder) return
  if (!numbers.length) return skip(' (without a number)')
  // A holder matched in the graph is not changed by a re-import; it is cited, not updated.
  if (holder.kind !== 'Person' || holder.alias === 'known')
    return skip(
      `.number (holder ${holder.kind === 'Person' ? 'not in the file' : 'not a person'})`,
      numbers.length,
    )
  const ids = ((holder.props.identifiers as string[] | undefined) ??= [])
  for (const n of numbers) if (!ids.includes(n)) ids.push(n)
}

function planRefs(ctx: Ctx, fl: FtmLine): void {
  const { line, entity } = fl
  const p = entity.properties
  const self = ctx.refs.get(entity.id)
  if (self) {
    for (const raw of p.phone ?? [])
      for (const number of phoneNumbers(raw)) {
        const ph = phone(ctx, line, `${entity.schema}.phone`, number)
        if (ph) link(ctx, `${entity.schema}.phone`, 'USES_PHONE', self, ph)
      }
    const kind = self.kind === 'Person' ? 'LIVES_AT' : 'LOCATED_AT'
    const held: string[] = []
    for (const id of p.addressEntity ?? []) {
      // FtM extracts (OpenSanctions' among them) name addresses they do not carry.
      const loc = ctx.refs.get(id)
      if (!loc) ctx.problems.skip(`${entity.schema}.addressEntity (not in the file or the graph)`)
      else {
        if (typeof loc.props.address === 'string') held.push(loc.props.address)
        link(ctx, `${entity.schema}.addressEntity`, kind, self, loc)
      }
    }
    planAddresses(ctx, fl, self, held)
    for (const id of entity.schema === 'Event' ? (p.involved ?? []) : []) {
      const who = target(ctx, line, 'Event.involved', id)
      if (who) link(ctx, 'Event.involved', 'INVOLVED_IN', who, self)
    }
    return
  }
  if (entity.schema === 'Call') return planCall(ctx, fl)
  if (IDENTIFICATIONS.has(entity.schema)) return planIdentification(ctx, fl)
  const schema = linkSchema(entity.schema)
  if (!schema) return
  const end = (names: string[]) => {
    const name = names.find((n) => p[n]?.length)
    if (!name) {
      ctx.problems.fail(line, `${entity.schema}.${names[0]}`, 'empty', names[0])
      return null
    }
    return target(ctx, line, `${entity.schema}.${name}`, p[name]![0]!)
  }
  const from = end(schema.from)
  const to = end(schema.to)
  const props = readProps(ctx.problems, fl, schema.props, REF_PROPS(entity.schema))
  if (schema.props.some((m) => MONEY.has(m.ftm)))
    Object.assign(props, readMoney(ctx.problems, fl, 'amount'))
  for (const names of [schema.from, schema.to])
    if (names.filter((n) => p[n]?.length).length > 1 || names.some((n) => (p[n]?.length ?? 0) > 1))
      ctx.problems.skip(`${entity.schema}.${names.join('/')} (more than one)`)
  if (from && to) link(ctx, entity.schema, schema.link, from, to, props, entity.id)
}

/** A call joins the two numbers; the parties named use them. */
function planCall(ctx: Ctx, fl: FtmLine): void {
  const { line, entity } = fl
  const p = entity.properties
  const props = readProps(ctx.problems, fl, CALL_PROPS, REF_PROPS('Call'))
  const ends = (['caller', 'receiver'] as const).map((side) => {
    const raw = p[`${side}Number`]?.[0]
    const ph = raw ? phone(ctx, line, `Call.${side}Number`, raw) : null
    for (const id of p[side] ?? []) {
      const party = target(ctx, line, `Call.${side}`, id)
      if (party && ph) link(ctx, `Call.${side}`, 'USES_PHONE', party, ph)
    }
    return ph
  })
  if (ends[0] && ends[1]) link(ctx, 'Call', 'CALLED', ends[0], ends[1], props, entity.id)
  else if (!p.callerNumber?.length || !p.receiverNumber?.length)
    ctx.problems.skip('Call (without both numbers)')
}

/**
 * FtM entities to an import plan. `known` are the ids the file refers to that the graph already
 * holds (see externalRefs); any other unknown reference, bad value or bad line is an error,
 * and a plan with errors must not be written. `scope` keeps protected persons to this file.
 */
export function planFtm(
  lines: FtmLine[],
  known: Map<string, KnownEntity>,
  scope: string,
  problems: Problems = new Problems(),
  today = new Date().toISOString().slice(0, 10),
): FtmPlan {
  const ctx: Ctx = { problems, entities: new Map(), links: new Map(), refs: new Map(), scope }
  const unknownSchemata = Object.create(null) as Record<string, number>
  for (const fl of lines) {
    const s = fl.entity.schema
    if (entitySchema(s)) planEntity(ctx, fl, today)
    else if (!linkSchema(s) && s !== 'Call' && !IDENTIFICATIONS.has(s))
      unknownSchemata[s] = (unknownSchemata[s] ?? 0) + 1
  }
  for (const [ftmId, { kind }] of known) {
    if (ctx.refs.has(ftmId)) continue
    const key = { ftmId }
    const e: PlannedEntity = {
      ref: `${kind}|${JSON.stringify(key)}`,
      alias: 'known',
      kind,
      match: 'graph',
      key,
      props: { ftmId, name: ftmId },
    }
    ctx.refs.set(ftmId, e)
  }
  for (const fl of lines) planRefs(ctx, fl)
  // Known entities the plan uses are matched (cited, added to the case); unused ones are not.
  const used = new Set([...ctx.links.values()].flatMap((l) => [l.fromRef, l.toRef]))
  for (const e of ctx.refs.values())
    if (e.alias === 'known' && used.has(e.ref)) ctx.entities.set(e.ref, e)
  return {
    plan: {
      rows: lines.length,
      entities: [...ctx.entities.values()],
      links: [...ctx.links.values()],
      errors: problems.errors,
      errorCount: problems.count,
    },
    unknownSchemata,
    skipped: problems.skipped,
  }
}
