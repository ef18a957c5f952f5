import {
  DATE_PROPS,
  DATETIME_PROPS,
  isEntityKind,
  isLinkKind,
  withKindToken,
  POINT_PROPS,
  type GraphBatch,
  type LinkKind,
  type StoredProps,
} from '@htwb/graph'
import neo4j from 'neo4j-driver'
import { mkdirSync } from 'node:fs'
import { appendAudit } from './audit.ts'
import { linksAsCsv, loadCsv } from './bulk-csv.ts'
import { deriveAll } from './derived.ts'
import type { Db } from './driver.ts'

const dates = new Set<string>(DATE_PROPS)
const dateTimes = new Set<string>(DATETIME_PROPS)
const points = new Set<string>(POINT_PROPS)
// JS numbers go to Neo4j as floats; these are whole numbers by meaning.
const integers = new Set(['version', 'credibility', 'durationSeconds'])

/** A UTC DateTime whatever the server's zone, so date(r.at) is the same day everywhere. */
function utcDateTime(iso: string) {
  const d = new Date(iso)
  return new neo4j.types.DateTime(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds() * 1_000_000,
    0,
  )
}

/** Stored plain values → Neo4j values; absent and null values are dropped (Neo4j stores no nulls) unless `keepNulls`. */
export function toNeo4jProps(
  props: StoredProps,
  { keepNulls = false }: { keepNulls?: boolean } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    // For `SET n += $props` a null removes the property, which is how an update clears a field.
    if (value === null && keepNulls) out[key] = null
    if (value === null || value === undefined) continue
    if (dates.has(key) && typeof value === 'string') {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number]
      out[key] = new neo4j.types.Date(y, m, d)
    } else if (dateTimes.has(key) && typeof value === 'string') {
      out[key] = utcDateTime(value)
    } else if (points.has(key) && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = new neo4j.types.Point(4326, value.lon, value.lat)
    } else if (integers.has(key) && typeof value === 'number') {
      out[key] = neo4j.int(value)
    } else {
      out[key] = value
    }
  }
  return out
}

// One statement per batch for nodes and one for links: per-statement round trips, not rows,
// dominated load time. Dynamic labels and types (Neo4j 5.26) take values checked against the
// closed vocabulary below before they are sent.
const CREATE_NODES = `UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props`
// Links per kind, the type written into the statement: read from each row (`$(row.type)`) it
// made creating them three times slower.
const createLinks = (kind: LinkKind) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${kind}]->(b) SET r = row.props`

function nodeRows(batch: GraphBatch) {
  return batch.nodes.map((n) => {
    if (!isEntityKind(n.kind))
      throw new Error(`unknown entity kind in load: ${String(n.kind).slice(0, 40)}`)
    const searchText = withKindToken(n.kind, n.props.searchText as string | undefined)
    return { labels: ['Entity', n.kind], props: { ...toNeo4jProps(n.props), id: n.id, searchText } }
  })
}

const linkRows = (links: GraphBatch['links']) =>
  links.map((l) => ({ from: l.from, to: l.to, props: { ...toNeo4jProps(l.props), id: l.id } }))

export interface BulkReport {
  nodes: number
  links: number
}

export interface BulkOptions {
  /**
   * A directory the database reads files from (the embedded Neo4j reads absolute paths): links
   * then go as CSV files through LOAD CSV, in chunks of about 50,000 records, which is several
   * times faster than parameters (bulk-csv.ts). Without it, every batch goes as parameters.
   */
  csvDir?: string
  /**
   * For a database nobody uses yet (a bench or first demo load): the indexes no constraint owns
   * (full-text, per kind, per type: 64 of them) are dropped for the load and created again after
   * it, from their own create statements, which populates them in one pass (a 2-scale load took
   * half as long). Uniqueness constraints stay, so links still find their ends by id.
   */
  rebuildIndexes?: boolean
}

/** Drops the indexes no constraint owns; returns the statements that create them again. */
async function dropIndexes(db: Db): Promise<string[]> {
  const session = db.driver.session({ database: db.database })
  try {
    const res = await session.run(
      `SHOW INDEXES YIELD name, type, owningConstraint, createStatement
       WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name, createStatement`,
    )
    const dropped: string[] = []
    for (const r of res.records) {
      await session.run(`DROP INDEX \`${String(r.get('name')).replace(/`/g, '``')}\` IF EXISTS`)
      dropped.push(r.get('createStatement') as string)
    }
    return dropped
  } finally {
    await session.close()
  }
}

