import { createHash } from 'node:crypto'
import type { EntityKind, LinkKind } from '@htwb/graph'
import type { ReportNote } from '@htwb/graph/import-api'
import {
  columnNotes,
  LINE_COLUMN,
  norm,
  resolveColumns,
  SCOPE_COLUMN,
  SCOPE_VALUE,
} from './plan-columns.ts'
import { ENUM_PROPS, type EntitySpecT, type FieldSpec, type Mapping } from './mapping.ts'
import { Notes } from './notes.ts'
import { partyKind, REDACTED } from './party.ts'
import type { Table } from './source-file.ts'
import { parseSubscriberId, parseValue } from './values.ts'

export interface RowError {
  line: number
  column: string | null
  field: string
  reason: string
}

export interface PlannedEntity {
  /** Stable within and across imports: kind, match scope and key values. */
  ref: string
  alias: string
  kind: EntityKind
  match: 'graph' | 'import'
  /** Scoped to another file by a set-aside file's import_scope column: matched guardedly. */
  borrowed?: boolean
  key: Record<string, unknown>
  props: Record<string, unknown>
}

export interface PlannedLink {
  kind: LinkKind
  fromRef: string
  toRef: string
  /** Re-importing the same facts finds this key and adds nothing. */
  importKey: string
  props: Record<string, unknown>
}

/** A row with at least one bad cell: set aside whole, with every problem, when asked to. */
export interface BadRow {
  line: number
  cells: string[]
  problems: string[]
}

export interface ImportPlan {
  rows: number
  entities: PlannedEntity[]
  links: PlannedLink[]
  errors: RowError[]
  /** Every problem, each bad cell counted once; errors past MAX_LISTED_ERRORS are not listed. */
  errorCount: number
  /** What was merged, kept apart, flagged (formats without notes leave it out). */
  notes?: ReportNote[]
  /** Rows left out of `entities` and `links` because of their problems. */
  bad?: BadRow[]
}

export const MAX_LISTED_ERRORS = 200

export { LINE_COLUMN, resolveColumns, SCOPE_COLUMN } from './plan-columns.ts'

/** Import keys: short, stable hashes of what identifies an entity or link across runs. */
export const keyHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32)
/** How registries write gender (English, Albanian, Serbian; M/F, M/Ž, M/F): the model's word. */
const GENDER_WORDS: Record<string, string> = Object.fromEntries([
  ...['m', 'male', 'man', 'mashkull', 'musko', 'muško', 'muški', 'muski', 'м', 'мушки'].map((w) => [
    w,
    'MALE',
  ]),
  ...[
    'f',
    'female',
    'woman',
    'femer',
    'femër',
    'z',
    'ž',
    'zensko',
    'žensko',
    'ženski',
    'zenski',
    'ж',
    'женски',
  ].map((w) => [w, 'FEMALE']),
])

/** Fields that tell two records with one name apart: differing values mean two entities. */
const IDENTIFYING = ['identifiers', 'identifier', 'registrationNumber', 'dateOfBirth', 'imei']

/**
 * Keys that name nothing outside their file: ids such as 0, 17, A5 from an anonymised export,
 * or a name alone. With match `auto` these stay within the file; real identifiers (E.164
 * numbers, IBANs, registration numbers, a name with a birth date) meet the graph.
 */
const NAME_FIELDS = new Set(['name', 'firstName', 'lastName', 'aliases'])
const isBare = (v: unknown) =>
  typeof v === 'number' || (typeof v === 'string' && /^[\p{L}\p{N}_.:-]{1,6}$/u.test(v))

function scopeOf(spec: EntitySpecT, key: Record<string, unknown>, subscriber: boolean) {
  if (spec.match === 'graph') return 'graph'
  if (spec.match === 'import' || subscriber) return 'file'
  // A cell site is operators' infrastructure, named by its cell id: the same tower in every
  // call file that names it, unless the id is too short to mean anything outside its file.
  if (key.locType === 'CELL_SITE') return isBare(key.name) ? 'file' : 'graph'
  const fields = Object.keys(key).filter((f) => f !== 'locType')
  if (fields.every((f) => NAME_FIELDS.has(f))) return 'file'
  // Names are no ids, short or long: "Ana Krasniqi, 1990-01-01" meets the graph by its birth date.
  return fields.some((f) => !NAME_FIELDS.has(f) && isBare(key[f])) ? 'file' : 'graph'
}

