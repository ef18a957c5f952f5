import iconv from 'iconv-lite'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { startWb, untilWriting, wb } from '../support/cli.ts'
import { cypher, graphFingerprint } from '../support/db.ts'
import { PROVENANCE } from '../support/fixtures.ts'

const dir = mkdtempSync(join(tmpdir(), 'htwb-ingest-'))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const tag = Date.now().toString(36).slice(-5)
const digits = (n: number) => String(n).padStart(6, '0')
/** A little over the one-second lease the recovery tests give `wb recover`. */
const leaseOver = () => new Promise((resolve) => setTimeout(resolve, 1_200))

describe('importing call records from the command line', () => {
  const calls = [
    'caller;callee;start;duration;cell',
    `044 9${digits(1)};+381 63 9${digits(2)};15.01.2019 10:30:00;1:15;C-${tag}`,
    `0449${digits(1)};00381 63 9${digits(2)};15.01.2019 11:00:00;20;`,
    `+383 44 9${digits(3)};044 9${digits(1)};16.01.2019 08:05:10;0:42;C-${tag}`,
  ].join('\n')

  it('creates the phones and calls once, and a re-run adds nothing', async () => {
    const path = file('cdr.csv', calls)
    const first = await wb(['import', '--mapping', 'call-records', path])
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/Phone\s+3 new\s+0 already known/)
    expect(first.stdout).toMatch(/CALLED\s+3 new/)
    const [phone] = await cypher<{ calls: number; sources: string[] }>(
      `MATCH (p:Phone {number: '+383449000001'})-[c:CALLED]-() RETURN count(c) AS calls, p.sourceIds AS sources`,
    )
    expect(phone?.calls).toBe(3)
    const [source] = await cypher<{ name: string; reliability: string }>(
      `MATCH (s:Source) WHERE s.id IN $ids RETURN s.name AS name, s.reliability AS reliability`,
      { ids: phone!.sources },
    )
    expect(source).toEqual({ name: 'Call records cdr.csv', reliability: 'A' })
    const before = await graphFingerprint()
    const again = await wb(['import', '--mapping', 'call-records', path])
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/Phone\s+0 new\s+3 already known/)
    expect(await graphFingerprint()).toBe(before)
    const [entry] = await cypher<{ actor: string; entityIds: string[] }>(
      `MATCH (a:AuditEntry {operation: 'import', action: 'COLLECT'}) RETURN a.actor AS actor, a.entityIds AS entityIds ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(entry?.actor).toBe('admin')
    expect(entry?.entityIds).toContain(phone!.sources[0])
  })

  it('refuses a broken file with every bad row and changes nothing', async () => {
    const before = await graphFingerprint()
    const path = file(
      'broken.csv',
      [
        'caller;callee;start;duration;cell',
        `044 9${digits(7)};not a number;15.01.2019 10:30:00;1:15;`,
        `044 9${digits(7)};044 9${digits(8)};31.02.2019 10:30:00;1:15;`,
        `044 9${digits(7)};044 9${digits(8)};01.03.2019 10:30:00;1:15;`,
      ].join('\n'),
    )
    const res = await wb(['import', '--mapping', 'call-records', path])
    expect(res.code).toBe(1)
    expect(res.stderr).toContain('line 2, column callee (callee.number): not a phone number')
    expect(res.stderr).toContain('line 3, column start (links[0].at): not a date and time')
    expect(await graphFingerprint()).toBe(before)
  })

  it('writes nothing on a dry run and reports what would happen', async () => {
    const before = await graphFingerprint()
    const path = file(
      'dry.csv',
      `caller,callee,start,duration,cell\n0449${digits(20)},0449${digits(21)},2019-02-01 10:00,30,\n`,
    )
    const res = await wb(['import', '--mapping', 'call-records', '--dry-run', path])
    expect(res.code, res.stderr).toBe(0)
    expect(res.stdout).toMatch(/Dry run[\s\S]*Phone\s+2 new/)
    expect(await graphFingerprint()).toBe(before)
  })

  it('leaves the graph as it was when the process is killed mid-import', async () => {
    // Large enough to be staged in batches (see SINGLE_TRANSACTION_LIMIT).
    const rows = ['caller;callee;start;duration;cell']
    for (let i = 0; i < 60_000; i++)
      rows.push(
        `0447${digits(i % 3000)};0448${digits((i * 7) % 3000)};${1 + (i % 28)}.03.2019 ${10 + (i % 12)}:${String(i % 60).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')};${i % 600};`,
      )
    const path = file('big.csv', rows.join('\n'))
    const before = await graphFingerprint()
    const { child, done } = startWb(['import', '--mapping', 'call-records', path])
    await untilWriting(child)
    child.kill('SIGKILL')
    await done
    // What the dead run staged exists for nobody: search does not find its phones.
    const admin = await Api.signedIn()
    const found = await admin.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
      `query($t: String!) { search(text: $t, kinds: [Phone], first: 50) { hits { entity { id } } } }`,
      { t: '+38344700000' },
    )
    const [staged] = await cypher<{ n: number; shown: number }>(
      `CALL () { MATCH (n:Staged) RETURN count(n) AS n }
       CALL () { MATCH (s:Staged) WHERE s.id IN $ids RETURN count(s) AS shown }
       RETURN n, shown`,
      { ids: found.search.hits.map((h) => h.entity.id) },
    )
    expect(staged!.n).toBeGreaterThan(0)
    expect(staged!.shown).toBe(0)
    // The next start (or `pnpm wb recover`) deletes a run whose heartbeat stopped.
    // The run beat just before it was killed: the lease must run out before `recover` looks.
    await leaseOver()
    const recovered = await wb(['recover'], { WB_IMPORT_LEASE_SECONDS: '1' })
    expect(recovered.stdout).toMatch(/Rolled back imp-/)
    expect(await graphFingerprint()).toBe(before)
    const [left] = await cypher<{ n: number; runs: string[] }>(
      `MATCH (n:Staged) WITH count(n) AS n
       MATCH (r:ImportRun) RETURN n, collect(r.status) AS runs`,
    )
    expect(left?.n).toBe(0)
    expect(left?.runs).not.toContain('RUNNING')
  })

  it('shows no call between already known phones before a staged run publishes', async () => {
    const known = ['caller;callee;start;duration;cell']
    for (let i = 0; i < 400; i++)
      known.push(`0445${digits(i)};0445${digits(400 + i)};01.06.2019 10:00;5;`)
    expect(
      (await wb(['import', '--mapping', 'call-records', file('known.csv', known.join('\n'))])).code,
    ).toBe(0)
    const two = (n: number) => String(n).padStart(2, '0')
    const rows = ['caller;callee;start;duration;cell']
    for (let i = 0; i < 60_000; i++) {
      const at = `${two(1 + (i % 28))}.07.2019 ${two(Math.floor(i / 28) % 24)}:${two(Math.floor(i / 672) % 60)}:00`
      // Half the calls join known phones, half reach new ones (which are written in batches).
      const callee = i % 2 ? `0445${digits(400 + ((i * 7) % 400))}` : `0443${digits(i % 3000)}`
      rows.push(`0445${digits(i % 400)};${callee};${at};9;`)
    }
    const { child, done } = startWb([
      'import',
      '--mapping',
      'call-records',
      file('known-big.csv', rows.join('\n')),
    ])
    await untilWriting(child)
    child.kill('SIGKILL')
    await done
    // None of the run's July calls between two phones that were known before exists yet.
    const [early] = await cypher<{ n: number }>(
      `MATCH (a:Phone)-[c:CALLED]->(b:Phone) WHERE a.number IN $known AND b.number IN $known
         AND c.at >= datetime('2019-07-01T00:00:00Z') RETURN count(c) AS n`,
      { known: Array.from({ length: 800 }, (_, i) => `+383445${digits(i)}`) },
    )
    expect(early?.n).toBe(0)
    // The run beat just before it was killed: the lease must run out before `recover` looks.
    await leaseOver()
    const recovered = await wb(['recover'], { WB_IMPORT_LEASE_SECONDS: '1' })
    expect(recovered.stdout).toMatch(/Rolled back imp-/)
  })

  it('stages a large file and publishes it whole', async () => {
    const rows = ['caller;callee;start;duration;cell']
    const two = (n: number) => String(n).padStart(2, '0')
    for (let i = 0; i < 25_000; i++) {
      const at = `${two(1 + (i % 28))}.04.2019 ${two(Math.floor(i / 1680) % 24)}:${two(Math.floor(i / 28) % 60)}:00`
      rows.push(`0446${digits(i % 2000)};0446${digits(2000 + (i % 1500))};${at};30;`)
    }
    const res = await wb([
      'import',
      '--mapping',
      'call-records',
      file('staged.csv', rows.join('\n')),
    ])
    expect(res.code, res.stderr).toBe(0)
    expect(res.stdout).toMatch(/Phone\s+3500 new/)
    const source = /source\s+(\S+)/.exec(res.stdout)?.[1]
    const [state] = await cypher<{ staged: number; calls: number }>(
      `CALL () { MATCH (n:Staged) RETURN count(n) AS staged }
       CALL () { MATCH ()-[c:CALLED]->() WHERE $source IN c.sourceIds RETURN count(c) AS calls }
       RETURN staged, calls`,
      { source },
    )
    expect(state).toEqual({ staged: 0, calls: 25_000 })
    // Each call reads, through the API, the provenance the import recorded: the file's Source,
    // the mapping's grading and handling, who imported it and when.
    const [phone] = await cypher<{ id: string; at: string }>(
      `MATCH (p:Phone)-[c:CALLED]->() WHERE $source IN c.sourceIds
       MATCH (s:Source {id: $source})
       RETURN p.id AS id, toString(s.recordedAt) AS at LIMIT 1`,
      { source },
    )
    const admin = await Api.signedIn()
    const read = await admin.ok<{
      entity: { links: { nodes: Array<{ provenance: Record<string, unknown> }> } }
    }>(
      `query($id: ID!) { entity(id: $id) { ... on Phone { links(kinds: [CALLED], first: 3) {
        nodes { provenance { sources { id } reliability credibility grading handling recordedBy recordedAt } } } } } }`,
      { id: phone!.id },
    )
    expect(read.entity.links.nodes).toHaveLength(3)
    for (const { provenance } of read.entity.links.nodes)
      expect({
        ...provenance,
        recordedAt: new Date(provenance.recordedAt as string).getTime(),
      }).toEqual({
        sources: [{ id: source }],
        reliability: 'A',
        credibility: 2,
        grading: 'A2',
        handling: 'H1',
        recordedBy: 'admin',
        recordedAt: new Date(phone!.at).getTime(),
      })
  })
})

