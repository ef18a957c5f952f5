/**
 * Links of a bulk load as a CSV file that Neo4j reads itself (`LOAD CSV … CALL { } IN
 * TRANSACTIONS`): the driver packs parameter maps at about 13k rows/s, and a file of typed
 * columns is written faster than that and read by the database without packing. Only for a
 * database that can read the loader's files (the embedded one), and only for links whose values
 * a CSV cell carries without loss; anything else goes through the parameter path.
 */
import { DATE_PROPS, DATETIME_PROPS, POINT_PROPS, isLinkKind, type GraphBatch } from '@htwb/graph'

const dates = new Set<string>(DATE_PROPS)
const dateTimes = new Set<string>(DATETIME_PROPS)
const points = new Set<string>(POINT_PROPS)
// As toNeo4jProps in bulk.ts: whole numbers by meaning, the other numbers are floats.
const integers = new Set(['version', 'credibility', 'durationSeconds'])
/** Joins list items in a cell; never in generated or imported text (checked). */
const SEP = '\u001f'
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

type Cell = 'string' | 'int' | 'float' | 'bool' | 'date' | 'datetime' | 'list'

function cellType(key: string, v: unknown): Cell | null {
  if (points.has(key)) return null
  if (typeof v === 'string') {
    // An empty cell reads as null, a line break would need quoting LOAD CSV may not keep, and
    // a backslash before a quote is an escape to LOAD CSV (legacy quote escaping).
    if (v === '' || /[\r\n\\]/.test(v) || v.includes(SEP)) return null
    return dates.has(key) ? 'date' : dateTimes.has(key) ? 'datetime' : 'string'
  }
  if (typeof v === 'number')
    return Number.isFinite(v) ? (integers.has(key) ? 'int' : 'float') : null
  if (typeof v === 'boolean') return 'bool'
  if (Array.isArray(v))
    return v.length > 0 &&
      v.every((x) => typeof x === 'string' && x !== '' && !/[\r\n\\]/.test(x) && !x.includes(SEP))
      ? 'list'
      : null
  return null
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`

function cell(type: Cell, v: unknown): string {
  if (v === null || v === undefined) return ''
  if (type === 'list') return quote((v as string[]).join(SEP))
  if (type === 'string' || type === 'date' || type === 'datetime') return quote(v as string)
  return String(v)
}

const READ: Record<Cell, (x: string) => string> = {
  string: (x) => x,
  int: (x) => `toInteger(${x})`,
  float: (x) => `toFloat(${x})`,
  bool: (x) => `toBoolean(${x})`,
  date: (x) => `date(${x})`,
  datetime: (x) => `datetime(${x})`,
  list: (x) => `split(${x}, '${SEP}')`,
}

export interface LinkCsv {
  csv: string
  statement: string
}

/**
 * The links as CSV and the statement that creates them, or null when a value would not survive
 * the trip (the caller then sends them as parameters).
 */
export function linksAsCsv(
  links: GraphBatch['links'],
  rowsPerTransaction = 10_000,
): LinkCsv | null {
  const types = new Map<string, Cell>()
  for (const l of links) {
    if (!isLinkKind(l.kind) || /[",\r\n]/.test(l.id + l.from + l.to)) return null
    for (const [k, v] of Object.entries(l.props)) {
      if (v === null || v === undefined) continue
      if (k === 'id' || !SAFE_KEY.test(k)) return null
      const t = cellType(k, v)
      if (!t || (types.has(k) && types.get(k) !== t)) return null
      types.set(k, t)
    }
  }
  const keys = [...types.keys()]
  const lines = [['from', 'to', 'type', 'id', ...keys].join(',')]
  for (const l of links)
    lines.push(
      [
        quote(l.from),
        quote(l.to),
        l.kind,
        quote(l.id),
        ...keys.map((k) => cell(types.get(k)!, l.props[k])),
      ].join(','),
    )
  const sets = keys.map((k) => `r.\`${k}\` = ${READ[types.get(k)!](`row.\`${k}\``)}`)
  const statement = `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.id = row.id${sets.length ? `, ${sets.join(', ')}` : ''}
} IN TRANSACTIONS OF ${rowsPerTransaction} ROWS`
  return { csv: `${lines.join('\n')}\n`, statement }
}