const fill = (template: string, props: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(props[k] ?? '')).trim()

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const conflicts = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? !a.some((x) => b.includes(x)) : !same(a, b)

/** One file's planning: rows in, entities, links, problems and notes out. */
class Planner {
  readonly entities = new Map<string, PlannedEntity>()
  /** Namesakes: the refs made for one key whose identifying fields differ (ref, ref~2, …). */
  readonly variants = new Map<string, string[]>()
  readonly links = new Map<string, PlannedLink>()
  readonly occurrences = new Map<string, number>()
  readonly errors: RowError[] = []
  readonly bad: BadRow[] = []
  readonly notes = new Notes()
  errorCount = 0
  // Per row:
  line = 0
  cells: string[] = []
  failed = new Set<string>()
  problems: string[] = []
  rowNotes: Array<Parameters<Notes['add']>> = []

  constructor(
    readonly mapping: Mapping,
    readonly columns: Map<string, number>,
    readonly sourceRef: string,
    readonly scopeIndex: number,
    readonly lineIndex: number,
  ) {}

  fail(column: string | null, field: string, reason: string): void {
    if (this.failed.has(field)) return
    this.failed.add(field)
    this.errorCount++
    this.problems.push(`${column ?? field}: ${reason}`)
    const e = { line: this.line, column, field, reason }
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(e)
  }

  /** The line a set-aside row had in its original file (its import_line column), if any. */
  origin(): number | null {
    const v = this.lineIndex >= 0 ? (this.cells[this.lineIndex] ?? '').trim() : ''
    return /^[1-9]\d{0,8}$/.test(v) ? Number(v) : null
  }

  cell(column: string): string {
    const text = (this.cells[this.columns.get(column) ?? -1] ?? '').trim()
    // A set-aside file wrote formula-like cells with a leading ' (quarantine.ts): drop it.
    return this.scopeIndex >= 0 && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text
  }

  value(where: string, field: string, spec: FieldSpec): unknown {
    if ('value' in spec) return spec.value
    const column = String(spec.column)
    const text = this.cell(column)
    // Paths and labels are built only for a problem or a note: this runs for every cell of a
    // million-row file.
    if (!text) {
      if (spec.required) this.fail(column, `${where}.${field}`, 'empty')
      return undefined
    }
    const parsed = parseValue(spec.type, text, this.mapping.parse)
    if (!parsed.ok) {
      this.fail(column, `${where}.${field}`, parsed.reason)
      return undefined
    }
    const note = (parsed as { note?: string }).note
    if (note) {
      // Notes name a link's field by its kind (CALLED.durationSeconds), which a reader knows.
      const label = `${where}.${field}`.replace(
        /^links\[(\d+)\]/,
        (_, i: string) => this.mapping.links[Number(i)]!.kind,
      )
      this.rowNotes.push(['value_flagged', label, this.line, `${text}: ${note}`])
    }
    const allowed = ENUM_PROPS[field]
    if (allowed && typeof parsed.value === 'string') {
      const word = parsed.value.toUpperCase().replace(/[\s-]+/g, '_')
      const upper = (field === 'gender' && GENDER_WORDS[word.toLowerCase()]) || word
      if (!allowed.includes(upper)) {
        this.fail(column, `${where}.${field}`, `not one of ${allowed.join(', ')}`)
        return undefined
      }
      return upper
    }
    return parsed.value
  }

  /**
   * A phone column of an anonymised or operator export holds subscriber ids (0, 1, 2…, IMSIs)
   * where numbers would be: such a phone is known by that id, within its file.
   */
  phoneValue(alias: string, spec: FieldSpec): { number?: unknown; subscriberId?: string } {
    if ('value' in spec || spec.type !== 'phone')
      return { number: this.value(alias, 'number', spec) }
    const text = this.cell(String(spec.column))
    const parsed = text ? parseValue('phone', text, this.mapping.parse) : null
    // A number read once: what value() would return for it (phones carry no note).
    if (parsed?.ok && !('note' in parsed && parsed.note)) return { number: parsed.value }
    const id = parsed && !parsed.ok && !/\s/.test(text) ? parseSubscriberId(text) : null
    if (id && !/^\+/.test(text)) return { subscriberId: id }
    return { number: this.value(alias, 'number', spec) }
  }

