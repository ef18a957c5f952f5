import {
  ASSET_TYPES,
  ENTITY_KINDS,
  EXPLOITATION_FORMS,
  FAMILY_RELATIONS,
  GENDERS,
  HANDLING_CODES,
  KIND_PROPS,
  LINK_ENDS,
  LINK_KINDS,
  LINK_PROPS,
  LOCATION_TYPES,
  ORGANIZATION_TYPES,
  PERSON_CATEGORIES,
  RELIABILITY,
  SOURCE_TYPES,
  STAGES,
  TRAFFICKING_ROLES,
  type EntityKind,
} from '@htwb/graph'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ENCODINGS, MAX_HEADER_ROW } from './source-file.ts'
import { VALUE_TYPES } from './values.ts'

/** How the file itself is read (the wizard's file step, `--encoding`, `--header-row`). */
export const FileSchema = z.strictObject({
  /** auto: by byte-order mark, UTF-16's zero bytes, valid UTF-8, else byte statistics. */
  encoding: z.enum(ENCODINGS).default('auto'),
  /** The header's line (sheet row), 1-based; lines above it are skipped. auto: detected. */
  headerRow: z
    .union([z.literal('auto'), z.number().int().min(1).max(MAX_HEADER_ROW)])
    .default('auto'),
  delimiter: z.enum(['auto', ',', ';', '\t', '|']).default('auto'),
  sheet: z.number().int().positive().default(1),
})

/** Whether Intl knows the IANA zone (the command line checks --time-zone with it too). */
export const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Properties whose values must come from the model's vocabulary (checked per row). */
export const ENUM_PROPS: Record<string, readonly string[]> = {
  category: PERSON_CATEGORIES,
  gender: GENDERS,
  orgType: ORGANIZATION_TYPES,
  locType: LOCATION_TYPES,
  assetType: ASSET_TYPES,
  role: TRAFFICKING_ROLES,
  relation: FAMILY_RELATIONS,
  exploitationForm: EXPLOITATION_FORMS,
  stage: STAGES,
}

const Field = z.union([
  z.strictObject({
    /** A header name (case and spaces ignored) or a 1-based column number. */
    column: z.union([z.string().min(1), z.number().int().positive()]),
    type: z.enum(VALUE_TYPES).default('text'),
    /** A row without this value is an error (otherwise the property is left unset). */
    required: z.boolean().default(false),
  }),
  z.strictObject({ value: z.union([z.string(), z.number(), z.array(z.string())]) }),
])
export type FieldSpec = z.infer<typeof Field>

const IMPORTABLE = ENTITY_KINDS.filter((k) => k !== 'Case' && k !== 'Source')
/** A payer or payee: a Person or an Organization, decided per row (party.ts). */
export const PARTY = 'Party'
type MappedKind = EntityKind | typeof PARTY
const PARTY_KINDS: readonly EntityKind[] = ['Person', 'Organization']
/** What a Party may carry: `partyType` reads a column that says person or organisation. */
const PARTY_FIELDS = ['name', 'aliases', 'identifier', 'partyType']
const kindsOf = (k: MappedKind): readonly EntityKind[] => (k === PARTY ? PARTY_KINDS : [k])

const EntitySpec = z.strictObject({
  kind: z.enum([...IMPORTABLE, PARTY] as unknown as [MappedKind, ...MappedKind[]]),
  /** A Party that neither a type column nor its name's legal form decides becomes this. */
  partyDefault: z.enum(['Person', 'Organization']).default('Person'),
  /** The fields that identify the entity: rows (and files) with equal keys make one entity. */
  key: z.array(z.string()).min(1),
  /** Rows with an empty key skip this entity and its links instead of failing. */
  optional: z.boolean().default(false),
  /**
   * graph: an existing entity the importer can see with the same key is reused (phones,
   * accounts, registry persons). import: only rows of this file and its re-imports are merged
   * (names alone); entity resolution proposes merges with the rest. auto: graph for real
   * identifiers (E.164 numbers, IBANs, a name with a birth date), import for bare ids (0, 17,
   * A5) and names alone (plan.ts).
   */
  match: z.enum(['auto', 'graph', 'import']).default('auto'),
  /** Display name from the entity's fields, e.g. "{firstName} {lastName}"; else the key. */
  name: z.string().optional(),
  fields: z.record(z.string(), Field),
})
export type EntitySpecT = z.infer<typeof EntitySpec>

const LinkSpec = z.strictObject({
  kind: z.enum(LINK_KINDS),
  from: z.string(),
  to: z.string(),
  /** Link fields that tell two links between the same ends apart (a call's start time). */
  key: z.array(z.string()).default([]),
  fields: z.record(z.string(), Field).default({}),
})
export type LinkSpecT = z.infer<typeof LinkSpec>

