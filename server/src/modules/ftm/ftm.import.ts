import { ageOn, LINK_ENDS, type EntityKind, type LinkKind } from '@htwb/graph'
import {
  keyHash,
  MAX_LISTED_ERRORS,
  type ImportPlan,
  type PlannedEntity,
  type PlannedLink,
  type RowError,
} from '../ingest/index.ts'
import { hasHostileChars } from '../common/validation.ts'
import { Budget, DEFAULT_LIMITS, tooLarge, type ReadLimits } from '../common/limits.ts'
import {
  CALL_PROPS,
  entitySchema,
  HANDLED,
  linkSchema,
  readPhone,
  readValue,
  type FtmEntity,
  type PropMap,
} from './ftm.schemata.ts'

/** An entity of the file with the line it starts on (fragments of one id are merged). */
export interface FtmLine {
  line: number
  entity: FtmEntity
}

export interface FtmPlan {
  plan: ImportPlan
  /** Schemata this model has no place for, with how many entities of each the file had. */
  unknownSchemata: Record<string, number>
  /** Properties (and links) not kept, as "Schema.property" with a count and why. */
  skipped: Record<string, number>
}

const LISTS = new Set(['aliases', 'identifiers'])
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')

/** Collects errors as the CSV importer does: all counted, the first MAX_LISTED_ERRORS listed. */
export class Problems {
  errors: RowError[] = []
  count = 0
  skipped: Record<string, number> = Object.create(null) as Record<string, number>
  fail(line: number, field: string, reason: string, column: string | null = null) {
    this.count++
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push({ line, column, field, reason })
  }
  skip(what: string) {
    this.skipped[what] = (this.skipped[what] ?? 0) + 1
  }
}

/**
 * FtM names: schemata are CamelCase (`Person`, `LegalEntity`), properties camelCase. A name
 * outside these (`__proto__`, `toString`, markup, control characters) is an error of its line.
 */
const SCHEMA_NAME = /^[A-Z][A-Za-z0-9]{0,63}$/
const PROPERTY_NAME = /^[a-z][A-Za-z0-9]{0,63}$/
/** Longest name (and FtM id) kept, as for names typed in the workbench. */
const MAX_NAME = 200

/** A record without Object.prototype, for keys that come from the file. */
const bare = <T>(): Record<string, T> => Object.create(null) as Record<string, T>