  entity(alias: string, spec: EntitySpecT): PlannedEntity | null {
    const props: Record<string, unknown> = {}
    let subscriber = false
    for (const [field, f] of Object.entries(spec.fields)) {
      if (spec.kind === 'Phone' && field === 'number') {
        const v = this.phoneValue(alias, f)
        if (v.subscriberId) {
          props.subscriberId = v.subscriberId
          subscriber = true
        } else if (v.number !== undefined) props.number = v.number
        continue
      }
      const v = this.value(alias, field, f)
      if (v !== undefined && !(Array.isArray(v) && !v.length)) props[field] = v
    }
    const keyFields = spec.key.map((k) => (subscriber && k === 'number' ? 'subscriberId' : k))
    const key = Object.fromEntries(keyFields.map((k) => [k, props[k]]))
    const missing = keyFields.filter((k) => key[k] === undefined || key[k] === '')
    if (missing.length) {
      if (!spec.optional) for (const k of missing) this.fail(null, `${alias}.${k}`, 'key missing')
      return null
    }
    let kind = spec.kind as EntityKind
    if (spec.kind === 'Party') {
      const name = String(props.name ?? '')
      const decided = partyKind(name, props.partyType as string | undefined, spec.partyDefault)
      delete props.partyType
      kind = decided.kind
      if (decided.orgType) props.orgType = decided.orgType
      else props.category = 'CONTACT'
      if (props.identifier !== undefined) {
        if (kind === 'Person') props.identifiers = [props.identifier]
        else props.registrationNumber = props.identifier
        delete props.identifier
      }
      if (REDACTED.test(name)) {
        // One placeholder stands for many people: never merge them into one.
        key.name = props.name = `${name} (line ${this.line})`
        this.rowNotes.push([
          'value_flagged',
          `${alias}.name`,
          this.line,
          `${name}: one unnamed person per row`,
        ])
      }
    }
    if (subscriber) props.name = `Subscriber ${props.subscriberId}`
    else
      props.name = spec.name
        ? fill(spec.name, props)
        : String(props.name ?? keyFields.map((k) => key[k]).join(' '))
    const scope = scopeOf(spec, key, subscriber)
    const fileRef = (this.scopeIndex >= 0 && this.cells[this.scopeIndex]?.trim()) || ''
    const scoped = SCOPE_VALUE.test(fileRef) ? fileRef.slice(7) : this.sourceRef
    if (scope === 'file')
      this.rowNotes.push([
        'file_local',
        `${alias}.${keyFields.join('+')}`,
        this.line,
        String(Object.values(key)[0]),
      ])
    let base = `${scope === 'file' ? `${scoped}|` : ''}${kind}|${JSON.stringify(key)}`
    // A fixed row from a set-aside file cannot know which namesake of its file it was: with
    // identifiers it is its own record (entity resolution may merge it), never another's.
    if (this.origin() && IDENTIFYING.some((f) => f in props))
      base += `~id:${keyHash(JSON.stringify(IDENTIFYING.map((f) => props[f] ?? null)))}`
    return {
      ref: this.variant(base, alias, props),
      alias,
      kind,
      match: scope === 'file' ? 'import' : 'graph',
      ...(scope === 'file' && scoped !== this.sourceRef ? { borrowed: true } : {}),
      key,
      props,
    }
  }

  /** The ref of the record this row's entity joins: a namesake with other identifiers is another. */
  variant(base: string, alias: string, props: Record<string, unknown>): string {
    const refs = this.variants.get(base) ?? [base]
    for (const ref of refs) {
      const seen = this.entities.get(ref)
      if (!seen) return ref
      const differs = IDENTIFYING.some(
        (f) => f in props && f in seen.props && conflicts(props[f], seen.props[f]),
      )
      if (!differs) return ref
    }
    const ref = `${base}~${refs.length + 1}`
    this.variants.set(base, [...refs, ref])
    this.rowNotes.push(['namesakes', `${alias}`, this.line, String(props.name ?? '')])
    return ref
  }

