/**
 * pnpm bench [-- --scale N]: load the synthetic dataset into a fresh embedded Neo4j, then time the
 * workbench's own services (through the audited data-access layer) against naive peers.
 * Figures are printed, never asserted: this machine's speed is not a test.
 */
import { freePort, startEmbeddedGraph } from '@htwb/graph'
import { generate } from '@htwb/seeds'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DataAccess } from '../../server/src/data/access.ts'
import { AuditSeal } from '../../server/src/data/audit-seal.ts'
import { bulkLoad } from '../../server/src/data/bulk.ts'
import { connect } from '../../server/src/data/driver.ts'
import { createLoaders } from '../../server/src/modules/index.ts'
import { migrate } from '../../server/src/data/migrate.ts'
import type { Context } from '../../server/src/context.ts'
import { expand, paths } from '../../server/src/modules/networks/networks.service.ts'
import { searchEntities } from '../../server/src/modules/search/search.service.ts'

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '5' }, samples: { type: 'string', default: '40' } },
})
const scale = Number(values.scale)
const samples = Number(values.samples)

const dataDir = mkdtempSync(join(tmpdir(), 'htwb-bench-'))
const graph = await startEmbeddedGraph({
  dataDir,
  port: await freePort(),
  password: 'bench-password-1',
  heapMb: 3072,
  pageCacheMb: 2048,
})
// A throwaway database: its audit key and anchor can live inside it.
const seal = AuditSeal.open({
  keyFile: join(dataDir, 'audit-key'),
  anchorFile: join(dataDir, 'audit-anchor'),
})
const db = await connect(graph.uri, graph.user, graph.password, 'neo4j', seal)
const user = {
  id: 'bench',
  username: 'bench',
  displayName: 'Bench',
  roles: ['SUPERVISOR' as const],
  clearances: [],
}

function ctx(): Context {
  const data = new DataAccess(db, user, 'bench-pseudonym-key')
  return { data, loaders: createLoaders(data) } as unknown as Context
}

async function timed(label: string, n: number, run: (i: number) => Promise<unknown>) {
  const ms: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await run(i)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(1)
  console.log(`  ${label.padEnd(58)} p50 ${q(0.5).padStart(8)} ms   p95 ${q(0.95).padStart(8)} ms`)
}

async function raw(query: string, params: Record<string, unknown>) {
  const s = db.driver.session({ database: 'neo4j' })
  try {
    return (await s.executeRead((tx) => tx.run(query, params))).records
  } finally {
    await s.close()
  }
}

try {
  await migrate(db)
  console.log(`\nLoad (scale ${scale})`)
  const t0 = performance.now()
  const loaded = await bulkLoad(db, generate({ scale }), 'bench', 'bench')
  const secs = (performance.now() - t0) / 1000
  const rate = ((loaded.nodes + loaded.links) / secs).toFixed(0)
  console.log(
    `  ${loaded.nodes} nodes + ${loaded.links} links in ${secs.toFixed(1)} s = ${rate} records/s (generation included)`,
  )

  const persons = (
    await raw('MATCH (p:Person) RETURN p.id AS id, p.lastName AS last ORDER BY p.id', {})
  ).map((r) => ({
    id: r.get('id') as string,
    last: (r.get('last') as string | null) ?? 'Krasniqi',
  }))
  const pick = (i: number) => persons[(i * 7919) % persons.length]!

  console.log(
    `\nQueries (${samples} samples each; through DataAccess, consultation audit included)`,
  )
  await timed('search surname, full-text + spelling keys (workbench)', samples, (i) =>
    searchEntities(ctx(), { text: pick(i).last, first: 25 }).then(() => undefined),
  )
  await timed('peer: CONTAINS scan over Person names (no index)', samples, (i) =>
    raw('MATCH (p:Person) WHERE toLower(p.name) CONTAINS toLower($s) RETURN p LIMIT 25', {
      s: pick(i).last,
    }),
  )
  await timed('expand depth 2, limit 150 (workbench, breadth-first)', samples, async (i) => {
    const c = ctx()
    await expand(c, { ids: [pick(i).id], depth: 2, limit: 150 })
    await c.data.flushConsultations('bench')
  })
  await timed('peer: one variable-length MATCH *1..2, LIMIT 150', samples, (i) =>
    raw(
      `MATCH (a:Entity {id: $id})-[r*1..2]-(b:Entity) WHERE none(x IN r WHERE type(x) = 'PART_OF_CASE') RETURN DISTINCT b LIMIT 150`,
      { id: pick(i).id },
    ),
  )
  await timed('shortest paths, max 4 hops (workbench)', samples, (i) =>
    paths(ctx(), { fromId: pick(i).id, toId: pick(i + 1).id, maxHops: 4, first: 3 }),
  )
} finally {
  await db.close()
  await graph.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