describe('importing bank transactions and person lists', () => {
  it('puts accounts, payments and holders into the case, for the case’s users to find', async () => {
    const admin = await Api.signedIn()
    const number = `ING-${tag}`
    const c = await admin.ok<{ createCase: { id: string } }>(
      `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { caseNumber: number, name: `Ingest ${tag}`, provenance: PROVENANCE } },
    )
    const iban = `XK05121200${digits(Number.parseInt(tag, 36) % 1e6)}00`
    const path = file(
      'bank.csv',
      [
        'payer_account;payer_name;payee_account;payee_name;amount;currency;date;reference',
        `${iban};Drilon Hasani;AL47212110090000000235698741;Ilir Hoxha;1.250,00;€;03.04.2019;rent`,
        `${iban};Drilon Hasani;AL47212110090000000235698741;Ilir Hoxha;(80,50);EUR;05.04.2019 13:20;refund`,
      ].join('\n'),
    )
    const res = await wb(['import', '--mapping', 'bank-transactions', '--case', number, path])
    expect(res.code, res.stderr).toBe(0)
    const paid = await cypher<{ amount: number; currency: string; reference: string }>(
      `MATCH (:Asset {identifier: $iban})-[p:PAID]->(:Asset) RETURN p.amount AS amount, p.currency AS currency, p.reference AS reference ORDER BY p.at`,
      { iban },
    )
    expect(paid).toEqual([
      { amount: 1250, currency: 'EUR', reference: 'rent' },
      { amount: -80.5, currency: 'EUR', reference: 'refund' },
    ])
    const members = await admin.ok<{
      cases: { nodes: Array<{ id: string; memberCount: number }> }
    }>(`{ cases(first: 200) { nodes { id memberCount } } }`)
    // Two accounts, two holders and the file's Source, which is case data.
    expect(members.cases.nodes.find((x) => x.id === c.createCase.id)?.memberCount).toBe(5)
    const search = `query($t: String!) { search(text: $t) { hits { entity { id kind } } } }`
    expect(JSON.stringify(await admin.ok(search, { t: iban }))).toContain('Asset')
    const analyst = await Api.signedIn('analyst')
    expect(JSON.stringify(await analyst.gql(search, { t: iban }))).not.toContain('Asset')
  })

  it('reads a Windows-1251 person list, found afterwards by the Latin spelling', async () => {
    const csv = [
      'first_name;last_name;date_of_birth;gender;nationality;id_number;category;phone;address',
      `Драган;Јовановић${tag};12.03.1981;male;RS;RS-${tag};suspect;063 123 4567;`,
    ].join('\n')
    const path = file('persons.csv', iconv.encode(csv, 'windows-1251'))
    const res = await wb(['import', '--mapping', 'person-list', path])
    expect(res.code, res.stderr).toBe(0)
    expect(res.stdout).toContain('windows-1251')
    const admin = await Api.signedIn()
    const hits = await admin.ok<{ search: { hits: Array<{ entity: { name: string } }> } }>(
      `query($t: String!) { search(text: $t, kinds: [Person]) { hits { entity { id name } } } }`,
      { t: `Jovanovic${tag}` },
    )
    expect(hits.search.hits.map((h) => h.entity.name)).toContain(`Драган Јовановић${tag}`)
  })
})
