import { createHash } from 'node:crypto'
import type { EntityKind, LinkKind } from '@htwb/graph'
import { ENUM_PROPS, type FieldSpec, type Mapping } from './mapping.ts'
import type { Table } from './source-file.ts'
import { parseValue } from './values.ts'

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

export interface ImportPlan {
  rows: number
  entities: PlannedEntity[]
  links: PlannedLink[]
  errors: RowError[]
  /** Errors past this many are counted, not listed. */
  errorCount: number
}

export const MAX_LISTED_ERRORS = 200

/** Import keys: short, stable hashes of what identifies an entity or link across runs. */
export const keyHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32)
const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')

/** Where each mapped column is in the file; a missing one is a file-level problem. */
export function resolveColumns(
  mapping: Mapping,
  headers: string[],
): Map<string, number> | string[] {
  const index = new Map(headers.map((h, i) => [norm(h), i]))
  const found = new Map<string, number>()
  const missing: string[] = []
  const specs = [
    ...Object.values(mapping.entities).flatMap((e) => Object.values(e.fields)),
    ...mapping.links.flatMap((l) => Object.values(l.fields)),
  ]
  for (const f of specs) {
    if (!('column' in f)) continue
    const name = String(f.column)
    if (typeof f.column === 'number') {
      if (f.column <= headers.length) found.set(name, f.column - 1)
      else missing.push(name)
    } else {
      const i = index.get(norm(f.column))
      if (i === undefined) missing.push(f.column)
      else found.set(name, i)
    }
  }
  return missing.length ? [...new Set(missing)] : found
}

interface RowCtx {
  line: number
  cells: string[]
  columns: Map<string, number>
  mapping: Mapping
  errors: RowError[]
  fail: (e: RowError) => void
}

function fieldValue(ctx: RowCtx, where: string, field: string, spec: FieldSpec): unknown {
  if ('value' in spec) return spec.value
  const column = String(spec.column)
  const text = (ctx.cells[ctx.columns.get(column) ?? -1] ?? '').trim()
  if (!text) {
    if (spec.required)
      ctx.fail({ line: ctx.line, column, field: `${where}.${field}`, reason: 'empty' })
    return undefined
  }
  const parsed = parseValue(spec.type, text, ctx.mapping.parse)
  if (!parsed.ok) {
    ctx.fail({ line: ctx.line, column, field: `${where}.${field}`, reason: parsed.reason })
    return undefined
  }
  const allowed = ENUM_PROPS[field]
  if (allowed && typeof parsed.value === 'string') {
    const upper = parsed.value.toUpperCase().replace(/[\s-]+/g, '_')
    if (!allowed.includes(upper)) {
      ctx.fail({
        line: ctx.line,
        column,
        field: `${where}.${field}`,
        reason: `not one of ${allowed.join(', ')}`,
      })
      return undefined
    }
    return upper
  }
  return parsed.value
}

const fill = (template: string, props: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(props[k] ?? '')).trim()

/**
 * Rows to entities and links, each row checked completely: every problem is reported with its
 * line and column, and a plan with errors must not be written. Entities with equal keys within
 * the file become one.
 */
export function planImport(mapping: Mapping, table: Table, sourceRef: string): ImportPlan {
  const columns = resolveColumns(mapping, table.headers)
  if (Array.isArray(columns)) throw new Error('resolveColumns first')
  const entities = new Map<string, PlannedEntity>()
  const links = new Map<string, PlannedLink>()
  const errors: RowError[] = []
  let errorCount = 0
  const fail = (e: RowError) => {
    errorCount++
    if (errors.length < MAX_LISTED_ERRORS) errors.push(e)
  }
  for (const row of table.rows) {
    const ctx: RowCtx = { line: row.line, cells: row.cells, columns, mapping, errors, fail }
    const before = errorCount
    const refs = new Map<string, string>()
    const pending: PlannedEntity[] = []
    for (const [alias, spec] of Object.entries(mapping.entities)) {
      const props: Record<string, unknown> = {}
      for (const [field, f] of Object.entries(spec.fields)) {
        const v = fieldValue(ctx, alias, field, f)
        if (v !== undefined && !(Array.isArray(v) && !v.length)) props[field] = v
      }
      const key = Object.fromEntries(spec.key.map((k) => [k, props[k]]))
      const missing = spec.key.filter((k) => key[k] === undefined || key[k] === '')
      if (missing.length) {
        if (!spec.optional)
          for (const k of missing)
            if (!errors.some((e) => e.line === row.line && e.field === `${alias}.${k}`))
              fail({ line: row.line, column: null, field: `${alias}.${k}`, reason: 'key missing' })
        continue
      }
      props.name = spec.name
        ? fill(spec.name, props)
        : String(props.name ?? spec.key.map((k) => key[k]).join(' '))
      const scope = spec.match === 'import' ? `${sourceRef}|` : ''
      const ref = `${scope}${spec.kind}|${JSON.stringify(key)}`
      refs.set(alias, ref)
      pending.push({ ref, alias, kind: spec.kind, match: spec.match, key, props })
    }
    const rowLinks: PlannedLink[] = []
    mapping.links.forEach((spec, i) => {
      const fromRef = refs.get(spec.from)
      const toRef = refs.get(spec.to)
      const props: Record<string, unknown> = {}
      for (const [field, f] of Object.entries(spec.fields)) {
        const v = fieldValue(ctx, `links[${i}]`, field, f)
        if (v !== undefined) props[field] = v
      }
      if (!fromRef || !toRef || fromRef === toRef) return
      const keyValues = spec.key.map((k) => props[k] ?? null)
      const importKey = keyHash(`${spec.kind}|${fromRef}|${toRef}|${JSON.stringify(keyValues)}`)
      rowLinks.push({ kind: spec.kind, fromRef, toRef, importKey, props })
    })
    if (errorCount > before) continue
    for (const e of pending) {
      const seen = entities.get(e.ref)
      if (!seen) entities.set(e.ref, e)
      // Later rows fill what earlier ones left empty; they never overwrite.
      else for (const [k, v] of Object.entries(e.props)) if (!(k in seen.props)) seen.props[k] = v
    }
    for (const l of rowLinks) if (!links.has(l.importKey)) links.set(l.importKey, l)
  }
  return {
    rows: table.rows.length,
    entities: [...entities.values()],
    links: [...links.values()],
    errors,
    errorCount,
  }
}
