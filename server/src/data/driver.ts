import { subscribe } from 'node:diagnostics_channel'
import type { Socket } from 'node:net'
import neo4j, { type Driver } from 'neo4j-driver'
import type { AuditSeal } from './audit-seal.ts'

export interface Db {
  driver: Driver
  database: string
  /** Seals and anchors the audit chain; kept outside the database (data/audit-seal.ts). */
  seal: AuditSeal
  /**
   * A directory this process writes and the database reads through `file://` URLs (LOAD CSV):
   * set for the embedded Neo4j, which runs on this machine as this account; absent for an
   * external one, whose writes then all go as parameters.
   */
  fileDir?: string
  close(): Promise<void>
}

/**
 * TCP_NODELAY on the process's outgoing sockets. neo4j-driver opens its Bolt sockets with
 * `net.connect` and leaves Nagle's algorithm on (no option sets it), and it writes a message in
 * pieces of at most 1,400 bytes: the second piece of any statement longer than that (every
 * statement that applies `visible()`) waited for the server's delayed ACK, about 40 ms a
 * statement. Neo4j's Bolt server sets TCP_NODELAY on its side already. Node announces every
 * client socket it creates on this channel, before it connects; HTTP clients set it anyway.
 */
let noDelay = false
function disableNagle(): void {
  if (noDelay) return
  noDelay = true
  subscribe('net.client.socket', (message) =>
    (message as { socket: Socket }).socket.setNoDelay(true),
  )
}

/** The one driver of the process. */
export async function connect(
  uri: string,
  user: string,
  password: string,
  database: string,
  seal: AuditSeal,
  { fileDir }: { fileDir?: string } = {},
): Promise<Db> {
  disableNagle()
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  })
  await driver.verifyConnectivity({ database })
  return { driver, database, seal, fileDir, close: () => driver.close() }
}
