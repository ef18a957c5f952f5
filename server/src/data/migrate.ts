import { readMigrations, type Migration } from '@htwb/graph'
import neo4j from 'neo4j-driver'
import type { Db } from './driver.ts'

export interface MigrationReport {
  applied: number[]
  alreadyApplied: number[]
}

/**
 * Applies graph/migrations in version order, each once, and records them as (:Migration) nodes.
 * Schema statements cannot share a transaction with data writes, so each runs on its own; all use
 * IF NOT EXISTS / MERGE, so a crash between statements is repaired by the next start.
 * An edited migration that was already applied stops the start: fix forward with a new file.
 */
export async function migrate(
  db: Db,
  migrations: Migration[] = readMigrations(),
): Promise<MigrationReport> {
  const session = db.driver.session({ database: db.database })
  try {
    const done = new Map<number, string>()
    const res = await session.executeRead((tx) =>
      tx.run('MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum'),
    )
    for (const r of res.records)
      done.set(neo4j.integer.toNumber(r.get('version')), r.get('checksum'))

    const report: MigrationReport = { applied: [], alreadyApplied: [] }
    for (const m of migrations) {
      const seen = done.get(m.version)
      if (seen !== undefined) {
        if (seen !== m.checksum) {
          throw new Error(`Migration V${m.version} (${m.name}) changed after it was applied`)
        }
        report.alreadyApplied.push(m.version)
        continue
      }
      for (const statement of m.statements) await session.run(statement)
      await session.executeWrite((tx) =>
        tx.run(
          'MERGE (m:Migration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
          { version: neo4j.int(m.version), name: m.name, checksum: m.checksum },
        ),
      )
      report.applied.push(m.version)
    }
    await session.run('CALL db.awaitIndexes(300)')
    return report
  } finally {
    await session.close()
  }
}
