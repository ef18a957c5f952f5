import { hasHostileChars } from '../common/validation.ts'
import { Budget, DEFAULT_LIMITS, tooLarge, type ReadLimits } from '../common/limits.ts'
import { MAX_NAME, Problems, type FtmLine } from './ftm.read.ts'
import type { FtmEntity } from './ftm.schemata.ts'

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')

/**
 * FtM names: schemata are CamelCase (`Person`, `LegalEntity`), properties camelCase. A name
 * outside these (`__proto__`, `toString`, markup, control characters) is an error of its line.
 */
const SCHEMA_NAME = /^[A-Z][A-Za-z0-9]{0,63}$/
const PROPERTY_NAME = /^[a-z][A-Za-z0-9]{0,63}$/

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
