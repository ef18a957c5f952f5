/**
 * A FollowTheMoney file (persons, companies, ownerships, directorships) through the workbench's
 * FtM import, against LOAD CSV of the same records converted to CSV, storing the same kind of
 * properties (ids, names, dates, provenance), in a fresh embedded Neo4j. Printed, never asserted.
 * tsx tests/bench/ftm.ts [--persons 20000]
 */
import { freePort, startEmbeddedGraph } from '@htwb/graph'
import neo4j from 'neo4j-driver'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DataAccess } from '../../server/src/data/access.ts'
import { AuditSeal } from '../../server/src/data/audit-seal.ts'
import { connect } from '../../server/src/data/driver.ts'
import { migrate } from '../../server/src/data/migrate.ts'
import { ftmImportCommand } from '../../server/src/modules/ftm/index.ts'

const { values } = parseArgs({ options: { persons: { type: 'string', default: '20000' } } })
const persons = Number(values.persons)
const companies = Math.round(persons / 4)

/** The file's lines and the same records as CSV tables. */
function files(prefix: string, n: number, c: number) {
  const lines: string[] = []
  const p = ['id,name,first,last,born,nationality']
  const co = ['id,name,reg']
  const own = ['id,owner,asset,share']
  const dir = ['id,director,org,start']
  const first = ['Ilir', 'Drita', 'Arben', 'Vjosa', 'Jovan', 'Milica', 'Besnik', 'Teuta']
  const last = ['Krasniqi', 'Berisha', 'Gashi', 'Hoxha', 'Petrović', 'Jovanović', 'Shala', 'Morina']
  for (let i = 0; i < n; i++) {
    const f = first[i % first.length]!
    const l = `${last[(i * 7) % last.length]!}${i}`
    const born = `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`
    const nat = i % 3 ? 'xk' : 'al'
    lines.push(
      JSON.stringify({
        id: `${prefix}p${i}`,
        schema: 'Person',
        properties: {
          name: [`${f} ${l}`],
          firstName: [f],
          lastName: [l],
          birthDate: [born],
          nationality: [nat],
        },
      }),
    )
    p.push(`${prefix}p${i},${f} ${l},${f},${l},${born},${nat}`)
  }
  for (let i = 0; i < c; i++) {
    lines.push(
      JSON.stringify({
        id: `${prefix}c${i}`,
        schema: 'Company',
        properties: {
          name: [`Company ${prefix}${i} SH.P.K.`],
          registrationNumber: [`81${String(i).padStart(7, '0')}`],
        },
      }),
    )
    co.push(`${prefix}c${i},Company ${prefix}${i} SH.P.K.,81${String(i).padStart(7, '0')}`)
  }
  for (let i = 0; i < c * 2; i++) {
    const share = String(10 + (i % 80))
    lines.push(
      JSON.stringify({
        id: `${prefix}o${i}`,
        schema: 'Ownership',
        properties: {
          owner: [`${prefix}p${(i * 13) % n}`],
          asset: [`${prefix}c${i % c}`],
          percentage: [share],
        },
      }),
    )
    own.push(`${prefix}o${i},${prefix}p${(i * 13) % n},${prefix}c${i % c},${share}`)
  }
  for (let i = 0; i < c; i++) {
    lines.push(
      JSON.stringify({
        id: `${prefix}d${i}`,
        schema: 'Directorship',
        properties: {
          director: [`${prefix}p${(i * 17) % n}`],
          organization: [`${prefix}c${i}`],
          startDate: ['2015-01-01'],
        },
      }),
    )
    dir.push(`${prefix}d${i},${prefix}p${(i * 17) % n},${prefix}c${i},2015-01-01`)
  }
  return { ftm: `${lines.join('\n')}\n`, lines: lines.length, csv: { p, co, own, dir } }
}

