import type * as Api from '@htwb/graph/import-api'
import { stringify } from 'yaml'
import {
  columnSlots,
  MappingSchema,
  type FieldSpec,
  type Mapping,
  type MappingProblem,
} from './mapping.ts'
import type { ParseOptions } from './values.ts'

/** How a file nobody wrote the mapping for is read with it: chosen in the browser's wizard. */
export interface Binding {
  /** Per column the mapping reads: the file's header that holds it, or null when it has none. */
  columns: Record<string, string | null>
  parse?: Partial<ParseOptions>
  /** How the file is read (encoding, header row…): checked here as the mapping's `file` block. */
  file?: { [K in keyof Api.FileChoice]?: unknown }
  /** Columns of the mapping the person made optional: every field reading one may be empty. */
  optional?: string[]
  /** Per entity alias: 'graph' matches records already there, 'file' only within the file. */
  match?: Record<string, 'graph' | 'file'>
}

type Fields = Record<string, FieldSpec>

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const MATCH = { graph: 'graph', file: 'import' } as const

/**
 * The mapping with its columns renamed to the file's headers, and the person's other choices
 * applied. A column bound to null drops the fields that read it (and a link's key loses such a
 * field); an optional entity left without its key is dropped with its links, a required one is
 * a problem. A column made
 * optional makes every field reading it not required, unless it is part of a needed entity's
 * key (a problem: such rows could not be told apart). `match` sets how an entity meets the
 * graph; `file` becomes the mapping's `file` block. The old column name becomes an alias, so a
 * saved copy still recognises files like the original. Whatever the binding holds, the answer
 * is a mapping or problems (it comes from a request), never a throw.
 */
export function rebind(
  m: Mapping,
  b: Binding,
): { mapping: Mapping } | { problems: MappingProblem[] } {
  const problems: MappingProblem[] = []
  const problem = (path: string, message: string) => problems.push({ path, message })
  const copy = structuredClone(m)
  // Maps, not objects: a column may be called "constructor" or "toString".
  const columns = new Map<string, string | null>()
  if (!isRecord(b.columns)) problem('columns', 'columns must map column names to headers')
  else {
    const read = new Set(columnSlots(m).map((s) => s.column))
    for (const [col, to] of Object.entries(b.columns)) {
      if (!read.has(col)) problem(`columns.${col}`, `no field reads column ${col}`)
      else if (to === null || typeof to === 'string') columns.set(col, to)
      else problem(`columns.${col}`, 'a header name or null')
    }
  }
  const optional = optionalColumns(m, b.optional, problem)
  const renamed = (fields: Fields, where: string, key: string[] = []) => {
    for (const [f, spec] of Object.entries(fields)) {
      if (!('column' in spec)) continue
      const col = String(spec.column)
      if (optional.has(col)) spec.required = false
      if (!columns.has(col)) continue
      const to = columns.get(col)
      if (to === null || to === undefined || !to.trim()) {
        if (spec.required) problem(`columns.${col}`, `${where}.${f} needs a column`)
        // A link told apart by it (a payment's reference) is told apart by the rest of its
        // key; rows equal in all of it stay separate links (the plan keys them by their turn).
        key.splice(0, key.length, ...key.filter((k) => k !== f))
        delete fields[f]
      } else spec.column = to.trim()
    }
  }
  for (const [alias, e] of Object.entries(copy.entities)) renamed(e.fields, alias)
  copy.links.forEach((l, i) => renamed(l.fields, `links[${i}]`, l.key))
  for (const [alias, e] of Object.entries(copy.entities)) {
    if (e.key.every((k) => Object.hasOwn(e.fields, k))) continue
    if (!e.optional) {
      problem(`entities.${alias}`, `${alias} needs its key ${e.key.join(', ')}`)
      continue
    }
    delete copy.entities[alias]
    copy.links = copy.links.filter((l) => l.from !== alias && l.to !== alias)
  }
  applyMatch(m, copy, b.match, problem)
  const aliases = new Map<string, string[]>()
  for (const [col, names] of Object.entries(m.aliases)) {
    const to = columns.has(col) ? columns.get(col)?.trim() : col
    if (to) aliases.set(to, [...new Set([...names, ...(to === col ? [] : [col])])])
  }
  for (const [col, to] of columns)
    if (to?.trim() && to.trim() !== col && !aliases.has(to.trim())) aliases.set(to.trim(), [col])
  copy.aliases = Object.fromEntries(aliases)
  if (b.parse !== undefined && !isRecord(b.parse)) problem('parse', 'parse must be an object')
  else copy.parse = { ...copy.parse, ...b.parse }
  if (b.file !== undefined && !isRecord(b.file)) problem('file', 'file must be an object')
  else copy.file = { ...copy.file, ...(b.file as Partial<Mapping['file']>) }
  if (problems.length) return { problems }
  const res = MappingSchema.safeParse(copy)
  if (!res.success)
    return {
      problems: res.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    }
  return { mapping: res.data }
}

/** The columns made optional, each one the mapping reads and none a needed entity's key. */
function optionalColumns(
  m: Mapping,
  optional: unknown,
  problem: (path: string, message: string) => void,
): Set<string> {
  const out = new Set<string>()
  if (optional === undefined) return out
  if (!Array.isArray(optional)) {
    problem('optional', 'optional must list column names')
    return out
  }
  const read = new Set(columnSlots(m).map((s) => s.column))
  for (const col of optional as unknown[]) {
    if (typeof col !== 'string' || !read.has(col)) {
      problem(`optional.${String(col)}`, `no field reads column ${String(col)}`)
      continue
    }
    const keys = Object.entries(m.entities).flatMap(([alias, e]) =>
      e.optional
        ? []
        : e.key
            .filter((k) => {
              const spec = e.fields[k]
              return spec && 'column' in spec && String(spec.column) === col
            })
            .map((k) => `${alias}.${k}`),
    )
    if (keys.length) problem(`optional.${col}`, `${keys.join(', ')} is part of a needed key`)
    else out.add(col)
  }
  return out
}

function applyMatch(
  m: Mapping,
  copy: Mapping,
  match: unknown,
  problem: (path: string, message: string) => void,
): void {
  if (match === undefined) return
  if (!isRecord(match)) {
    problem('match', 'match must map entity aliases to graph or file')
    return
  }
  for (const [alias, how] of Object.entries(match)) {
    if (!Object.hasOwn(m.entities, alias)) problem(`match.${alias}`, `no entity ${alias}`)
    else if (how !== 'graph' && how !== 'file') problem(`match.${alias}`, 'graph or file')
    // An entity dropped for want of its key has nothing to match.
    else if (Object.hasOwn(copy.entities, alias)) copy.entities[alias]!.match = MATCH[how]
  }
}

/** YAML a person can read, edit and upload again. */
export const mappingYaml = (m: Mapping): string => stringify(m, { lineWidth: 100 })
