import { freePort } from '@htwb/graph'
import { loadConfig, startWorkbench, verifyAuditChain, type Workbench } from '@htwb/server'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { wb } from '../support/cli.ts'
import { cypher } from '../support/db.ts'

/*
 * `pnpm wb import` while a workbench runs on its embedded Neo4j: the store is the server's
 * alone, so the command goes through the same Neo4j (the address the server publishes under
 * WB_DATA_DIR). The shared test workbench runs on an external Neo4j; this file starts one of
 * its own on an embedded store, as `pnpm start` does.
 */
const dir = mkdtempSync(join(tmpdir(), 'htwb-cli-'))
const dataDir = join(dir, 'data')
const ADMIN = 'cli-test-admin-password'
let workbench: Workbench
let api: Api

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
/** The command against this file's workbench: no NEO4J_URI, its data directory. */
const wbHere = (args: string[]) =>
  wb(args, { NEO4J_URI: undefined, WB_DATA_DIR: dataDir, WB_GRAPH_HEAP_MB: '256' })

/** Everything in the database, audit trail included: equal means nothing was written. */
async function fingerprint(): Promise<string> {
  const res = await workbench.db.driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels`,
  )
  return JSON.stringify(res.records[0]?.toObject())
}

const phone = (number: string) =>
  api.ok<{ search: { total: number; hits: Array<{ entity: { id: string; name: string } }> } }>(
    `query($t: String!) { search(text: $t, kinds: [Phone], first: 5) { total hits { entity { id name } } } }`,
    { t: number },
  )

// Serbian headers, none of them the mapping's, no cell column; the second line calls back.
const serbian = [
  'A broj;B broj;Datum i vreme;Trajanje',
  '044 510 001;044 510 002;15.01.2019 10:30:00;1:15',
  '044 510 002;044 510 003;15.01.2019 11:00:00;20',
  '044 510 003;044 510 001;16.01.2019 08:05:10;0:42',
].join('\n')
const bindSerbian = [
  ...['--bind', 'caller=A broj', '--bind', 'callee=B broj'],
  ...['--bind', 'start=Datum i vreme', '--bind', 'duration=Trajanje', '--bind', 'cell='],
]

beforeAll(async () => {
  const port = await freePort()
  workbench = await startWorkbench(
    loadConfig({
      NODE_ENV: 'test',
      WB_PORT: String(port),
      WB_DATA_DIR: dataDir,
      WB_SEED: 'none',
      WB_ADMIN_PASSWORD: ADMIN,
      WB_GRAPH_HEAP_MB: '512',
      WB_GRAPH_PAGECACHE_MB: '64',
      // Not where the command would look by default: it must take the server's own.
      WB_AUDIT_KEY_FILE: join(dir, 'keys', 'audit-key'),
      WB_AUDIT_ANCHOR_FILE: join(dir, 'keys', 'audit-anchor'),
    }),
  )
  api = new Api(workbench.url)
  await api.ok('mutation($p: String!) { login(username: "admin", password: $p) { id } }', {
    p: ADMIN,
  })
})

afterAll(async () => {
  await workbench?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('pnpm wb help', () => {
  it('prints the usage and exits 0 for --help and -h', async () => {
    for (const args of [['--help'], ['import', '--help'], ['import', '-h']]) {
      const res = await wb(args)
      expect(res.code, args.join(' ')).toBe(0)
      expect(res.stdout).toContain('Usage: pnpm wb')
    }
    const res = await wb(['import', '--help'])
    for (const option of ['--bind', '--header-row', '--encoding', '--quarantine', '--epoch'])
      expect(res.stdout).toContain(`e.g. ${option}`)
  })

  it('exits 1 for an unknown option, naming it', async () => {
    const res = await wb(['import', '--mapping', 'call-records', '--bnid', 'x=y', 'calls.csv'])
    expect(res.code).toBe(1)
    expect(res.stderr).toContain('Unknown option --bnid')
  })
})

describe('pnpm wb import while the workbench runs on its embedded store', () => {
  it('publishes where its Neo4j answers, for its owner only', () => {
    expect(statSync(join(dataDir, 'workbench-graph.json')).mode & 0o777).toBe(0o600)
  })

  it('binds a file whose headers are not the mapping’s, and the server shows what it imported', async () => {
    const before = await phone('+38344510002')
    expect(before.search.total).toBe(0)
    const res = await wbHere([
      'import',
      '--mapping',
      'call-records',
      ...bindSerbian,
      file('sr.csv', serbian),
    ])
    expect(res.code, res.stderr).toBe(0)
    expect(res.stderr).toContain(`Through the running workbench's database (${workbench.url}`)
    expect(res.stdout).toMatch(/Phone\s+3 new\s+0 already known/)
    expect(res.stdout).toMatch(/CALLED\s+3 new/)
    // Seen by the running server at once, through its API, as the importer's own data.
    const found = await phone('+38344510002')
    expect(found.search.hits.map((h) => h.entity.name)).toEqual(['+38344510002'])
    const calls = await api.ok<{ entity: { linkCount: number } }>(
      `query($id: ID!) { entity(id: $id) { linkCount } }`,
      { id: found.search.hits[0]!.entity.id },
    )
    expect(calls.entity.linkCount).toBe(2)
    // One chain: the entry the command appended is sealed with the server's key and anchor.
    const chain = await verifyAuditChain(workbench.db)
    expect(chain.ok, JSON.stringify(chain)).toBe(true)
  })

  it('refuses a bad binding or value with exit 1 and changes nothing', async () => {
    const path = file('sr-bad.csv', serbian.replaceAll('044 510', '044 610'))
    const before = await fingerprint()
    const cases: Array<[string[], RegExp]> = [
      [['--bind', 'calller=A broj'], /call-records has no column calller/],
      // The caller's number is the key of a required entity: it cannot be left out.
      [
        ['--bind', 'caller=', ...bindSerbian.slice(2)],
        /--bind \(columns\.caller\): .*needs a column/,
      ],
      [[...bindSerbian, '--header-row', '0'], /--header-row 0: a line number from 1/],
      [
        [...bindSerbian, '--time-zone', 'Europe/Pristina'],
        /--time-zone Europe\/Pristina: not an IANA/,
      ],
      [['--bind', 'caller=A broj'], /the file lacks columns callee, start/],
    ]
    for (const [args, message] of cases) {
      const res = await wbHere(['import', '--mapping', 'call-records', ...args, path])
      expect(res.code, args.join(' ')).toBe(1)
      expect(res.stderr).toMatch(message)
    }
    expect(await fingerprint()).toBe(before)
    expect((await phone('+38344610002')).search.total).toBe(0)
  })

  it('reads the file as told: --encoding and --header-row', async () => {
    // A Serbian operator's export in Windows-1250 with a title above the header.
    const cp1250: Record<string, number> = { č: 0xe8, š: 0x9a }
    const text = [
      'Izveštaj o pozivima, januar 2019',
      'Operater: Vala',
      'Pozivalac;Pozvani;Početak;Trajanje',
      '044 530 001;044 530 002;15.01.2019 10:30:00;1:15',
    ].join('\n')
    const path = file('title.csv', Buffer.from([...text].map((c) => cp1250[c] ?? c.charCodeAt(0))))
    const bind = [
      ...['--bind', 'caller=Pozivalac', '--bind', 'callee=Pozvani', '--bind', 'start=Početak'],
      ...['--bind', 'duration=Trajanje', '--bind', 'cell='],
    ]
    const before = await fingerprint()
    // Told otherwise, the header is not found: the options are what decides.
    for (const wrong of [
      ['--encoding', 'utf-8', '--header-row', '3'],
      ['--encoding', 'windows-1250', '--header-row', '2'],
    ]) {
      const res = await wbHere(['import', '--mapping', 'call-records', ...bind, ...wrong, path])
      expect(res.code, wrong.join(' ')).toBe(1)
    }
    expect(await fingerprint()).toBe(before)
    const res = await wbHere([
      ...['import', '--mapping', 'call-records', ...bind],
      ...['--encoding', 'windows-1250', '--header-row', '3', path],
    ])
    expect(res.code, res.stderr).toBe(0)
    expect(res.stdout).toMatch(/Imported: title\.csv, 1 rows, windows-1250/)
    expect((await phone('+38344530002')).search.total).toBe(1)
  })

  it('imports the good rows with --quarantine and writes the bad ones, with why, to the file', async () => {
    const path = file(
      'sr-mixed.csv',
      [
        'A broj;B broj;Datum i vreme;Trajanje',
        '044 520 001;044 520 002;15.01.2019 10:30:00;1:15',
        '044 520 001;not a number;15.01.2019 11:00:00;20',
        '044 520 002;044 520 001;31.02.2019 08:05:10;0:42',
      ].join('\n'),
    )
    const before = await fingerprint()
    const refused = await wbHere(['import', '--mapping', 'call-records', ...bindSerbian, path])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('--quarantine')
    expect(await fingerprint()).toBe(before)
    const aside = join(dir, 'set-aside.csv')
    const res = await wbHere([
      ...['import', '--mapping', 'call-records', ...bindSerbian],
      ...['--quarantine', aside, path],
    ])
    expect(res.code, res.stderr).toBe(0)
    expect(res.stdout).toMatch(/CALLED\s+1 new/)
    expect(res.stdout).toContain(`2 rows set aside in ${aside}`)
    expect(statSync(aside).mode & 0o777).toBe(0o600)
    const lines = readFileSync(aside, 'utf8').trim().split(/\r?\n/)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^A broj,B broj,Datum i vreme,Trajanje,problems/)
    expect(lines[1]).toMatch(/^044 520 001,not a number,.*not a phone number/)
    expect(lines[2]).toMatch(/31\.02\.2019 08:05:10/)
    expect((await phone('+38344520002')).search.total).toBe(1)
  })

  it('keeps to NEO4J_URI when it is set, whatever runs under WB_DATA_DIR', async () => {
    const tag = Date.now().toString().slice(-6)
    const path = file(
      'elsewhere.csv',
      `caller,callee,start,duration,cell\n0449${tag},0448${tag},2019-02-01 10:00,30,\n`,
    )
    const res = await wb(['import', '--mapping', 'call-records', path], { WB_DATA_DIR: dataDir })
    expect(res.code, res.stderr).toBe(0)
    expect(res.stderr).not.toContain('running workbench')
    expect(
      await cypher(`MATCH (p:Phone {number: $n}) RETURN p.id`, { n: `+383449${tag}` }),
    ).toHaveLength(1)
    expect((await phone(`+383449${tag}`)).search.total).toBe(0)
  })

  it('is not misled by the file of a workbench that has gone', async () => {
    // The live file copied into another data directory, its database moved to a port where
    // nothing answers (its process still runs): the command must open that store itself.
    const other = join(dir, 'other')
    mkdirSync(other)
    const live = JSON.parse(readFileSync(join(dataDir, 'workbench-graph.json'), 'utf8'))
    writeFileSync(
      join(other, 'workbench-graph.json'),
      JSON.stringify({ ...live, uri: `bolt://127.0.0.1:${await freePort()}` }),
      { mode: 0o600 },
    )
    const res = await wb(['recover'], {
      NEO4J_URI: undefined,
      WB_DATA_DIR: other,
      WB_GRAPH_HEAP_MB: '256',
      WB_GRAPH_PAGECACHE_MB: '32',
      WB_AUDIT_KEY_FILE: join(dir, 'other-key'),
      WB_AUDIT_ANCHOR_FILE: join(dir, 'other-anchor'),
    })
    expect(res.code, res.stderr).toBe(0)
    expect(res.stderr).toMatch(
      /Not using a running workbench: its database at bolt:\/\/\S+ does not answer/,
    )
    expect(res.stdout).toContain('No abandoned imports.')
    // It opened the store under that directory, not the running workbench's.
    expect(existsSync(join(other, 'data'))).toBe(true)
  })

  it('withdraws the file when the workbench stops', async () => {
    await workbench.stop()
    expect(existsSync(join(dataDir, 'workbench-graph.json'))).toBe(false)
    workbench = undefined as unknown as Workbench
  })
})
