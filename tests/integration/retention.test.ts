import { describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher, graphFingerprint } from '../support/db.ts'

interface Due {
  retentionDue: {
    review: number
    erase: number
    items: Array<{
      person: { id: string; name: string; category?: string }
      action: 'REVIEW' | 'ERASE'
      dueOn: string
      caseCount: number
      lastClosedOn: string | null
    }>
  }
}
const DUE = `query Due($action: RetentionAction, $first: Int) {
  retentionDue(action: $action, first: $first) {
    review erase
    items { person { id name ... on Person { category } } action dueOn caseCount lastClosedOn }
  }
}`
const POLICY = `{ retentionPolicy { category reviewYears eraseAfterClosureYears eraseWithoutCaseYears } }`
const RETAIN = `mutation Retain($id: ID!, $why: String!) { retainPerson(id: $id, justification: $why) { id } }`
const ERASE = `mutation Erase($id: ID!, $why: String!) {
  erasePerson(id: $id, justification: $why) { erasedIds redactedRecords redactedAuditEntries }
}`
/** Cypher: the value (a string or a list of them) contains $name, ignoring case. */
const mentions = (v: string) => `(${v} IS :: STRING AND toLower(${v}) CONTAINS $name)
  OR (${v} IS :: LIST<ANY> AND any(x IN ${v} WHERE x IS :: STRING AND toLower(x) CONTAINS $name))`
const today = new Date().toISOString().slice(0, 10)
const plusYears = (d: string, y: number) => `${Number(d.slice(0, 4)) + y}${d.slice(4)}`

