import { stringify } from 'yaml'
import { MappingSchema, type FieldSpec, type Mapping, type MappingProblem } from './mapping.ts'
import type { ParseOptions } from './values.ts'

/** How a file nobody wrote the mapping for is read with it: chosen in the browser's wizard. */
export interface Binding {
  /** Per column the mapping reads: the file's header that holds it, or null when it has none. */
  columns: Record<string, string | null>
  parse?: Partial<ParseOptions>
}

type Fields = Record<string, FieldSpec>

/**
 * The mapping with its columns renamed to the file's headers. A column bound to null drops the
 * fields that read it; an optional entity left without its key is dropped with its links, a
 * required one is a problem. The old column name becomes an alias, so a saved copy still
 * recognises files like the original.
 */
export function rebind(
  m: Mapping,
  b: Binding,
): { mapping: Mapping } | { problems: MappingProblem[] } {
  const problems: MappingProblem[] = []
  const copy = structuredClone(m)
  // Maps, not objects: a column may be called "constructor" or "toString".
  const columns = new Map(Object.entries(b.columns))
  const renamed = (fields: Fields, where: string) => {
    for (const [f, spec] of Object.entries(fields)) {
      if (!('column' in spec)) continue
      const col = String(spec.column)
      if (!columns.has(col)) continue
      const to = columns.get(col)
      if (to === null || to === undefined || !to.trim()) {
        if (spec.required)
          problems.push({ path: `columns.${col}`, message: `${where}.${f} needs a column` })
        delete fields[f]
      } else spec.column = to.trim()
    }
  }
  for (const [alias, e] of Object.entries(copy.entities)) renamed(e.fields, alias)
  copy.links.forEach((l, i) => renamed(l.fields, `links[${i}]`))
  for (const [alias, e] of Object.entries(copy.entities)) {
    if (e.key.every((k) => Object.hasOwn(e.fields, k))) continue
    if (!e.optional) {
      problems.push({
        path: `entities.${alias}`,
        message: `${alias} needs its key ${e.key.join(', ')}`,
      })
      continue
    }
    delete copy.entities[alias]
    copy.links = copy.links.filter((l) => l.from !== alias && l.to !== alias)
  }
  const aliases = new Map<string, string[]>()
  for (const [col, names] of Object.entries(m.aliases)) {
    const to = columns.has(col) ? columns.get(col)?.trim() : col
    if (to) aliases.set(to, [...new Set([...names, ...(to === col ? [] : [col])])])
  }
  for (const [col, to] of columns)
    if (to?.trim() && to.trim() !== col && !aliases.has(to.trim())) aliases.set(to.trim(), [col])
  copy.aliases = Object.fromEntries(aliases)
  copy.parse = { ...copy.parse, ...b.parse }
  if (problems.length) return { problems }
  const res = MappingSchema.safeParse(copy)
  if (!res.success)
    return {
      problems: res.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    }
  return { mapping: res.data }
}

/** YAML a person can read, edit and upload again. */
export const mappingYaml = (m: Mapping): string => stringify(m, { lineWidth: 100 })
