import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { Api } from '../support/api.ts'
import { wb } from '../support/cli.ts'
import { cypher, graphFingerprint } from '../support/db.ts'
import { createSource, PROVENANCE } from '../support/fixtures.ts'
import { bombWorkbook, callRecordsCsv, rowXml, workbookOf } from '../support/hostile-files.ts'
import { cookieOf } from '../support/session.ts'

/**
 * What a hostile user sends, category by category. Every answer must carry a stable code (JSON,
 * never an HTML page), leave the graph as it was and leave the server answering.
 */

const url = inject('wbUrl')
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
/** Labels a refused request may still write: its audit entry, a session, a sign-in throttle. */
const BOOKKEEPING = ['AuditEntry', 'AuditHead', 'Session', 'LoginThrottle']

/** The whole graph apart from bookkeeping: entities, links, and every other node and version. */
async function snapshot(): Promise<string> {
  const [rest] = await cypher(
    `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip)
     RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions`,
    { skip: BOOKKEEPING },
  )
  return `${await graphFingerprint()} ${JSON.stringify(rest)}`
}

async function expectAlive() {
  const res = await new Api().gql<{ health: { ok: boolean } }>('{ health { ok } }')
  expect(res.data?.health.ok).toBe(true)
}

interface HttpAnswer {
  status: number
  type: string
  text: string
  body: {
    error?: { code?: string } & Record<string, unknown>
    errors?: Array<{ extensions?: { code?: string } }>
  } & Record<string, unknown>
}

