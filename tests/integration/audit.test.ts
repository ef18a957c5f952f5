import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SystemAccess, verifyAuditChain } from '@htwb/server'
import neo4j from 'neo4j-driver'
import { Api } from '../support/api.ts'
import { closeTestDriver, cypher, testDb, testDriver } from '../support/db.ts'

const SEARCH = `query AuditProbe($t: String!) { search(text: $t, kinds: [Person], first: 20) { hits { entity { id } } } }`

let api: Api
const handle = () => testDb()

beforeAll(async () => {
  api = await Api.signedIn()
})
afterAll(async () => {
  await closeTestDriver()
})

describe('audit trail', () => {
  it('records exactly the persons a response returned, as one consultation', async () => {
    const [{ seq: before }] = await cypher<{ seq: number }, 1>(
      `MATCH (h:AuditHead) RETURN h.seq AS seq`,
    )
    const r = await api.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(SEARCH, {
      t: 'Berisha',
    })
    const returned = r.search.hits.map((h) => h.entity.id).sort()
    expect(returned.length).toBeGreaterThan(0)
    const entries = await cypher<{
      personIds: string[]
      actor: string
      operation: string
      action: string
    }>(
      `MATCH (a:AuditEntry) WHERE a.seq > $seq AND a.action = 'CONSULT' RETURN a.personIds AS personIds, a.actor AS actor, a.operation AS operation, a.action AS action`,
      { seq: neo4j.int(before) },
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actor: 'admin', operation: 'search' })
    expect([...entries[0]!.personIds].sort()).toEqual(returned)
  })

  it('records refused sign-ins without the name typed', async () => {
    await new Api().gql(`mutation { login(username: "nobody-x", password: "wrong") { id } }`)
    const [last] = await cypher<{ action: string; outcome: string; actor: string; detail: string }>(
      `MATCH (a:AuditEntry) RETURN a.action AS action, a.outcome AS outcome, a.actor AS actor, a.detail AS detail ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(last).toEqual({
      action: 'SIGN_IN',
      outcome: 'REFUSED',
      actor: '',
      detail: 'auth/invalid_credentials',
    })
  })

  it('is a hash chain that detects an edited entry', async () => {
    expect((await verifyAuditChain(handle())).ok).toBe(true)
    const [{ seq, actor }] = await cypher<{ seq: number; actor: string }, 1>(
      `MATCH (a:AuditEntry {action: 'CONSULT'}) RETURN a.seq AS seq, a.actor AS actor ORDER BY a.seq LIMIT 1`,
    )
    await cypher(`MATCH (a:AuditEntry {seq: $seq}) SET a.actor = 'someone-else'`, {
      seq: neo4j.int(seq),
    })
    try {
      const check = await verifyAuditChain(handle())
      expect(check).toMatchObject({ ok: false, firstBadSeq: seq })
    } finally {
      await cypher(`MATCH (a:AuditEntry {seq: $seq}) SET a.actor = $actor`, {
        seq: neo4j.int(seq),
        actor,
      })
    }
    expect((await verifyAuditChain(handle())).ok).toBe(true)
  })

  it('detects removed newest entries', async () => {
    const [last] = await testDriver()
      .executeQuery(
        `MATCH (a:AuditEntry) RETURN a ORDER BY a.seq DESC LIMIT 1`,
        {},
        { database: 'neo4j' },
      )
      .then((r) => r.records.map((x) => x.get('a').properties as Record<string, unknown>))
    await cypher(`MATCH (a:AuditEntry {seq: $seq}) DELETE a`, { seq: last!.seq })
    try {
      expect((await verifyAuditChain(handle())).ok).toBe(false)
    } finally {
      await cypher(`CREATE (a:AuditEntry) SET a = $props`, { props: last })
    }
    expect((await verifyAuditChain(handle())).ok).toBe(true)
  })

  it('names the person an edit touched', async () => {
    const src = await api.ok<{ createEntity: { id: string } }>(
      `mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`,
      {
        i: {
          kind: 'Source',
          name: 'Audit src',
          provenance: { sourceIds: [], reliability: 'A', credibility: 1, handling: 'H0' },
          source: { sourceType: 'REPORT' },
        },
      },
    )
    const p = await api.ok<{ createEntity: { id: string } }>(
      `mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`,
      {
        i: {
          kind: 'Person',
          name: 'Audit Person',
          person: { category: 'WITNESS' },
          provenance: {
            sourceIds: [src.createEntity.id],
            reliability: 'B',
            credibility: 2,
            handling: 'H0',
          },
        },
      },
    )
    await api.ok(`mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id } }`, {
      i: { id: p.createEntity.id, expectedVersion: 1, name: 'Audit Person Renamed' },
    })
    const [entry] = await cypher<{ personIds: string[]; action: string }>(
      `MATCH (a:AuditEntry {operation: 'updateEntity'}) RETURN a.personIds AS personIds, a.action AS action ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(entry).toEqual({ personIds: [p.createEntity.id], action: 'ALTER' })
  })

  it('keeps the platform access away from investigation data', async () => {
    const system = new SystemAccess(handle())
    await expect(system.read('MATCH (p:Person) RETURN p', {}, (r) => r)).rejects.toThrow()
  })
})
