/**
 * pnpm bench: the importer against Neo4j's own LOAD CSV on the same call-record file, in a fresh
 * embedded Neo4j. Figures are printed, never asserted.
 */
import { freePort, startEmbeddedGraph } from '@htwb/graph'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import neo4j from 'neo4j-driver'
import { DataAccess } from '../../server/src/data/access.ts'
import { AuditSeal } from '../../server/src/data/audit-seal.ts'
import { connect } from '../../server/src/data/driver.ts'
import { migrate } from '../../server/src/data/migrate.ts'
import { builtInMappings } from '../../server/src/modules/ingest/builtin.ts'
import { runImport } from '../../server/src/modules/ingest/ingest.service.ts'
import { DEFAULT_LIMITS } from '../../server/src/modules/common/limits.ts'
import { importWarmStatements } from '../../server/src/modules/ingest/warm.ts'
import { warmPlans } from '../../server/src/data/warm.ts'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } })
const rows = Number(values.rows)
const phones = Math.max(100, Math.round(rows / 20))
// A million-row dump is over the default limits (200,000 rows): raised as an administrator
// would with WB_IMPORT_MAX_ROWS, _MAX_CELLS and _MAX_FILE_MB.
const limits = {
  ...DEFAULT_LIMITS,
  rows: Math.max(DEFAULT_LIMITS.rows, rows + 1),
  cells: Math.max(DEFAULT_LIMITS.cells, (rows + 1) * 5),
  fileBytes: Math.max(DEFAULT_LIMITS.fileBytes, rows * 64),
  textChars: Math.max(DEFAULT_LIMITS.textChars, rows * 64),
}