const dataDir = mkdtempSync(join(tmpdir(), 'htwb-bench-ftm-'))
const graph = await startEmbeddedGraph({
  dataDir,
  port: await freePort(),
  password: 'bench-password-1',
  heapMb: 3072,
  pageCacheMb: 1024,
})
const seal = AuditSeal.open({
  keyFile: join(dataDir, 'audit-key'),
  anchorFile: join(dataDir, 'audit-anchor'),
})
const db = await connect(graph.uri, graph.user, graph.password, 'neo4j', seal)
try {
  await migrate(db)
  const user = {
    id: 'bench',
    username: 'bench',
    displayName: 'Bench',
    roles: ['SUPERVISOR' as const],
    clearances: [],
  }
  const data = new DataAccess(db, user, 'bench-pseudonym-key')
  const dir = join(dataDir, 'import')
  mkdirSync(dir, { recursive: true })
  const opts = { caseId: null, dryRun: false, onProgress: undefined }
  // A fresh JVM compiles on its first statements: a small file of other ids first.
  const warm = files('w', 2000, 500)
  writeFileSync(join(dir, 'warm.ijson'), warm.ftm)
  await ftmImportCommand(data, join(dir, 'warm.ijson'), opts)
  const f = files('b', persons, companies)
  writeFileSync(join(dir, 'bench.ijson'), f.ftm)
  let t = performance.now()
  const report = await ftmImportCommand(data, join(dir, 'bench.ijson'), opts)
  const ours = (performance.now() - t) / 1000
  const made =
    report.entities.reduce((s, e) => s + e.created, 0) +
    report.links.reduce((s, l) => s + l.created, 0)
  console.log(
    `  FtM file: ${f.lines} lines (${persons} persons, ${companies} companies, ${companies * 2} ownerships, ${companies} directorships)`,
  )
  console.log(
    `  workbench FtM import (parse, map schemata, match, provenance, staged, audited)  ${ours.toFixed(1)} s  ${Math.round(f.lines / ours)} rows/s  (${made} records)`,
  )

  for (const [name, rows] of Object.entries(f.csv))
    writeFileSync(join(dir, `${name}.csv`), `${rows.join('\n')}\n`)
  const s = db.driver.session({ database: 'neo4j' })
  try {
    await s.run('CREATE INDEX lftm IF NOT EXISTS FOR (n:LFtm) ON (n.ftmId)')
    await s.run('CALL db.awaitIndexes()')
    const prov = {
      sourceIds: ['src-bench'],
      reliability: 'B',
      credibility: neo4j.int(2),
      handling: 'H1',
      recordedBy: 'bench',
      recordedAt: neo4j.types.DateTime.fromStandardDate(new Date()),
      version: neo4j.int(1),
    }
    const url = (n: string) => `file://${join(dir, `${n}.csv`)}`
    t = performance.now()
    await s.run(
      `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { CREATE (n:LFtm:LPerson {id: randomUUID(), ftmId: row.id, name: row.name, firstName: row.first, lastName: row.last, dateOfBirth: date(row.born), nationality: row.nationality}) SET n += $prov } IN TRANSACTIONS OF 10000 ROWS`,
      { url: url('p'), prov },
    )
    await s.run(
      `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { CREATE (n:LFtm:LOrg {id: randomUUID(), ftmId: row.id, name: row.name, registrationNumber: row.reg}) SET n += $prov } IN TRANSACTIONS OF 10000 ROWS`,
      { url: url('co'), prov },
    )
    await s.run(
      `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { MATCH (a:LFtm {ftmId: row.owner}) MATCH (b:LFtm {ftmId: row.asset}) CREATE (a)-[r:LOWNS {id: randomUUID(), ftmId: row.id, sharePercent: toFloat(row.share)}]->(b) SET r += $prov } IN TRANSACTIONS OF 10000 ROWS`,
      { url: url('own'), prov },
    )
    await s.run(
      `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { MATCH (a:LFtm {ftmId: row.director}) MATCH (b:LFtm {ftmId: row.org}) CREATE (a)-[r:LDIRECTOR_OF {id: randomUUID(), ftmId: row.id, validFrom: date(row.start)}]->(b) SET r += $prov } IN TRANSACTIONS OF 10000 ROWS`,
      { url: url('dir'), prov },
    )
    const peer = (performance.now() - t) / 1000
    console.log(
      `  LOAD CSV of the same records as CSV (ids, names, dates, provenance)         ${peer.toFixed(1)} s  ${Math.round(f.lines / peer)} rows/s`,
    )
    console.log(
      `\n  ratio workbench / LOAD CSV (rate): ${(peer / ours).toFixed(2)} (1.00 = as fast)`,
    )
  } finally {
    await s.close()
  }
} finally {
  await db.close()
  await graph.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
