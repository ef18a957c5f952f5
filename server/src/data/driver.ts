import neo4j, { type Driver } from 'neo4j-driver'
import type { AuditSeal } from './audit-seal.ts'

export interface Db {
  driver: Driver
  database: string
  /** Seals and anchors the audit chain; kept outside the database (data/audit-seal.ts). */
  seal: AuditSeal
  close(): Promise<void>
}

/** The one driver of the process. */
export async function connect(
  uri: string,
  user: string,
  password: string,
  database: string,
  seal: AuditSeal,
): Promise<Db> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  })
  await driver.verifyConnectivity({ database })
  return { driver, database, seal, close: () => driver.close() }
}