async function createIndexes(db: Db, statements: readonly string[]): Promise<void> {
  if (!statements.length) return
  const session = db.driver.session({ database: db.database })
  try {
    for (const s of statements) await session.run(s)
    await session.run('CALL db.awaitIndexes(86400)')
  } finally {
    await session.close()
  }
}

/** Records (nodes + links) per chunk on the CSV path: generated batches joined up to this. */
const CSV_CHUNK = 50_000

/** Joins small batches into chunks of at least `size` records (links stay after their nodes). */
function* chunked(batches: Iterable<GraphBatch>, size: number): Generator<GraphBatch> {
  let chunk: GraphBatch = { nodes: [], links: [] }
  for (const b of batches) {
    for (const n of b.nodes) chunk.nodes.push(n)
    for (const l of b.links) chunk.links.push(l)
    if (chunk.nodes.length + chunk.links.length >= size) {
      yield chunk
      chunk = { nodes: [], links: [] }
    }
  }
  if (chunk.nodes.length + chunk.links.length) yield chunk
}

/** A batch's links through LOAD CSV, a file per kind, where they can go as CSV; else as parameters. */
async function writeLinks(db: Db, batch: GraphBatch, csvDir: string | undefined): Promise<void> {
  const byKind = new Map<LinkKind, GraphBatch['links']>()
  for (const l of batch.links) {
    if (!isLinkKind(l.kind))
      throw new Error(`unknown link kind in load: ${String(l.kind).slice(0, 40)}`)
    const list = byKind.get(l.kind) ?? []
    list.push(l)
    byKind.set(l.kind, list)
  }
  for (const [kind, links] of byKind) {
    const asCsv = csvDir ? linksAsCsv(links) : null
    if (asCsv && csvDir) await loadCsv(db, csvDir, asCsv)
    else await writeRows(db, createLinks(kind), linkRows(links))
  }
}

async function writeRows(db: Db, query: string, rows: unknown[]): Promise<void> {
  if (!rows.length) return
  const session = db.driver.session({ database: db.database })
  try {
    await session.executeWrite((tx) => tx.run(query, { rows }))
  } finally {
    await session.close()
  }
}

/**
 * Loads generated or imported batches: per batch one transaction for its nodes, then one for its
 * links. A batch's nodes are written while the previous batch's links commit, so packing on this
 * side overlaps work in the database. Not atomic (a crash leaves the batches written so far);
 * callers that need all-or-nothing stage under an import id. Audited as one COLLECT entry for the
 * whole load (ids are not listed: a million-node load would make an unreadable entry).
 */
export async function bulkLoad(
  db: Db,
  batches: Iterable<GraphBatch>,
  actor: string,
  operation: string,
  options: BulkOptions = {},
): Promise<BulkReport> {
  const report: BulkReport = { nodes: 0, links: 0 }
  let linksInFlight: Promise<void> = Promise.resolve()
  const { csvDir } = options
  if (csvDir) mkdirSync(csvDir, { recursive: true })
  const dropped = options.rebuildIndexes ? await dropIndexes(db) : []
  try {
    for (const batch of csvDir ? chunked(batches, CSV_CHUNK) : batches) {
      const nodes = nodeRows(batch)
      // Links may point at nodes of this batch, so they wait for its nodes to commit.
      await Promise.all([linksInFlight, writeRows(db, CREATE_NODES, nodes)])
      linksInFlight = writeLinks(db, batch, csvDir)
      report.nodes += batch.nodes.length
      report.links += batch.links.length
    }
  } finally {
    // Even after a failed load: the schema is the migrations' again, and what need-to-know
    // reads from each node (data/derived.ts) is derived for what was written, so a partial load
    // a later start keeps never shows a victim's address or hides a case's members.
    await linksInFlight.finally(() => createIndexes(db, dropped)).finally(() => deriveAll(db))
  }
  const session = db.driver.session({ database: db.database })
  try {
    const link = await session.executeWrite((tx) =>
      appendAudit(db.seal, tx, {
        actor,
        action: 'COLLECT',
        operation,
        outcome: 'OK',
        detail: `${report.nodes} entities, ${report.links} links`,
      }),
    )
    await db.seal.anchor([link])
    return report
  } finally {
    await session.close()
  }
}

export async function countEntities(db: Db): Promise<number> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
  })
  try {
    const res = await session.executeRead((tx) => tx.run('MATCH (n:Entity) RETURN count(n) AS c'))
    return neo4j.integer.toNumber(res.records[0]?.get('c') ?? 0)
  } finally {
    await session.close()
  }
}
