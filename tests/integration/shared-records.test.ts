import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher, graphFingerprint } from '../support/db.ts'
import { PROVENANCE } from '../support/fixtures.ts'
import { wb } from '../support/cli.ts'
import { cookieOf } from '../support/session.ts'

/**
 * What every account shares (places, institutions) and what it must not: sources carry case
 * numbers and file names, so they belong to their cases; shared records change only at the hands
 * of those the permission table allows; and a hidden thing answers exactly like a missing one.
 */
const SEARCH = `query($t: String!) { search(text: $t, first: 100) { total hits { entity { id kind name } } } }`
const ENTITY = `query($id: ID!) { entity(id: $id) { id name version provenance { handling sources { id name } } } }`
const UPDATE = `mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id name version } }`
const CREATE = `mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`
const CASES = `{ cases(first: 200) { nodes { id caseNumber } } }`
const tag = randomUUID().slice(0, 6)

let investigator: Api
let analyst: Api
let supervisor: Api
let officer: Api
let mine: Set<string>

beforeAll(async () => {
  investigator = await Api.signedIn('investigator')
  analyst = await Api.signedIn('analyst')
  supervisor = await Api.signedIn('supervisor')
  officer = await Api.signedIn('intl.officer')
  const c = await investigator.ok<{ cases: { nodes: Array<{ caseNumber: string }> } }>(CASES)
  mine = new Set(c.cases.nodes.map((x) => x.caseNumber))
})

const caseNumbersIn = (text: string) => text.match(/KP-THB-\d{4}-\d{3}/g) ?? []

describe('case numbers', () => {
  it('reach no account without the case, through search or a shared place', async () => {
    // The analyst holds no case: no source and no case number at all.
    const a = await analyst.ok<{ search: { total: number; hits: unknown[] } }>(SEARCH, {
      t: 'KP-THB',
    })
    expect(caseNumbersIn(JSON.stringify(a))).toEqual([])
    // The investigator finds sources of their own cases only.
    const i = await investigator.ok<{ search: { hits: Array<{ entity: { kind: string } }> } }>(
      SEARCH,
      { t: 'Police report KP-THB' },
    )
    const found = caseNumbersIn(JSON.stringify(i))
    expect(found.length).toBeGreaterThan(0)
    for (const n of found) expect(mine).toContain(n)
    // A shared city cites sources of many cases; each viewer is shown their own cases' only.
    const [city] = await cypher<{ id: string; cases: number }>(
      `MATCH (l:Location {locType: 'MUNICIPALITY'}) WHERE size(l.sourceIds) > 0
       RETURN l.id AS id, size(l.sourceIds) AS cases ORDER BY cases DESC LIMIT 1`,
    )
    for (const api of [analyst, investigator, officer]) {
      const e = await api.ok<{ entity: { id: string } | null }>(ENTITY, { id: city!.id })
      expect(e.entity?.id).toBe(city!.id)
      const numbers = caseNumbersIn(JSON.stringify(e))
      for (const n of numbers) expect(api === investigator ? mine : new Set()).toContain(n)
    }
  })

  it('of a file name stays in the case the file was imported into', async () => {
    const fileName = `Statement of Arta Hoxha${tag}.csv`
    // A case of the investigator's that the officer does not hold (other tests share some).
    const [c] = await cypher<{ id: string }>(
      `MATCH (c:Case)<-[:ASSIGNED_TO]-(:User {username: 'investigator'})
       WHERE NOT EXISTS { (c)<-[:ASSIGNED_TO]-(:User {username: 'intl.officer'}) }
       RETURN c.id AS id ORDER BY c.id LIMIT 1`,
    )
    const res = await fetch(
      `${inject('wbUrl')}/api/imports?${new URLSearchParams({ mapping: 'call-records', fileName, caseId: c!.id })}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          cookie: await cookieOf('investigator'),
          'x-htwb-import': '1',
        },
        body: `caller;callee;start;duration;cell\n044 963 ${String(Date.now()).slice(-3)};044 964 001;03.05.2019 10:00;45;\n`,
      },
    )
    expect(res.status, await res.clone().text()).toBe(200)
    const t = { t: `Hoxha${tag}` }
    const own = await investigator.ok<{ search: { total: number } }>(SEARCH, t)
    expect(own.search.total).toBeGreaterThan(0)
    for (const api of [analyst, officer]) {
      const other = await api.ok<{ search: { total: number } }>(SEARCH, t)
      expect(other.search.total).toBe(0)
    }
  })
})

describe('sources', () => {
  it('join the cases of what cites them, through links and new provenance too', async () => {
    const c = await investigator.ok<{ createCase: { id: string } }>(
      `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { caseNumber: `SRC-${tag}`, name: `Sources ${tag}`, provenance: PROVENANCE } },
    )
    const caseId = c.createCase.id
    const source = async (name: string) =>
      (
        await investigator.ok<{ createEntity: { id: string } }>(CREATE, {
          i: {
            kind: 'Source',
            name,
            provenance: { ...PROVENANCE, reliability: 'A', credibility: 1 },
            source: { sourceType: 'STATEMENT', reference: name },
          },
        })
      ).createEntity.id
    // Recorded outside any case: only their recorder sees them, until something cites them.
    const [s1, s2] = [await source(`Witness A ${tag}`), await source(`Witness B ${tag}`)]
    const person = async (name: string) =>
      (
        await investigator.ok<{ createEntity: { id: string } }>(CREATE, {
          i: {
            kind: 'Person',
            name,
            caseId,
            person: { category: 'SUSPECT' },
            provenance: { ...PROVENANCE, sourceIds: [s1] },
          },
        })
      ).createEntity.id
    const [a, b] = [await person(`Ardit ${tag}`), await person(`Besnik ${tag}`)]
    await investigator.ok(`mutation($i: CreateLinkInput!) { createLink(input: $i) { id } }`, {
      i: { kind: 'ASSOCIATE', fromId: a, toId: b, provenance: { ...PROVENANCE, sourceIds: [s2] } },
    })
    const joined = await cypher<{ id: string }>(
      `MATCH (s:Source)-[:PART_OF_CASE]->(:Case {id: $caseId}) WHERE s.id IN $ids RETURN s.id AS id ORDER BY id`,
      { caseId, ids: [s1, s2] },
    )
    expect(joined.map((r) => r.id)).toEqual([s1, s2].sort())
  })
})

