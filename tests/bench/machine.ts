import { spawnSync } from 'node:child_process'
import { availableParallelism, cpus, totalmem } from 'node:os'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Workbench } from '../../server/src/start.ts'

export interface Machine {
  cores: number
  cpu: string
  memoryGiB: number
  node: string
  neo4j: string
  java: string
  neo4jGraphql: string
  load: string
}

export async function machine(wb: Workbench): Promise<Machine> {
  const s = wb.db.driver.session({ database: wb.db.database })
  let neo4j = '?'
  try {
    const r = await s.run(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition',
    )
    const c = r.records[0]
    if (c) neo4j = `${c.get('name')} ${c.get('v')} ${c.get('edition')}`
  } finally {
    await s.close()
  }
  // java -version writes to stderr.
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr || '?'
  const pkg = fileURLToPath(new URL('../node_modules/@neo4j/graphql/package.json', import.meta.url))
  const ngql = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? '?',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j,
    java: java.split('\n')[0]?.trim() ?? '?',
    neo4jGraphql: ngql.version,
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  }
}
