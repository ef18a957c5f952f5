import { readMigrations } from '@htwb/graph'
import { describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher } from '../support/db.ts'

describe('platform', () => {
  it('applied every migration exactly once', async () => {
    const rows = await cypher<{ version: number; n: number }>(
      `MATCH (m:Migration) RETURN m.version AS version, count(*) AS n ORDER BY version`,
    )
    expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version))
    expect(rows.every((r) => r.n === 1)).toBe(true)
  })

  it('has the full-text and point indexes online', async () => {
    const rows = await cypher<{ name: string; state: string }>(
      `SHOW INDEXES YIELD name, state WHERE name IN ['entity_search', 'location_point'] RETURN name, state`,
    )
    expect(rows).toHaveLength(2)
    expect(rows.every((r) => r.state === 'ONLINE')).toBe(true)
  })

  it('loaded the demo data with a category on every person', async () => {
    const [row] = await cypher<{ persons: number; without: number }>(
      `MATCH (p:Person) RETURN count(p) AS persons, count(CASE WHEN p.category IS NULL THEN 1 END) AS without`,
    )
    expect(row!.persons).toBeGreaterThan(200)
    expect(row!.without).toBe(0)
  })

  it('names no protected person in the demo events', async () => {
    const [row] = await cypher<{ leaks: number }>(
      `MATCH (p:Person) WHERE p.category IN ['VICTIM', 'POTENTIAL_VICTIM'] WITH collect(p.name) AS names
       // Demo events only (numbered ids): other tests write victims' names into events on purpose.
       MATCH (e:Event) WHERE e.id =~ 'evt-[0-9]+'
         AND any(n IN names WHERE e.name CONTAINS n OR e.description CONTAINS n)
       RETURN count(e) AS leaks`,
    )
    expect(row!.leaks).toBe(0)
  })

  it('answers health without a session and refuses data without one', async () => {
    const anon = new Api()
    expect((await anon.ok<{ health: { ok: boolean } }>(`{ health { ok } }`)).health.ok).toBe(true)
    expect(await anon.code(`{ entity(id: "x") { id } }`)).toBe('auth/unauthenticated')
    expect(await anon.gql(`{ me { id } }`)).toMatchObject({ data: { me: null } })
  })

  it('refuses wrong passwords with a code and signs in with the right one', async () => {
    expect(
      await new Api().code(`mutation { login(username: "admin", password: "nope") { id } }`),
    ).toBe('auth/invalid_credentials')
    const api = await Api.signedIn()
    expect(
      (await api.ok<{ me: { username: string; roles: string[] } }>(`{ me { username roles } }`)).me
        .username,
    ).toBe('admin')
  })

  it('refuses queries deeper than the limit before running them', async () => {
    const api = await Api.signedIn()
    let q = 'id'
    for (let i = 0; i < 14; i++) q = `links { nodes { from { ${q} } } }`
    const res = await api.gql(`{ entity(id: "x") { ${q} } }`)
    expect(res.errors?.[0]?.extensions?.code).toBe('request/too_complex')
    expect(res.errors?.[0]?.message).not.toMatch(/No entity/)
  })

  it('refuses costly or alias-heavy requests before any resolver runs', async () => {
    const api = await Api.signedIn()
    const costly = `{ search(text: "a", first: 100) { hits { entity { id
      links(first: 100) { nodes { from { id links(first: 100) { nodes { id } } } } } } } } }`
    expect(await api.code(costly)).toBe('request/too_complex')
    // 21 aliased writes: had any resolver run, a case would now exist.
    const number = `ARMOR-${Date.now()}`
    const creates = Array.from(
      { length: 21 },
      (_, i) => `c${i}: createCase(input: { caseNumber: "${number}-${i}", title: "x" }) { id }`,
    )
    expect(await api.code(`mutation { ${creates.join('\n')} }`)).toBe('request/too_complex')
    const rows = await cypher(`MATCH (c:Case) WHERE c.caseNumber STARTS WITH $n RETURN c`, {
      n: number,
    })
    expect(rows).toHaveLength(0)
  })

  it('never sends a stack trace', async () => {
    const res = await fetch(`${new Api().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ health { ok } "}',
    })
    const text = await res.text()
    expect(text).not.toMatch(/at .*\.ts:\d+|stacktrace/i)
  })
})
