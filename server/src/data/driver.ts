import neo4j, { type Driver } from 'neo4j-driver'

export interface Db {
  driver: Driver
  database: string
  close(): Promise<void>
}

/** The one driver of the process. */
export async function connect(
  uri: string,
  user: string,
  password: string,
  database: string,
): Promise<Db> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  })
  await driver.verifyConnectivity({ database })
  return { driver, database, close: () => driver.close() }
}
