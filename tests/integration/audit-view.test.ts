import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createUser, SystemAccess } from '@htwb/server'
import neo4j from 'neo4j-driver'
import { Api } from '../support/api.ts'
import { cypher, testDb } from '../support/db.ts'

const ENTRIES = `query Trail($f: AuditFilter, $first: Int, $before: Int) {
  auditEntries(filter: $f, first: $first, beforeSeq: $before) { id seq at actor action operation outcome personIds caseId detail }
}`
const CHAIN = `{ auditChain { ok entries firstBadSeq } }`
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`

type Entry = {
  seq: number
  actor: string
  action: string
  operation: string
  outcome: string
  personIds: string[]
  detail: string | null
}

const driver = neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', inject('boltPassword')))
afterAll(() => driver.close())

let supervisor: Api
let investigator: Api
beforeAll(async () => {
  supervisor = await Api.signedIn('supervisor')
  investigator = await Api.signedIn('investigator')
})

describe('audit view', () => {
  it('is refused to an investigator, and the refusal is recorded', async () => {
    expect(await investigator.code(ENTRIES)).toBe('auth/forbidden')
    expect(await investigator.code(CHAIN)).toBe('auth/forbidden')
    const [last] = await cypher<{ actor: string; outcome: string; detail: string }>(
      `MATCH (a:AuditEntry) RETURN a.actor AS actor, a.outcome AS outcome, a.detail AS detail ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(last).toEqual({ actor: 'investigator', outcome: 'REFUSED', detail: 'auth/forbidden' })
  })

  it('shows a supervisor who consulted a person, newest first, filtered by person', async () => {
    const r = await investigator.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
      `query LookUp { search(text: "Gashi", kinds: [Person], first: 3) { hits { entity { id } } } }`,
    )
    const personId = r.search.hits[0]!.entity.id
    const trail = await supervisor.ok<{ auditEntries: Entry[] }>(ENTRIES, {
      f: { personId, actor: 'investigator' },
    })
    expect(trail.auditEntries[0]).toMatchObject({
      actor: 'investigator',
      action: 'CONSULT',
      // The server's account of what ran; the client's name for it is only a label.
      operation: 'search',
      detail: 'client-name:LookUp',
      outcome: 'OK',
    })
    expect(trail.auditEntries[0]!.personIds).toContain(personId)
    const seqs = trail.auditEntries.map((e) => e.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
  })

  it('pages with beforeSeq and filters by action', async () => {
    const page1 = await supervisor.ok<{ auditEntries: Entry[] }>(ENTRIES, { first: 5 })
    const page2 = await supervisor.ok<{ auditEntries: Entry[] }>(ENTRIES, {
      first: 5,
      before: page1.auditEntries.at(-1)!.seq,
    })
    expect(page2.auditEntries[0]!.seq).toBeLessThan(page1.auditEntries.at(-1)!.seq)
    const signIns = await supervisor.ok<{ auditEntries: Entry[] }>(ENTRIES, {
      f: { action: 'SIGN_IN' },
      first: 20,
    })
    expect(signIns.auditEntries.length).toBeGreaterThan(0)
    expect(signIns.auditEntries.every((e) => e.action === 'SIGN_IN')).toBe(true)
  })

  it('verifies the chain for a supervisor', async () => {
    const c = await supervisor.ok<{ auditChain: { ok: boolean; entries: number } }>(CHAIN)
    expect(c.auditChain.ok).toBe(true)
    expect(c.auditChain.entries).toBeGreaterThan(5)
  })
})

describe('password change', () => {
  it('needs the current password, refuses weak ones, and replaces the old one', async () => {
    await createUser(new SystemAccess(testDb(driver)), {
      username: 'pw.tester',
      displayName: 'PW',
      roles: ['INVESTIGATOR'],
      password: 'first-password-123',
    })
    const api = await Api.signedIn('pw.tester', 'first-password-123')
    expect(await api.code(CHANGE, { c: 'first-password-123', n: 'short' })).toBe(
      'auth/weak_password',
    )
    expect(await api.code(CHANGE, { c: 'wrong-password-xx', n: 'second-password-456' })).toBe(
      'auth/invalid_credentials',
    )
    expect(
      (
        await api.ok<{ changePassword: boolean }>(CHANGE, {
          c: 'first-password-123',
          n: 'second-password-456',
        })
      ).changePassword,
    ).toBe(true)
    await expect(Api.signedIn('pw.tester', 'first-password-123')).rejects.toThrow()
    await expect(Api.signedIn('pw.tester', 'second-password-456')).resolves.toBeInstanceOf(Api)
  })
})