export const MappingSchema = z
  .strictObject({
    version: z.literal(1),
    name: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    file: FileSchema.prefault({}),
    parse: z
      .strictObject({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .default('XK'),
        decimal: z.enum(['.', ',']).default(','),
        dateOrder: z.enum(['DMY', 'MDY', 'YMD']).default('DMY'),
        timeZone: z.string().refine(isTimeZone, 'not an IANA time zone').default('Europe/Belgrade'),
        /** Where a column of time offsets starts (anonymised or simulated files); see values.ts. */
        epoch: z.iso.datetime({ offset: true }).nullable().default(null),
        offsetUnit: z.enum(['seconds', 'minutes', 'hours', 'days']).default('seconds'),
      })
      .prefault({}),
    /** The Source every imported fact cites, with its grading. {file} is the file name. */
    source: z.strictObject({
      name: z.string().min(1).max(200),
      sourceType: z.enum(SOURCE_TYPES).default('RECORD'),
      reliability: z.enum(RELIABILITY).default('F'),
      credibility: z.number().int().min(1).max(6).default(6),
      handling: z.enum(HANDLING_CODES).default('H1'),
    }),
    entities: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), EntitySpec),
    links: z.array(LinkSpec).default([]),
    /**
     * Other header names a column goes by in files not made for this mapping (a_number,
     * pozivalac, numri_a…): the browser suggests them when it binds a new file's columns.
     */
    aliases: z.record(z.string(), z.array(z.string().min(1)).max(50)).default({}),
  })
  .superRefine((m, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    for (const [alias, e] of Object.entries(m.entities)) {
      const allowed = new Set(e.kind === PARTY ? PARTY_FIELDS : ['name', ...KIND_PROPS[e.kind]])
      for (const f of Object.keys(e.fields))
        if (!allowed.has(f)) issue(['entities', alias, 'fields', f], `${e.kind} has no field ${f}`)
      for (const k of e.key)
        if (!Object.hasOwn(e.fields, k))
          issue(['entities', alias, 'key'], `key field ${k} is not mapped`)
    }
    m.links.forEach((l, i) => {
      const from = Object.hasOwn(m.entities, l.from) ? m.entities[l.from] : undefined
      const to = Object.hasOwn(m.entities, l.to) ? m.entities[l.to] : undefined
      if (!from) issue(['links', i, 'from'], `no entity ${l.from}`)
      if (!to) issue(['links', i, 'to'], `no entity ${l.to}`)
      const [ends0, ends1] = LINK_ENDS[l.kind]
      const joins = (ends: readonly EntityKind[], k: MappedKind) =>
        kindsOf(k).every((x) => ends.includes(x))
      if (from && to && (!joins(ends0, from.kind) || !joins(ends1, to.kind)))
        issue(['links', i, 'kind'], `${l.kind} cannot join ${from.kind} to ${to.kind}`)
      for (const f of Object.keys(l.fields))
        if (!(LINK_PROPS as readonly string[]).includes(f))
          issue(['links', i, 'fields', f], `links have no field ${f}`)
      for (const k of l.key)
        if (!Object.hasOwn(l.fields, k)) issue(['links', i, 'key'], `${k} is not mapped`)
    })
    const slots = new Set(columnSlots(m).map((s) => s.column))
    for (const c of Object.keys(m.aliases))
      if (!slots.has(c)) issue(['aliases', c], `no field reads column ${c}`)
  })
export type Mapping = z.infer<typeof MappingSchema>

/** A column the mapping reads, with every field that reads it. */
export interface ColumnSlot {
  column: string
  type: string
  /** Some field reading it is required, or part of a non-optional key. */
  required: boolean
  /** Part of a non-optional entity's key: it cannot be made optional (rebind refuses). */
  key: boolean
  /** Where it is read: alias.field, or "from KIND to: field" for a link's field. */
  uses: string[]
}

type SlotSource = Pick<Mapping, 'entities' | 'links'>

/** Every column the mapping reads, in the order it first appears. */
export function columnSlots(m: SlotSource): ColumnSlot[] {
  const slots = new Map<string, ColumnSlot>()
  const add = (where: string, spec: FieldSpec, needed: boolean) => {
    if (!('column' in spec)) return
    const column = String(spec.column)
    const slot = slots.get(column) ?? {
      column,
      type: spec.type,
      required: false,
      key: false,
      uses: [],
    }
    slot.required ||= spec.required || needed
    slot.key ||= needed
    slot.uses.push(where)
    slots.set(column, slot)
  }
  for (const [alias, e] of Object.entries(m.entities))
    for (const [f, spec] of Object.entries(e.fields))
      add(`${alias}.${f}`, spec, !e.optional && e.key.includes(f))
  for (const l of m.links)
    for (const [f, spec] of Object.entries(l.fields))
      add(`${l.from} ${l.kind} ${l.to}: ${f}`, spec, false)
  return [...slots.values()]
}

export interface MappingProblem {
  path: string
  message: string
}

/** A mapping from YAML text, or every problem found in it. */
export function parseMapping(text: string): { mapping: Mapping } | { problems: MappingProblem[] } {
  let raw: unknown
  try {
    raw = parseYaml(text, { maxAliasCount: 50 })
  } catch (e) {
    return { problems: [{ path: '', message: `not YAML: ${(e as Error).message.split('\n')[0]}` }] }
  }
  const res = MappingSchema.safeParse(raw)
  if (res.success) return { mapping: res.data }
  return {
    problems: res.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  }
}