async function http(path: string, init: RequestInit): Promise<HttpAnswer> {
  const res = await fetch(`${url}${path}`, init)
  const text = await res.text()
  const type = res.headers.get('content-type') ?? ''
  // Never Express's page: no markup, no stack frame, no path of the server's files.
  expect(type).toMatch(/^application\/(json|x-ndjson)/)
  expect(text).not.toMatch(/<html|<pre>|\bat [\w.]+ \(|node_modules|\/src\//i)
  return { status: res.status, type, text, body: JSON.parse(text) as HttpAnswer['body'] }
}

const codeOf = (a: HttpAnswer) => a.body.error?.code ?? a.body.errors?.[0]?.extensions?.code

let investigator: string
let supervisor: Api
const upload = (query: string, bytes: Buffer | string, extra: Record<string, string> = {}) =>
  http(`/api/imports${query}`, {
    method: 'POST',
    headers: {
      cookie: investigator,
      'x-htwb-import': '1',
      'content-type': 'application/octet-stream',
      ...extra,
    },
    body: bytes,
  })
const CALLS = '?mapping=call-records&fileName=hostile.csv&dryRun=true'
const FTM = '?format=ftm&fileName=hostile.ijson&dryRun=true'
const ftmLine = (id: string, schema: string, properties: Record<string, string[]>) =>
  JSON.stringify({ id, schema, properties })

beforeAll(async () => {
  investigator = await cookieOf('investigator')
  supervisor = await Api.signedIn('supervisor')
})

describe('hostile input that must change nothing', () => {
  let before: string
  beforeEach(async () => {
    before = await snapshot()
  })
  afterEach(async () => {
    expect(await snapshot()).toBe(before)
    await expectAlive()
  })

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

  describe('oversize files', () => {
    it('refuses a 100 KB workbook holding a 100 MB cell, in the preview and the import', async () => {
      const bomb = bombWorkbook(100)
      expect(bomb.length).toBeLessThan(200_000)
      for (const path of ['/preview?fileName=bomb.xlsx', CALLS]) {
        const res = await upload(path, bomb)
        expect(res.status).toBe(413)
        expect(res.body.error).toEqual({
          code: 'import/too_large',
          field: 'file',
          limit: 'cellChars',
          max: 32_767,
        })
      }
    })

    it('refuses more rows, columns or characters than an import reads', async () => {
      const rows = await upload(CALLS, callRecordsCsv(200_001))
      expect(rows.body.error).toMatchObject({
        code: 'import/too_large',
        limit: 'rows',
        line: 200_002,
      })
      const wide = `${Array.from({ length: 300 }, (_, i) => `c${i}`).join(';')}\n1\n`
      expect((await upload('/preview?fileName=w.csv', wide)).body.error).toMatchObject({
        code: 'import/too_large',
        limit: 'columns',
      })
      const cell = `caller;callee;start;duration;cell\n1;2;3;4;${'y'.repeat(40_000)}\n`
      expect((await upload(CALLS, cell)).body.error).toMatchObject({
        limit: 'cellChars',
        line: 2,
        column: 5,
      })
      const far = workbookOf('<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>')
      expect((await upload(CALLS, far)).body.error).toMatchObject({
        limit: 'columns',
        column: 16_384,
      })
      const longLine = ftmLine('p1', 'Person', { name: ['x'.repeat(7_000_000)] })
      expect((await upload(FTM, longLine)).body.error).toMatchObject({ limit: 'rowChars' })
    })

    it('refuses an upload over 50 MB before reading it', async () => {
      const res = await upload(CALLS, Buffer.alloc(51 * 2 ** 20, 'a'))
      expect([res.status, codeOf(res)]).toEqual([413, 'import/file_too_large'])
    })

    it('keeps the preview small whatever the file holds', async () => {
      const wideCells = Array.from({ length: 100 }, () => 'z'.repeat(30_000))
      const book = workbookOf(
        rowXml(1, ['caller', 'note']) + rowXml(2, ['044 962 001', ...wideCells.slice(0, 1)]),
      )
      const res = await upload('/preview?fileName=p.xlsx', book)
      const preview = res.body.preview as {
        rows: string[][]
        truncated: number[][]
        cellChars: number
      }
      expect(preview.rows[0]![1]).toHaveLength(200)
      expect(preview.truncated).toEqual([[0, 1]])
      expect(res.text.length).toBeLessThan(200_000)
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
      const deep = `{ entity(id: "x") { ${'links { from { '.repeat(6)}id${' } }'.repeat(6)} } }`
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

    it('are row errors as FollowTheMoney schemata and properties', async () => {
      const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']
      const text = [
        ...names.map((s, i) => ftmLine(`x${i}`, s, { name: ['A'] })),
        '{"id": "p1", "schema": "Person", "properties": {"__proto__": ["x"], "name": ["B"]}}',
      ].join('\n')
      const res = await upload(FTM.replace('dryRun=true', 'dryRun=false'), text)
      expect(res.body.error).toMatchObject({ code: 'import/invalid_rows', errorCount: 6 })
      const errors = (res.body.error as { errors: Array<{ line: number; reason: string }> }).errors
      expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 5, 6])
    })

    it('find no mapping, template or binding of Object.prototype in import requests', async () => {
      for (const mapping of ['__proto__', 'constructor', 'toString'])
        expect(
          codeOf(await upload(`?mapping=${mapping}&fileName=a.csv&dryRun=true`, callRecordsCsv(1))),
        ).toBe('import/mapping_not_found')
      const binding = encodeURIComponent('{"columns": {}, "parse": {"__proto__": {"x": 1}}}')
      expect(codeOf(await upload(`${CALLS}&binding=${binding}`, callRecordsCsv(1)))).toBe(
        'input/invalid',
      )
      const saved = await http('/api/imports/mappings', {
        method: 'POST',
        headers: { cookie: investigator, 'x-htwb-import': '1', 'content-type': 'application/json' },
        body: '{"name": "proto", "template": "__proto__", "binding": {"columns": {}}}',
      })
      expect(saved.status).toBeLessThan(500)
      expect(codeOf(saved)).toMatch(
        /^(input\/invalid|import\/mapping_not_found|import\/invalid_mapping)$/,
      )
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