describe('shared reference data', () => {
  it('is changed only by a supervisor: an investigator cannot rename a city for everyone', async () => {
    const [city] = await cypher<{ id: string; name: string }>(
      `MATCH (l:Location {locType: 'MUNICIPALITY'}) RETURN l.id AS id, l.name AS name LIMIT 1`,
    )
    const [src] = await cypher<{ id: string }>(
      `MATCH (s:Source)-[:PART_OF_CASE]->(:Case)<-[:ASSIGNED_TO]-(:User {username: 'investigator'})
       RETURN s.id AS id LIMIT 1`,
    )
    const before = await graphFingerprint()
    const v = await investigator.ok<{ entity: { version: number } }>(ENTITY, { id: city!.id })
    const change = { id: city!.id, expectedVersion: v.entity.version, name: 'Renamed' }
    expect(await investigator.code(UPDATE, { i: change })).toBe('auth/forbidden')
    expect(
      await investigator.code(UPDATE, {
        i: {
          id: city!.id,
          expectedVersion: v.entity.version,
          location: { point: { lat: 0, lon: 0 } },
        },
      }),
    ).toBe('auth/forbidden')
    // Creating a new shared place is the same act.
    expect(
      await investigator.code(CREATE, {
        i: {
          kind: 'Location',
          name: `Town ${tag}`,
          location: { locType: 'CITY' },
          provenance: { ...PROVENANCE, sourceIds: [src!.id] },
        },
      }),
    ).toBe('auth/forbidden')
    expect(await graphFingerprint()).toBe(before)
    const ok = await supervisor.ok<{ updateEntity: { name: string } }>(UPDATE, {
      i: { ...change, name: `${city!.name}` },
    })
    expect(ok.updateEntity.name).toBe(city!.name)
  })

  it('is not created by an import either, unless a supervisor imports it', async () => {
    const body = [
      JSON.stringify({
        id: `pb-${tag}`,
        schema: 'PublicBody',
        properties: { name: [`Office ${tag}`] },
      }),
      JSON.stringify({ id: `pp-${tag}`, schema: 'Person', properties: { name: [`Clerk ${tag}`] } }),
    ].join('\n')
    const post = async (account: string) => {
      const res = await fetch(
        `${inject('wbUrl')}/api/imports?${new URLSearchParams({ format: 'ftm', fileName: `bodies-${tag}.ijson` })}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/octet-stream',
            cookie: await cookieOf(account),
            'x-htwb-import': '1',
          },
          body,
        },
      )
      return { status: res.status, body: (await res.json()) as { error?: { code: string } } }
    }
    const before = await graphFingerprint()
    expect(await post('investigator')).toMatchObject({
      status: 403,
      body: { error: { code: 'auth/forbidden' } },
    })
    expect(await graphFingerprint()).toBe(before)
    expect((await post('supervisor')).status).toBe(200)
  })

  it('gives a source the H3 code only at a supervisor’s hands', async () => {
    const [src] = await cypher<{ id: string }>(
      `MATCH (s:Source)-[:PART_OF_CASE]->(:Case)<-[:ASSIGNED_TO]-(:User {username: 'investigator'})
       WHERE s.handling <> 'H3' RETURN s.id AS id LIMIT 1`,
    )
    const v = await investigator.ok<{
      entity: { version: number; provenance: { handling: string } }
    }>(ENTITY, { id: src!.id })
    const h3 = {
      id: src!.id,
      expectedVersion: v.entity.version,
      provenance: { ...PROVENANCE, reliability: 'A', credibility: 1, handling: 'H3' },
    }
    const before = await graphFingerprint()
    expect(await investigator.code(UPDATE, { i: h3 })).toBe('auth/forbidden')
    expect(await graphFingerprint()).toBe(before)
    const done = await supervisor.ok<{ updateEntity: { version: number } }>(UPDATE, { i: h3 })
    // Now hidden from the investigator (no informant clearance) exactly like a missing record.
    expect(await investigator.code(ENTITY, { id: src!.id })).toBe('entity/not_found')
    await supervisor.ok(UPDATE, {
      i: {
        ...h3,
        expectedVersion: done.updateEntity.version,
        provenance: { ...h3.provenance, handling: v.entity.provenance.handling },
      },
    })
  })
})

describe('no oracles', () => {
  it('answers a hidden source cited as provenance exactly like an unknown one', async () => {
    const [hidden] = await cypher<{ id: string }>(
      `MATCH (s:Source)-[:PART_OF_CASE]->(c:Case)
       WHERE NOT EXISTS { (c)<-[:ASSIGNED_TO]-(:User {username: 'investigator'}) }
       RETURN s.id AS id LIMIT 1`,
    )
    const attempt = (sourceId: string) =>
      investigator.gql(CREATE, {
        i: {
          kind: 'Person',
          name: `Probe ${tag}`,
          person: { category: 'SUSPECT' },
          provenance: { ...PROVENANCE, sourceIds: [sourceId] },
        },
      })
    const before = await graphFingerprint()
    const a = await attempt(hidden!.id)
    const b = await attempt('src-00000000-0000-0000-0000-000000000000')
    expect(a.errors?.[0]?.extensions?.code).toBe('entity/not_found')
    expect(b.errors?.[0]?.extensions?.code).toBe('entity/not_found')
    expect(a.errors?.[0]?.extensions?.field).toBe(b.errors?.[0]?.extensions?.field)
    expect(await graphFingerprint()).toBe(before)
  })

  it('opens a case whose number only a hidden case holds, and refuses a visible duplicate', async () => {
    const [hidden] = await cypher<{ n: string }>(
      `MATCH (c:Case) WHERE NOT EXISTS { (c)<-[:ASSIGNED_TO]-(:User {username: 'investigator'}) }
       RETURN c.caseNumber AS n LIMIT 1`,
    )
    const open = (caseNumber: string) =>
      investigator.gql<{ createCase: { id: string } }>(
        `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
        { i: { caseNumber, name: `Collision ${tag}`, provenance: PROVENANCE } },
      )
    const created = await open(hidden!.n)
    expect(created.errors).toBeUndefined()
    const [flag] = await cypher<{ detail: string }>(
      `MATCH (a:AuditEntry {operation: 'createCase'}) RETURN a.detail AS detail ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(flag!.detail).toMatch(/^case_number_collision:/)
    // Now the investigator holds a case with that number: a third one is refused.
    expect((await open(hidden!.n)).errors?.[0]?.extensions?.code).toBe('case/duplicate_number')
  })

  it('exports a case in the same shape whether or not a hidden informant uses one of its phones', async () => {
    const caseNumber = `EXP-${tag}`
    const c = await investigator.ok<{ createCase: { id: string } }>(
      `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { caseNumber, name: `Export ${tag}`, provenance: PROVENANCE } },
    )
    const caseId = c.createCase.id
    const source = await investigator.ok<{ createEntity: { id: string } }>(CREATE, {
      i: {
        kind: 'Source',
        name: `Operator records ${tag}`,
        caseId,
        provenance: { ...PROVENANCE, reliability: 'A', credibility: 1 },
        source: { sourceType: 'INTERCEPT', reference: `OP-${tag}` },
      },
    })
    const prov = { ...PROVENANCE, sourceIds: [source.createEntity.id] }
    const phone = async (number: string) =>
      (
        await investigator.ok<{ createEntity: { id: string } }>(CREATE, {
          i: { kind: 'Phone', name: number, caseId, phone: { number }, provenance: prov },
        })
      ).createEntity.id
    const [a, b] = [await phone('+38344900111'), await phone('+38344900222')]
    const LINK = `mutation($i: CreateLinkInput!) { createLink(input: $i) { id } }`
    await investigator.ok(LINK, {
      i: {
        kind: 'CALLED',
        fromId: a,
        toId: b,
        provenance: prov,
        fields: { at: '2019-05-03T10:00:00Z', durationSeconds: 45 },
      },
    })
    const exported = async () => {
      const res = await wb([
        'export',
        '--format',
        'ftm',
        '--as',
        'investigator',
        '--case',
        caseNumber,
      ])
      expect(res.code, res.stderr).toBe(0)
      return res.stdout
    }
    const before = await exported()
    expect(before).toContain('+38344900222')
    // The supervisor records an informant using the called phone, outside the case.
    const informant = await supervisor.ok<{ createEntity: { id: string } }>(CREATE, {
      i: {
        kind: 'Person',
        name: `Informant ${tag}`,
        person: { category: 'INFORMANT' },
        provenance: prov,
      },
    })
    await supervisor.ok(LINK, {
      i: { kind: 'USES_PHONE', fromId: informant.createEntity.id, toId: b, provenance: prov },
    })
    expect(await exported()).toBe(before)
  })
})