  row(line: number, cells: string[]): void {
    this.line = line
    this.cells = cells
    this.failed = new Set()
    this.problems = []
    this.rowNotes = []
    const refs = new Map<string, string>()
    const pending: PlannedEntity[] = []
    for (const [alias, spec] of Object.entries(this.mapping.entities)) {
      const e = this.entity(alias, spec)
      if (!e) continue
      refs.set(alias, e.ref)
      pending.push(e)
    }
    const rowLinks: Array<PlannedLink & { keyed: boolean }> = []
    this.mapping.links.forEach((spec, i) => {
      const fromRef = refs.get(spec.from)
      const toRef = refs.get(spec.to)
      const props: Record<string, unknown> = {}
      for (const [field, f] of Object.entries(spec.fields)) {
        const v = this.value(`links[${i}]`, field, f)
        if (v !== undefined) props[field] = v
      }
      if (!fromRef || !toRef) return
      // A self-call or a payment to oneself is still a call or a payment: kept, and said.
      if (fromRef === toRef) this.rowNotes.push(['self_link', spec.kind, line, spec.kind])
      const keyValues = spec.key.map((k) => props[k] ?? null)
      // A fixed set-aside row is keyed by its original line: the call it holds may repeat one
      // the first import kept, and must not be taken for it.
      const origin = spec.key.length ? this.origin() : null
      const importKey = keyHash(
        `${spec.kind}|${fromRef}|${toRef}|${JSON.stringify(keyValues)}${origin ? `@${origin}` : ''}`,
      )
      rowLinks.push({
        kind: spec.kind,
        fromRef,
        toRef,
        importKey,
        props,
        keyed: spec.key.length > 0,
      })
    })
    if (this.problems.length) {
      this.bad.push({ line, cells, problems: this.problems })
      return
    }
    for (const n of this.rowNotes) this.notes.add(...n)
    for (const e of pending) {
      const seen = this.entities.get(e.ref)
      if (!seen) {
        this.entities.set(e.ref, e)
        continue
      }
      this.notes.add('same_entity', e.kind, line)
      // Later rows fill what earlier ones left empty; a different value is kept out, and said.
      for (const [k, v] of Object.entries(e.props)) {
        if (!(k in seen.props)) seen.props[k] = v
        else if (k !== 'name' && !same(seen.props[k], v))
          this.notes.add(
            'value_flagged',
            `${e.alias}.${k}`,
            line,
            `${String(v)}: differs from an earlier row's ${String(seen.props[k])}, which was kept`,
          )
      }
    }
    for (const l of rowLinks) {
      const { keyed, ...link } = l
      if (!this.links.has(link.importKey)) {
        this.links.set(link.importKey, link)
        continue
      }
      // A link without key fields (owns, uses) is one fact however often it is said. Calls and
      // payments with equal keys are repeated invoices or double logging: each is kept, under a
      // key numbered by its turn in the file, so a re-run still finds them all.
      if (!keyed) continue
      const n = (this.occurrences.get(link.importKey) ?? 1) + 1
      this.occurrences.set(link.importKey, n)
      this.notes.add('equal_rows', link.kind, line, JSON.stringify(Object.values(link.props)))
      const importKey = keyHash(`${link.importKey}#${n}`)
      this.links.set(importKey, { ...link, importKey })
    }
  }
}

/**
 * Rows to entities and links, each row checked completely: every problem is reported with its
 * line and column, counted once per cell. A row with a problem contributes nothing and is kept
 * in `bad` (to be set aside or to refuse the file). Entities with equal keys within the file
 * become one, unless identifying fields differ (namesakes); what was merged or flagged is noted.
 */
export function planImport(mapping: Mapping, table: Table, sourceRef: string): ImportPlan {
  const columns = resolveColumns(mapping, table.headers)
  if (Array.isArray(columns)) throw new Error('resolveColumns first')
  const scopeIndex = table.headers.findIndex((h) => norm(h) === norm(SCOPE_COLUMN))
  const lineIndex = table.headers.findIndex((h) => norm(h) === norm(LINE_COLUMN))
  const p = new Planner(mapping, columns, sourceRef, scopeIndex, lineIndex)
  for (const row of table.rows) p.row(row.line, row.cells)
  // Namesakes that meet the graph must each meet their own record: by key and identifiers.
  for (const refs of p.variants.values())
    for (const ref of refs) {
      const e = p.entities.get(ref)
      if (e?.match !== 'graph') continue
      for (const f of IDENTIFYING) if (f in e.props && !(f in e.key)) e.key[f] = e.props[f]
    }
  const notes = [...p.notes.list(), ...columnNotes(mapping, table.headers, columns)]
  return {
    rows: table.rows.length,
    entities: [...p.entities.values()],
    links: [...p.links.values()],
    errors: p.errors,
    errorCount: p.errorCount,
    notes,
    bad: p.bad,
  }
}