describe('retention', () => {
  it('lists records due for erasure to a supervisor, each past its category limit', async () => {
    const api = await Api.signedIn('supervisor')
    const { retentionPolicy } = await api.ok<{
      retentionPolicy: Array<{ category: string; eraseAfterClosureYears: number }>
    }>(POLICY)
    const due = (await api.ok<Due>(DUE, { action: 'ERASE', first: 100 })).retentionDue
    expect(due.erase).toBeGreaterThan(0)
    expect(due.items.length).toBeGreaterThan(0)
    for (const item of due.items) {
      expect(item.action).toBe('ERASE')
      expect(item.dueOn <= today).toBe(true)
      if (item.lastClosedOn) {
        const rule = retentionPolicy.find((r) => r.category === item.person.category)!
        expect(item.dueOn).toBe(plusYears(item.lastClosedOn, rule.eraseAfterClosureYears))
      }
    }
    const dates = due.items.map((i) => i.dueOn)
    expect(dates).toEqual([...dates].sort())
  })

  it('refuses the list to roles that do not decide retention', async () => {
    for (const user of ['investigator', 'analyst'])
      expect(await (await Api.signedIn(user)).code(DUE)).toBe('auth/forbidden')
  })

  it('takes a retained record off the review list until its next review', async () => {
    const api = await Api.signedIn('supervisor')
    const due = (await api.ok<Due>(DUE, { action: 'REVIEW', first: 5 })).retentionDue
    const item = due.items[0]!
    await api.ok(RETAIN, { id: item.person.id, why: 'Trial pending; statement still needed.' })
    const after = (await api.ok<Due>(DUE, { action: 'REVIEW', first: 200 })).retentionDue
    expect(after.review).toBe(due.review - 1)
    expect(after.items.map((i) => i.person.id)).not.toContain(item.person.id)
    const [entry] = await cypher<{ justification: string }>(
      `MATCH (a:AuditEntry {operation: 'retainPerson'}) WHERE $id IN a.personIds
       RETURN a.justification AS justification`,
      { id: item.person.id },
    )
    expect(entry?.justification).toBe('Trial pending; statement still needed.')
  })

  it('erases a person so that the name appears nowhere: graph, search, free text, audit', async () => {
    const api = await Api.signedIn('supervisor')
    const due = (await api.ok<Due>(DUE, { action: 'ERASE', first: 200 })).retentionDue
    // A person whose name nobody else bears, with a phone that exists only for them.
    const [target] = await cypher<{ id: string; name: string; phone: string }>(
      `UNWIND $ids AS id MATCH (p:Person {id: id})--(ph:Phone)
       WHERE NOT EXISTS { (ph)--(o:Person) WHERE o <> p }
         AND COUNT { (o:Person) WHERE toLower(o.name) = toLower(p.name) } = 1
       RETURN p.id AS id, p.name AS name, ph.id AS phone LIMIT 1`,
      { ids: due.items.map((i) => i.person.id) },
    )
    expect(target).toBeDefined()
    const { id, name, phone } = target!
    const lower = name.toLowerCase()

    // Copies of the name in places users type into: a justification and an event description.
    await api.ok(RETAIN, { id, why: `Keeping ${name} until the appeal is heard.` })
    const [event] = await cypher<{ id: string; version: number }>(
      `MATCH (e:Event) RETURN e.id AS id, e.version AS version LIMIT 1`,
    )
    await api.ok(
      `mutation Note($input: UpdateEntityInput!) { updateEntity(input: $input) { id } }`,
      {
        input: {
          id: event!.id,
          expectedVersion: event!.version,
          event: { description: `Seen with ${name.toUpperCase()} at the bus station.` },
        },
      },
    )
    expect(
      (
        await api.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
          `query S($t: String!) { search(text: $t, first: 50) { hits { entity { id } } } }`,
          { t: name },
        )
      ).search.hits.map((h) => h.entity.id),
    ).toContain(id)

    // A justification that names the person is refused, and nothing changes.
    const before = await graphFingerprint()
    expect(await api.code(ERASE, { id, why: `Erase ${name}: retention limit passed.` })).toBe(
      'input/invalid',
    )
    expect(await graphFingerprint()).toBe(before)

    const report = (
      await api.ok<{
        erasePerson: { erasedIds: string[]; redactedRecords: number; redactedAuditEntries: number }
      }>(ERASE, { id, why: 'Retention limit passed; approved at the quarterly review.' })
    ).erasePerson
    expect(report.erasedIds).toEqual(expect.arrayContaining([id, phone]))
    expect(report.redactedRecords).toBeGreaterThanOrEqual(1)
    expect(report.redactedAuditEntries).toBeGreaterThanOrEqual(1)

    // Graph: no node or link property anywhere holds the name (the index reads these).
    const [left] = await cypher<{ nodes: number; links: number; ids: number }>(
      `CALL () { MATCH (n) WHERE any(k IN keys(n) WHERE ${mentions('n[k]')}) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE ${mentions('r[k]')})
                 RETURN count(r) AS links }
       CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS ids }
       RETURN nodes, links, ids`,
      { name: lower, ids: [id, phone] },
    )
    expect(left).toEqual({ nodes: 0, links: 0, ids: 0 })
    // Search and lookups.
    const hits = await api.ok<{
      search: { hits: Array<{ entity: { id: string; name: string } }> }
    }>(`query S($t: String!) { search(text: $t, first: 50) { hits { entity { id name } } } }`, {
      t: name,
    })
    expect(hits.search.hits.filter((h) => h.entity.id === id || h.entity.name === name)).toEqual([])
    expect(await api.code(`query E($id: ID!) { entity(id: $id) { id } }`, { id })).toBe(
      'entity/not_found',
    )
    // Audit: the erasure is recorded by id, the chain still verifies.
    const [erasure] = await cypher<{ personIds: string[]; justification: string }>(
      `MATCH (a:AuditEntry {action: 'ERASE', outcome: 'OK'}) WHERE $id IN a.personIds
       RETURN a.personIds AS personIds, a.justification AS justification`,
      { id },
    )
    expect(erasure?.personIds).toEqual([id])
    const chain = await api.ok<{ auditChain: { ok: boolean } }>(`{ auditChain { ok } }`)
    expect(chain.auditChain.ok).toBe(true)
  })

  it('still detects a justification edited outside an erasure', async () => {
    const api = await Api.signedIn('supervisor')
    const [seq] = await cypher<{ seq: number }>(
      `MATCH (a:AuditEntry {operation: 'retainPerson'}) WHERE NOT coalesce(a.justificationErased, false)
       WITH a ORDER BY a.seq LIMIT 1
       SET a.justification = a.justification + ' (edited)' RETURN a.seq AS seq`,
    )
    try {
      const chain = await api.ok<{ auditChain: { ok: boolean; firstBadSeq: number } }>(
        `{ auditChain { ok firstBadSeq } }`,
      )
      expect(chain.auditChain).toEqual({ ok: false, firstBadSeq: seq!.seq })
    } finally {
      await cypher(
        `MATCH (a:AuditEntry {seq: $seq}) SET a.justification = replace(a.justification, ' (edited)', '')`,
        { seq: seq!.seq },
      )
    }
  })
})