/** The lines of a file's bytes, each decoded on its own (the file is never one string). */
export function* byteLines(bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Generator<string> {
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  const max = limits.columns * limits.cellChars
  let line = 0
  for (let start = 0; start < bytes.length;) {
    const nl = bytes.indexOf(10, start)
    const end = nl < 0 ? bytes.length : nl
    line++
    if (end - start > max) throw tooLarge('rowChars', max, { line })
    // Invalid UTF-8 throws: the file is not FtM JSON (unreadable).
    yield utf8.decode(bytes.subarray(start, end))
    start = end + 1
  }
}

/**
 * JSON lines to entities; a line that is not an FtM entity is an error with its number. Lines,
 * properties and values are counted against the import's limits (`import/too_large`).
 */
export function parseLines(
  source: string | Iterable<string>,
  problems: Problems = new Problems(),
  limits: ReadLimits = DEFAULT_LIMITS,
): FtmLine[] {
  const budget = new Budget(limits)
  const byId = new Map<string, FtmLine>()
  // Values of entities that arrive in fragments, gathered in sets: rebuilding a list per
  // fragment is quadratic, and one id repeated on every line would hold the event loop.
  const merged = new Map<string, Map<string, Set<string>>>()
  const lines = typeof source === 'string' ? source.split('\n') : source
  let line = 0
  let rows = 0
  for (const text of lines) {
    line++
    const raw = line === 1 ? text.replace(/^\uFEFF/, '') : text
    if (!raw.trim()) continue
    // Every line counts, fragments of one entity too: the limit bounds the work, not the result.
    if (++rows > limits.rows) throw tooLarge('rows', limits.rows, { line })
    let o: unknown
    try {
      o = JSON.parse(raw)
    } catch {
      problems.fail(line, 'line', 'not JSON')
      continue
    }
    const e = (o ?? {}) as Partial<FtmEntity>
    if (typeof e.id !== 'string' || !e.id) {
      problems.fail(line, 'id', 'missing')
      continue
    }
    if (e.id.length > MAX_NAME || hasHostileChars(e.id)) {
      problems.fail(line, 'id', 'not a FollowTheMoney id')
      continue
    }
    if (typeof e.schema !== 'string' || !e.schema) {
      problems.fail(line, 'schema', 'missing')
      continue
    }
    if (!SCHEMA_NAME.test(e.schema)) {
      problems.fail(line, 'schema', 'not a FollowTheMoney schema name')
      continue
    }
    const props = e.properties ?? {}
    if (
      typeof props !== 'object' ||
      Array.isArray(props) ||
      !Object.values(props).every(isStrings)
    ) {
      problems.fail(line, 'properties', 'values must be lists of strings')
      continue
    }
    const names = Object.keys(props)
    const badName = names.find((k) => !PROPERTY_NAME.test(k))
    if (badName !== undefined) {
      problems.fail(line, 'properties', 'not a FollowTheMoney property name')
      continue
    }
    if (names.length > limits.columns) throw tooLarge('columns', limits.columns, { line })
    const values = Object.values(props) as string[][]
    budget.count(
      values.reduce((n, v) => n + v.length, 0),
      { line },
    )
    for (const v of values) for (const x of v) budget.cell(x, { line })
    const seen = byId.get(e.id)
    if (!seen) {
      const properties = bare<string[]>()
      for (const k of names) properties[k] = props[k]!
      byId.set(e.id, { line, entity: { id: e.id, schema: e.schema, properties } })
      continue
    }
    // FtM streams may carry one entity in fragments: their values add up.
    if (seen.entity.schema !== e.schema) {
      problems.fail(line, 'schema', `id ${e.id} is a ${seen.entity.schema} on line ${seen.line}`)
      continue
    }
    let sets = merged.get(e.id)
    if (!sets) merged.set(e.id, (sets = new Map()))
    for (const k of names) {
      let set = sets.get(k)
      if (!set) sets.set(k, (set = new Set(seen.entity.properties[k] ?? [])))
      for (const x of props[k]!) set.add(x)
    }
  }
  for (const [id, sets] of merged) {
    const { properties } = byId.get(id)!.entity
    for (const [k, set] of sets) properties[k] = [...set]
  }
  return [...byId.values()]
}

const REF_PROPS = (schema: string): string[] => {
  const link = linkSchema(schema)
  if (link) return [...link.from, ...link.to]
  if (schema === 'Call') return ['caller', 'receiver']
  if (schema === 'Event') return ['addressEntity', 'involved']
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
}

/** Mapped properties; single-valued ones take the first value, the rest are counted. */
function readProps(ctx: Ctx, { line, entity }: FtmLine, maps: PropMap[]) {
  const out: Record<string, unknown> = {}
  for (const m of maps)
    for (const raw of entity.properties[m.ftm] ?? []) {
      const r = readValue(m.type ?? 'text', raw)
      const field = `${entity.schema}.${m.ftm}`
      if ('error' in r) ctx.problems.fail(line, field, r.error, m.ftm)
      else if ('skip' in r) ctx.problems.skip(`${field} (${r.skip})`)
      else if (LISTS.has(m.ours)) out[m.ours] = [...((out[m.ours] as string[]) ?? []), r.value]
      else if (out[m.ours] === undefined) out[m.ours] = r.value
      else if (out[m.ours] !== r.value) ctx.problems.skip(`${field} (more than one value)`)
    }
  for (const p of Object.keys(entity.properties))
    if (!maps.some((m) => m.ftm === p) && !HANDLED.has(p) && !REF_PROPS(entity.schema).includes(p))
      ctx.problems.skip(`${entity.schema}.${p}`)
  return out
}

/**
 * An address's latitude and longitude as a point. A value out of range (or not a number) is an
 * error of its line: a wrong point would put the place elsewhere on the map. 0 is a coordinate.
 */
function readPoint(ctx: Ctx, { line, entity }: FtmLine, kind: EntityKind) {
  const p = entity.properties
  if (!p.latitude?.length && !p.longitude?.length) return null
  if (kind !== 'Location' || !p.latitude?.length || !p.longitude?.length) {
    ctx.problems.skip(`${entity.schema}.latitude`)
    return null
  }
  const [lat, lon] = (['latitude', 'longitude'] as const).map((prop) => {
    const reads = p[prop]!.map((raw) => readValue(prop, raw))
    reads.forEach(
      (r) => 'error' in r && ctx.problems.fail(line, `${entity.schema}.${prop}`, r.error, prop),
    )
    if (reads.length > 1) ctx.problems.skip(`${entity.schema}.${prop} (more than one value)`)
    const first = reads[0]!
    return 'value' in first ? (first.value as number) : null
  })
  return lat != null && lon != null ? { lat, lon } : null
}

function planEntity(ctx: Ctx, fl: FtmLine, scope: string, today: string): void {
  const { entity } = fl
  const schema = entitySchema(entity.schema)!
  const props: Record<string, unknown> = {
    ftmId: entity.id,
    ...schema.fixed,
    ...readProps(ctx, fl, schema.props),
  }
  const names = entity.properties.name ?? []
  const aliases = [...names.slice(1), ...(entity.properties.alias ?? [])]
  // Names bypass readValue (they become name and aliases): held to the rules of a typed name.
  for (const n of [...names, ...(entity.properties.alias ?? [])]) {
    const problem = hasHostileChars(n)
      ? 'control characters or bidirectional overrides are not allowed'
      : n.trim().length > MAX_NAME
        ? `longer than ${MAX_NAME} characters`
        : null
    if (problem) ctx.problems.fail(fl.line, `${entity.schema}.name`, problem, 'name')
  }
  if (schema.kind === 'Person' || schema.kind === 'Organization') {
    if (aliases.length) props.aliases = [...new Set(aliases)]
  } else if (aliases.length) ctx.problems.skip(`${entity.schema}.alias`)
  const point = readPoint(ctx, fl, schema.kind)
  if (point) props.point = point
  props.name =
    names[0] ??
    ([props.firstName, props.lastName].filter(Boolean).join(' ') ||
      (props.address as string | undefined) ||
      (props.identifier as string | undefined) ||
      entity.id)
  // A minor is protected: never matched by key, only found again by a re-run of this file.
  const dob = props.dateOfBirth as string | undefined
  const minor = schema.kind === 'Person' && dob !== undefined && ageOn(dob, today) < 18
  const key = { ftmId: entity.id }
  const ref = `${minor ? scope : ''}${schema.kind}|${JSON.stringify(key)}`
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

function planRefs(ctx: Ctx, fl: FtmLine): void {
  const { line, entity } = fl
  const p = entity.properties
  const self = ctx.refs.get(entity.id)
  if (self) {
    for (const raw of p.phone ?? []) {
      const ph = phone(ctx, line, `${entity.schema}.phone`, raw)
      if (ph) link(ctx, `${entity.schema}.phone`, 'USES_PHONE', self, ph)
    }
    for (const id of p.addressEntity ?? []) {
      const loc = target(ctx, line, `${entity.schema}.addressEntity`, id)
      const kind = self.kind === 'Person' ? 'LIVES_AT' : 'LOCATED_AT'
      if (loc) link(ctx, `${entity.schema}.addressEntity`, kind, self, loc)
    }
    for (const id of entity.schema === 'Event' ? (p.involved ?? []) : []) {
      const who = target(ctx, line, 'Event.involved', id)
      if (who) link(ctx, 'Event.involved', 'INVOLVED_IN', who, self)
    }
    return
  }
  if (entity.schema === 'Call') return planCall(ctx, fl)
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
  const props = readProps(ctx, fl, schema.props)
  for (const names of [schema.from, schema.to])
    if (names.filter((n) => p[n]?.length).length > 1 || names.some((n) => (p[n]?.length ?? 0) > 1))
      ctx.problems.skip(`${entity.schema}.${names.join('/')} (more than one)`)
  if (from && to) link(ctx, entity.schema, schema.link, from, to, props, entity.id)
}

/** A call joins the two numbers; the parties named use them. */
function planCall(ctx: Ctx, fl: FtmLine): void {
  const { line, entity } = fl
  const p = entity.properties
  const props = readProps(ctx, fl, CALL_PROPS)
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
  const ctx: Ctx = { problems, entities: new Map(), links: new Map(), refs: new Map() }
  const unknownSchemata = bare<number>()
  for (const fl of lines) {
    const s = fl.entity.schema
    if (entitySchema(s)) planEntity(ctx, fl, scope, today)
    else if (!linkSchema(s) && s !== 'Call') unknownSchemata[s] = (unknownSchemata[s] ?? 0) + 1
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
