/**
 * Links (and a staged import's entities) as a CSV file that Neo4j reads itself (`LOAD CSV … CALL { } IN
 * TRANSACTIONS`): the driver packs parameter maps at about 13k rows/s, and a file of typed
 * columns is written faster than that and read by the database without packing. Only for a
 * database that can read the loader's files (the embedded one), and only for links whose values
 * a CSV cell carries without loss; anything else goes through the parameter path.
 */
import {
  DATE_PROPS,
  DATETIME_PROPS,
  POINT_PROPS,
  isEntityKind,
  isLinkKind,
  type GraphBatch,
} from '@htwb/graph'
import { randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Db } from './driver.ts'

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
    // A time with an offset other than Z would keep it through datetime(), where the parameter
    // path (utcDateTime) stores UTC: such values go as parameters.
    if (dateTimes.has(key)) return /Z$/.test(v) ? 'datetime' : null
    return dates.has(key) ? 'date' : 'string'
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

/** The typed columns of these records' properties, or null when one would not survive a cell. */
function columnsOf(items: ReadonlyArray<{ props: GraphBatch['links'][number]['props'] }>) {
  const types = new Map<string, Cell>()
  for (const item of items)
    for (const [k, v] of Object.entries(item.props)) {
      if (v === null || v === undefined) continue
      if (k === 'id' || !SAFE_KEY.test(k)) return null
      const t = cellType(k, v)
      if (!t || (types.has(k) && types.get(k) !== t)) return null
      types.set(k, t)
    }
  return types
}

/** The file: fixed leading columns, then one typed column per property. */
function fileOf(
  head: readonly string[],
  items: ReadonlyArray<{ props: GraphBatch['links'][number]['props'] }>,
  lead: (i: number) => string[],
  types: Map<string, Cell>,
): { csv: string; sets: string[] } {
  const keys = [...types.keys()]
  const lines = [[...head, ...keys].join(',')]
  items.forEach((item, i) =>
    lines.push([...lead(i), ...keys.map((k) => cell(types.get(k)!, item.props[k]))].join(',')),
  )
  const sets = keys.map((k) => `\`${k}\` = ${READ[types.get(k)!](`row.\`${k}\``)}`)
  return { csv: `${lines.join('\n')}\n`, sets }
}

const safeIds = (...ids: string[]) => !/[",\r\n]/.test(ids.join(''))

/**
 * The links as CSV and the statement that creates them, or null when a value would not survive
 * the trip (the caller then sends them as parameters).
 */
export function linksAsCsv(
  links: GraphBatch['links'],
  { rowsPerTransaction = 10_000, set = '' }: { rowsPerTransaction?: number; set?: string } = {},
): LinkCsv | null {
  // One kind per file, written into the statement: a type read from each row (`$(row.type)`)
  // made the same 100,000 calls take 20 s instead of 6 s.
  const kind = links[0]?.kind
  if (!kind || !isLinkKind(kind)) return null
  if (!links.every((l) => l.kind === kind && safeIds(l.id, l.from, l.to))) return null
  const types = columnsOf(links)
  if (!types) return null
  const { csv, sets } = fileOf(
    ['from', 'to', 'id'],
    links,
    (i) => [quote(links[i]!.from), quote(links[i]!.to), quote(links[i]!.id)],
    types,
  )
  const statement = `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:${kind}]->(b)
  SET r.id = row.id${sets.map((x) => `, r.${x}`).join('')}${set ? `\n  SET ${set}` : ''}
} IN TRANSACTIONS OF ${rowsPerTransaction} ROWS`
  return { csv, statement }
}

/**
 * Entities of one kind as CSV and the statement that creates them with `labels` (checked: the
 * kind's own, Entity and Staged only), or null as for links.
 */
export function nodesAsCsv(
  nodes: GraphBatch['nodes'],
  labels: readonly string[],
  { rowsPerTransaction = 10_000, set = '' }: { rowsPerTransaction?: number; set?: string } = {},
): LinkCsv | null {
  const kind = nodes[0]?.kind
  if (!kind || !isEntityKind(kind) || !labels.every((l) => [kind, 'Entity', 'Staged'].includes(l)))
    return null
  if (!nodes.every((n) => n.kind === kind && safeIds(n.id))) return null
  const types = columnsOf(nodes)
  if (!types) return null
  const { csv, sets } = fileOf(['id'], nodes, (i) => [quote(nodes[i]!.id)], types)
  const statement = `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (n:${labels.join(':')})
  SET n.id = row.id${sets.map((x) => `, n.${x}`).join('')}${set ? `\n  SET ${set}` : ''}
} IN TRANSACTIONS OF ${rowsPerTransaction} ROWS`
  return { csv, statement }
}

/**
 * Runs a LOAD CSV statement over `csv`, written for the moment to `dir` (which the database must
 * read: the embedded one) and removed after. Auto-commit, as CALL { } IN TRANSACTIONS needs: a
 * failure leaves the inner transactions committed so far, so callers write only what a rollback
 * finds again (staged nodes and their links, or a bulk load that is not atomic anyway).
 */
export async function loadCsv(
  db: Db,
  dir: string,
  { csv, statement }: LinkCsv,
  params: Record<string, unknown> = {},
): Promise<void> {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = join(dir, `${PREFIX}${randomUUID()}.csv`)
  const session = db.driver.session({ database: db.database })
  try {
    // Only this process and the database (same account) read it: it holds case data.
    writeFileSync(file, csv, { mode: 0o600 })
    await session.run(statement, { ...params, url: `file://${file}` })
  } finally {
    await session.close()
    rmSync(file, { force: true })
  }
}

const PREFIX = 'htwb-load-'

/** Files a process that died left in the load directory (case data): removed at start. */
export function sweepLoadFiles(dir: string): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const n of names) if (n.startsWith(PREFIX)) rmSync(join(dir, n), { force: true })
}

/** The database could not open the file (another account, a directory it may not read). */
export const unreadable = (e: unknown) =>
  (e as { code?: string }).code === 'Neo.ClientError.Statement.ExternalResourceFailed'