const dataDir = mkdtempSync(join(tmpdir(), 'htwb-bench-import-'))
const graph = await startEmbeddedGraph({
  dataDir,
  port: await freePort(),
  password: 'bench-password-1',
  heapMb: 3072,
  pageCacheMb: 1024,
})
// A throwaway database: its audit key and anchor can live inside it.
const seal = AuditSeal.open({
  keyFile: join(dataDir, 'audit-key'),
  anchorFile: join(dataDir, 'audit-anchor'),
})
// As the workbench connects to its embedded database: staged links go through files it reads.
const db = await connect(graph.uri, graph.user, graph.password, 'neo4j', seal, {
  fileDir: join(dataDir, 'load-files'),
})
try {
  await migrate(db)
  const pad = (n: number) => String(n).padStart(6, '0')
  const two = (n: number) => String(n).padStart(2, '0')
  const lines = ['caller;callee;start;duration;cell']
  for (let i = 0; i < rows; i++) {
    const at = `${two(1 + (i % 28))}.03.2019 ${two(Math.floor(i / 28) % 24)}:${two(Math.floor(i / 672) % 60)}:${two(i % 60)}`
    lines.push(`0447${pad(i % phones)};0448${pad((i * 7) % phones)};${at};${i % 600};`)
  }
  const csv = lines.join('\n')
  // The embedded launcher sets no import directory, so file URLs are absolute paths.
  mkdirSync(join(dataDir, 'import'), { recursive: true })
  const csvPath = join(dataDir, 'import', 'cdr.csv')
  writeFileSync(csvPath, csv)

  const user = {
    id: 'bench',
    username: 'bench',
    displayName: 'Bench',
    roles: ['SUPERVISOR' as const],
    clearances: [],
  }
  const data = new DataAccess(db, user, 'bench-pseudonym-key')
  const mapping = builtInMappings().find((m) => m.id === 'call-records')!.mapping
  // The wizard's Check of a two-row file, as an investigator (need-to-know evaluated in full):
  // a fresh DataAccess each time, as each request has.
  const investigator = {
    ...user,
    id: 'bench-inv',
    username: 'bench-inv',
    roles: ['INVESTIGATOR' as const],
  }
  const small = Buffer.from(
    'caller;callee;start;duration;cell\n044 123 456;044 654 321;01.03.2019 10:00;60;\n044 123 457;044 654 321;01.03.2019 11:00;30;\n',
  )
  const check = async (label: string) => {
    const ms: number[] = []
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now()
      await runImport(new DataAccess(db, investigator, 'bench-pseudonym-key'), {
        mapping,
        fileName: 'two.csv',
        bytes: small,
        dryRun: true,
      })
      ms.push(performance.now() - t0)
    }
    console.log(
      `  Check of a 2-row file, ${label}: ${ms.map((m) => `${Math.round(m)} ms`).join(', ')}`,
    )
  }
  console.log(`\n  Import of ${rows} call records (${phones * 2} phones), 2-core VM\n`)
  // What a server plans in the background when it starts (data/warm.ts, ingest/warm.ts).
  const w = performance.now()
  await warmPlans(db, 'bench-pseudonym-key', importWarmStatements()).done
  console.log(
    `  start-up warm-up of the import's statements: ${Math.round(performance.now() - w)} ms`,
  )
  await check('first on a fresh database after the warm-up, then again')
  // A fresh JVM compiles and warms up on its first statements: a smaller import of other
  // numbers first, so neither side is measured cold (the peers run after it too).
  const warm = ['caller;callee;start;duration;cell']
  for (let i = 0; i < 20_000; i++)
    warm.push(
      `0449${pad(i % 1000)};0445${pad((i * 7) % 1000)};01.02.2019 10:00:${two(i % 60)};${i};`,
    )
  await runImport(data, {
    mapping,
    fileName: 'warm-up.csv',
    bytes: Buffer.from(warm.join('\n')),
    dryRun: false,
  })
  let t = performance.now()
  const phases = new Map<string, number>()
  const report = await runImport(data, {
    mapping,
    fileName: 'cdr.csv',
    bytes: Buffer.from(csv),
    dryRun: false,
    limits,
    onProgress: (phase, done, total) => {
      if (done === total) phases.set(phase, performance.now() - t)
    },
  })
  const ours = (performance.now() - t) / 1000
  const at = (p: string) => ((phases.get(p) ?? 0) / 1000).toFixed(1)
  console.log(
    `  phases (cumulative): read+check ${at('read')} s, matched ${at('match')} s, written ${at('write')} s, published ${ours.toFixed(1)} s`,
  )
  // The import replans a Check's statements in the background when it ends; a person takes
  // a few seconds to choose the next file.
  await new Promise((resolve) => setTimeout(resolve, 5000))
  await check('5 s after the import (the graph changed under the cached plans)')
  const calls = report.links.find((l) => l.kind === 'CALLED')?.created ?? 0
  console.log(
    `  workbench import (parse, E.164, validate, match, provenance, staged, audited)  ${ours.toFixed(1)} s  ${Math.round(rows / ours)} rows/s  (${calls} calls)`,
  )

  const session = db.driver.session({ database: 'neo4j' })
  try {
    await session.run('CREATE INDEX lphone IF NOT EXISTS FOR (p:LPhone) ON (p.number)')
    await session.run('CALL db.awaitIndexes()')
    t = performance.now()
    await session.run(
      `
LOAD CSV WITH HEADERS FROM $url AS row FIELDTERMINATOR ';'
CALL (row) {
  MERGE (a:LPhone {number: row.caller})
  MERGE (b:LPhone {number: row.callee})
  CREATE (a)-[:LCALLED {at: row.start, durationSeconds: toInteger(row.duration)}]->(b)
} IN TRANSACTIONS OF 10000 ROWS`,
      { url: `file://${csvPath}` },
    )
    const peer = (performance.now() - t) / 1000
    console.log(
      `  LOAD CSV (raw strings, MERGE phones, CREATE calls, batches of 10k)              ${peer.toFixed(1)} s  ${Math.round(rows / peer)} rows/s`,
    )
    // The same statement storing what the workbench stores on every phone and call: an id, an
    // import key, a typed time and the provenance (source, grading, handling, who and when).
    await session.run('CREATE INDEX fphone IF NOT EXISTS FOR (p:FPhone) ON (p.number)')
    await session.run('CALL db.awaitIndexes()')
    const prov = {
      sourceIds: ['src-bench'],
      reliability: 'A',
      credibility: neo4j.int(2),
      handling: 'H1',
      recordedBy: 'bench',
      recordedAt: neo4j.types.DateTime.fromStandardDate(new Date()),
      version: neo4j.int(1),
    }
    t = performance.now()
    await session.run(
      `
LOAD CSV WITH HEADERS FROM $url AS row FIELDTERMINATOR ';'
CALL (row) {
  MERGE (a:FPhone {number: row.caller}) ON CREATE SET a.id = randomUUID(), a += $prov
  MERGE (b:FPhone {number: row.callee}) ON CREATE SET b.id = randomUUID(), b += $prov
  CREATE (a)-[r:FCALLED {id: randomUUID(), importKey: row.caller + row.callee + row.start,
    at: datetime(), durationSeconds: toInteger(row.duration)}]->(b)
  SET r += $prov
} IN TRANSACTIONS OF 10000 ROWS`,
      { url: `file://${csvPath}`, prov },
    )
    const full = (performance.now() - t) / 1000
    console.log(
      `  LOAD CSV, same properties as the workbench (ids, import key, provenance)      ${full.toFixed(1)} s  ${Math.round(rows / full)} rows/s`,
    )
    // The same once more into the workbench's own schema: its labels, uniqueness constraint,
    // the phone-number index and the two indexes every call keeps (link id, import key), which
    // the lines above leave out. Numbers are prefixed so these phones are new ones.
    t = performance.now()
    await session.run(
      `
LOAD CSV WITH HEADERS FROM $url AS row FIELDTERMINATOR ';'
CALL (row) {
  MERGE (a:Phone {number: '+9' + row.caller})
    ON CREATE SET a:Entity, a.id = 'pho-' + randomUUID(), a += $prov
  MERGE (b:Phone {number: '+9' + row.callee})
    ON CREATE SET b:Entity, b.id = 'pho-' + randomUUID(), b += $prov
  CREATE (a)-[r:CALLED {id: 'lnk-' + randomUUID(), importKey: row.caller + row.callee + row.start,
    at: datetime(), durationSeconds: toInteger(row.duration)}]->(b)
  SET r += $prov
} IN TRANSACTIONS OF 10000 ROWS`,
      { url: `file://${csvPath}`, prov },
    )
    const schema = (performance.now() - t) / 1000
    console.log(
      `  LOAD CSV, same properties into the workbench's schema (constraints, indexes)   ${schema.toFixed(1)} s  ${Math.round(rows / schema)} rows/s`,
    )
    console.log(
      `\n  ratio workbench / LOAD CSV: ${(peer / ours).toFixed(2)}; against LOAD CSV storing the same: ${(full / ours).toFixed(2)}; the same into the workbench's schema: ${(schema / ours).toFixed(2)} (1.00 = as fast)\n`,
    )
  } finally {
    await session.close()
  }
} finally {
  await db.close()
  await graph.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
