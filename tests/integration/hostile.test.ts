import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { wb } from '../support/cli.ts'
import { cypher } from '../support/db.ts'
import { createSource, PROVENANCE } from '../support/fixtures.ts'
import { callRecordsCsv } from '../support/hostile-files.ts'
import {
  CALLS,
  codeOf,
  eachLeavesGraphAndServer,
  expectAlive,
  FTM,
  ftmLine,
  http,
  uploader,
} from '../support/hostile.ts'
import { cookieOf } from '../support/session.ts'

/**
 * What a hostile user sends, category by category (uploads: hostile-uploads.test.ts). Every
 * answer must carry a stable code (JSON, never an HTML page), leave the graph as it was and
 * leave the server answering.
 */

const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '`) CALL db.labels() YIELD label RETURN label //',
  `\\"; DROP TABLE users; --`,
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  "{{constructor.constructor('alert(1)')()}}",
  '${7*7}',
]
let investigator = ''
let supervisor: Api
const upload = uploader(() => investigator)

beforeAll(async () => {
  investigator = await cookieOf('investigator')
  supervisor = await Api.signedIn('supervisor')
})

describe('hostile input that must change nothing', () => {
  eachLeavesGraphAndServer()

  describe('injection strings', () => {
    it.each(INJECTIONS)('are only data in ids and search text: %s', async (s) => {
      expect(
        await supervisor.code('query($id: ID!) { entity(id: $id) { id } }', { id: s }),
      ).toMatch(/^(entity\/not_found|input\/invalid)$/)
      const found = await supervisor.gql<{ search: { hits: unknown[] } }>(
        'query($t: String!) { search(text: $t, first: 5) { hits { entity { id } } } }',
        { t: s },
      )
      if (found.errors) expect(found.errors[0]!.extensions?.code).toMatch(/^search\//)
      else expect(Array.isArray(found.data!.search.hits)).toBe(true)
    })

    it('are only data in an imported file and its name', async () => {
      // Quoted as CSV quotes (a bare quote mid-field is a malformed file, not an injection).
      const cell = `"${INJECTIONS.join(' ').replace(/"/g, '""')}"`
      const csv = `caller;callee;start;duration;cell\n044 962 001;044 962 002;03.05.2019 10:00;45;${cell}\n`
      const res = await upload(`${CALLS}&fileName=${encodeURIComponent(INJECTIONS[1]!)}`, csv)
      expect(res.status).toBe(200)
      expect(res.body.report).toMatchObject({ dryRun: true, rows: 1 })
    })
  })

  describe('oversize strings and bodies', () => {
    it('refuses long names and search text with their codes', async () => {
      const long = 'x'.repeat(20_000)
      const created = await supervisor.gql(
        'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
        {
          i: {
            kind: 'Person',
            name: long,
            person: { category: 'SUSPECT' },
            provenance: PROVENANCE,
          },
        },
      )
      expect(created.errors?.[0]?.extensions?.code).toBe('input/too_long')
      expect(
        await supervisor.code('query($t: String!) { search(text: $t) { total } }', { t: long }),
      ).toBe('search/too_long')
    })

    it('answers a body over 1 MB, a gzip bomb and broken JSON in JSON', async () => {
      const post = (body: Buffer | string, headers: Record<string, string> = {}) =>
        http('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        })
      const big = await post(
        JSON.stringify({ query: `{ health { ok } } #${'a'.repeat(1_100_000)}` }),
      )
      expect([big.status, codeOf(big)]).toEqual([413, 'request/too_large'])
      const bomb = gzipSync(Buffer.concat([Buffer.alloc(30 * 2 ** 20, ' '), Buffer.from('{}')]))
      expect(bomb.length).toBeLessThan(100_000)
      const inflated = await post(bomb, { 'content-encoding': 'gzip' })
      expect([inflated.status, codeOf(inflated)]).toEqual([413, 'request/too_large'])
      for (const broken of ['{"query": ', '{"query": "{ health { ok } }"', '\u0000\u0001'])
        expect(codeOf(await post(broken))).toBe('request/malformed')
      const charset = await post('{}', { 'content-type': 'application/json; charset=ebcdic' })
      expect([charset.status, codeOf(charset)]).toEqual([415, 'request/malformed'])
      const encoding = await post('{}', { 'content-encoding': 'compress' })
      expect(codeOf(encoding)).toBe('request/malformed')
      const mapping = await http('/api/imports/mappings', {
        method: 'POST',
        headers: { cookie: investigator, 'x-htwb-import': '1', 'content-type': 'application/json' },
        body: '{"yaml": ',
      })
      expect([mapping.status, codeOf(mapping)]).toEqual([400, 'request/malformed'])
    })

    it('answers paths nothing serves in JSON', async () => {
      for (const [method, path] of [
        ['POST', '/nothing-here'],
        ['PUT', '/graphql'],
        ['DELETE', '/api/imports'],
        ['POST', '/%E0%A4%A'],
      ] as const) {
        const res = await http(path, { method })
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
        expect(codeOf(res)).toMatch(/^(request\/(not_found|malformed)|input\/invalid)$/)
      }
    })
  })

  describe('unicode controls and bidi overrides', () => {
    const hidden = ['Gashi\u202Etxt.exe', 'Ber\u0000isha', 'Hoxha\u2066x\u2069', 'Krasniqi\u0007']

    it.each(hidden)('are refused in typed input: %j', async (name) => {
      const res = await supervisor.gql(
        'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
        { i: { kind: 'Person', name, person: { category: 'SUSPECT' }, provenance: PROVENANCE } },
      )
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'input/invalid',
        field: 'input.name',
      })
    })

    it('are row errors in imported files', async () => {
      const csv = `caller;callee;start;duration;cell\n${hidden.map((h) => `044 962 001;044 962 002;03.05.2019 10:00;45;${h}`).join('\n')}\n`
      const res = await upload(CALLS.replace('dryRun=true', 'dryRun=false'), csv)
      expect(res.body.error).toMatchObject({ code: 'import/invalid_rows', errorCount: 4 })
      const ftm = hidden.map((h, i) => ftmLine(`h${i}`, 'Person', { name: [h] })).join('\n')
      const refused = await upload(FTM.replace('dryRun=true', 'dryRun=false'), ftm)
      expect(refused.body.error).toMatchObject({ code: 'import/invalid_rows', errorCount: 4 })
    })
  })

  describe('invalid UTF-8', () => {
    it('is unreadable as FollowTheMoney, a legacy code page as CSV, and harmless in JSON', async () => {
      const bad = Buffer.concat([
        Buffer.from('{"id": "p1", "schema": "Person", "properties": {"name": ["'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('"]}}\n'),
      ])
      const ftm = await upload(FTM, bad)
      expect([ftm.status, codeOf(ftm)]).toEqual([400, 'import/unreadable_file'])
      const csv = Buffer.concat([
        Buffer.from(
          'caller;callee;start;duration;cell\n044 962 001;044 962 002;03.05.2019 10:00;45;',
        ),
        Buffer.from([0x8a, 0xff, 0xc0]),
        Buffer.from('\n'),
      ])
      const report = await upload(CALLS, csv)
      expect(report.body.report).toMatchObject({
        encoding: expect.stringMatching(/^windows-125[01]$/),
        rows: 1,
      })
      const json = await http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.concat([
          Buffer.from('{"query": "{ health { ok } } #'),
          Buffer.from([0xff, 0xc3, 0x28]),
          Buffer.from('"}'),
        ]),
      })
      expect(json.status).toBeLessThan(500)
      const name = await upload(`${CALLS}&fileName=%FF%FE`, callRecordsCsv(1))
      expect(name.status).toBeLessThan(500)
    })
  })

  describe('deep, wide and aliased queries', () => {
    const status = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: investigator },
        body: JSON.stringify({ query, variables }),
      })
      return [res.status < 500, codeOf(res)]
    }

    it('refuses them before any resolver runs', async () => {
      const deep = `{ entity(id: "x") { ${'links { nodes { from { '.repeat(6)}id${' } } }'.repeat(6)} } }`
      const aliases = `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`
      const directives = `{ ${'__typename @include(if: true) '.repeat(21)} }`
      const tokens = `{ ${'__typename '.repeat(2_100)} }`
      for (const q of [deep, aliases, directives, tokens])
        expect(await status(q)).toEqual([true, 'request/too_complex'])
    })

    it('refuses batches, cycles and unknown operation names as invalid input', async () => {
      const batch = await http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ query: '{ health { ok } }' }, { query: '{ health { ok } }' }]),
      })
      expect(codeOf(batch)).toBe('input/invalid')
      const cycle = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'
      expect(await status(cycle)).toEqual([true, 'input/invalid'])
      for (const operationName of ['__proto__', 'x'.repeat(10_000)]) {
        const res = await http('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'query A { health { ok } }', operationName }),
        })
        expect([res.status, codeOf(res)]).toEqual([400, 'input/invalid'])
      }
    })
  })

  describe('prototype names', () => {
    it('are refused in GraphQL input objects', async () => {
      const input = JSON.parse(
        `{"__proto__": {"kind": "Case"}, "kind": "Person", "name": "P", "person": {"category": "SUSPECT", "constructor": "x"}, "provenance": ${JSON.stringify(PROVENANCE)}}`,
      ) as Record<string, unknown>
      expect(
        await supervisor.code(
          'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
          {
            i: input,
          },
        ),
      ).toBe('input/invalid')
    })
  })
})

describe('hostile input the workbench keeps as plain data', () => {
  it('stores injection strings verbatim as names, adding only that entity', async () => {
    const sourceId = await createSource(supervisor, 'Hostile corpus statement')
    const before = await cypher<{ n: number }, 1>('MATCH (n:Entity) RETURN count(n) AS n')
    const name = INJECTIONS.join(' ').slice(0, 190)
    const made = await supervisor.ok<{ createEntity: { id: string } }>(
      'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
      {
        i: {
          kind: 'Person',
          name,
          person: { category: 'SUSPECT' },
          provenance: { ...PROVENANCE, sourceIds: [sourceId] },
        },
      },
    )
    const after = await cypher<{ n: number }, 1>('MATCH (n:Entity) RETURN count(n) AS n')
    expect(after[0].n).toBe(before[0].n + 1)
    const back = await supervisor.ok<{ entity: { name: string } }>(
      'query($id: ID!) { entity(id: $id) { name } }',
      { id: made.createEntity.id },
    )
    expect(back.entity.name).toBe(name)
    await expectAlive()
  })

  it('records the server’s operation in the audit, never the client’s name for it', async () => {
    const api = await Api.signedIn('supervisor')
    const [{ seq }] = await cypher<{ seq: number }, 1>('MATCH (h:AuditHead) RETURN h.seq AS seq')
    const search = (op: string) =>
      `query ${op} { search(text: "Gashi", kinds: [Person], first: 3) { hits { entity { id } } } }`
    await api.ok(search('revealIdentity'))
    await api.ok(search(`N${'x'.repeat(100_000)}`))
    const entries = await cypher<{ operation: string; detail: string | null }>(
      `MATCH (a:AuditEntry) WHERE a.seq > $seq AND a.action = 'CONSULT'
       RETURN a.operation AS operation, a.detail AS detail ORDER BY a.seq`,
      { seq },
    )
    expect(entries.map((e) => e.operation)).toEqual(['search', 'search'])
    expect(entries[0]!.detail).toBe('client-name:revealIdentity')
    expect(entries[1]!.detail ?? '').toBe('')
  })

  // There is no CSV export: the one export, FollowTheMoney, writes JSON strings that no
  // spreadsheet evaluates. What a formula-like name becomes there is checked here.
  it('exports formula-like names as JSON strings, unchanged', { timeout: 120_000 }, async () => {
    const tag = Date.now().toString(36).slice(-5)
    const caseNumber = `HOSTILE-${tag}`
    const c = await supervisor.ok<{ createCase: { id: string } }>(
      'mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      { i: { caseNumber, name: `Hostile ${tag}`, provenance: PROVENANCE } },
    )
    const sourceId = await createSource(supervisor, `Formula statement ${tag}`)
    const formulas = ['=HYPERLINK("http://evil.example","x")', '+SUM(1,2)', '-2+3', '@cmd|/C calc']
    for (const name of formulas) {
      const made = await supervisor.ok<{ createEntity: { id: string } }>(
        'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
        {
          i: {
            kind: 'Organization',
            name,
            organization: { orgType: 'COMPANY' },
            provenance: { ...PROVENANCE, sourceIds: [sourceId] },
            caseId: c.createCase.id,
          },
        },
      )
      expect(made.createEntity.id).toBeTruthy()
    }
    const out = join(mkdtempSync(join(tmpdir(), 'htwb-hostile-')), 'case.ijson')
    const res = await wb([
      'export',
      '--format',
      'ftm',
      '--as',
      'supervisor',
      '--case',
      caseNumber,
      '--out',
      out,
    ])
    expect(res.code, res.stderr).toBe(0)
    const names = readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { properties: { name?: string[] } }).properties.name?.[0])
    for (const f of formulas) expect(names).toContain(f)
  })
})
