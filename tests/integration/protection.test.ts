import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createUser, SystemAccess } from '@htwb/server'
import neo4j from 'neo4j-driver'
import { Api } from '../support/api.ts'
import { cypher, testDb } from '../support/db.ts'
import { createEntity, createLink, createSource, person, PROVENANCE } from '../support/fixtures.ts'

/**
 * One case with a child victim (with a home address), an informant and a suspect, assigned to two
 * investigators: one holds the VICTIM_IDENTITY clearance, the other holds none.
 */
const tag = randomUUID().slice(0, 6)
const VICTIM = `Mimoza Protected${tag}`
const INFORMANT = `Burim Informant${tag}`
const ADDRESS = `Rruga Sekrete ${tag}, Prizren`
let cleared: Api
let plain: Api
let ids: { victim: string; informant: string; suspect: string; address: string }

const driver = neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', inject('boltPassword')))
afterAll(() => driver.close())

const EXPAND = `query($ids: [ID!]!) { expand(ids: $ids, depth: 2) { nodes { id name ... on Person { firstName lastName aliases dateOfBirth protected pseudonymised minorWhenRecorded } } } }`
const REVEAL = `query($id: ID!, $why: String!) { revealIdentity(id: $id, justification: $why) { id name firstName dateOfBirth aliases pseudonymised } }`
type Node = {
  id: string
  name: string
  dateOfBirth?: string | null
  aliases?: string[]
  protected?: boolean
  pseudonymised?: boolean
}

beforeAll(async () => {
  const admin = await Api.signedIn()
  const system = new SystemAccess(testDb(driver))
  await createUser(system, {
    username: `clr.${tag}`,
    displayName: 'Cleared',
    roles: ['INVESTIGATOR'],
    clearances: ['VICTIM_IDENTITY'],
    password: 'protection-pw-123',
  })
  await createUser(system, {
    username: `pln.${tag}`,
    displayName: 'Plain',
    roles: ['INVESTIGATOR'],
    password: 'protection-pw-123',
  })
  const c = await admin.ok<{ createCase: { id: string } }>(
    `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
    {
      i: { caseNumber: `PRT-${tag}`, name: `Protection ${tag}`, provenance: PROVENANCE },
    },
  )
  const caseId = c.createCase.id
  const src = await createSource(admin, `Protection source ${tag}`)
  const victimInput = person(VICTIM, 'VICTIM', {
    dateOfBirth: '2000-05-05',
    aliases: [`Mimi${tag}`],
  })
  const victim = (
    await createEntity(admin, src, {
      ...victimInput,
      caseId,
      provenance: { ...PROVENANCE, sourceIds: [src], validFrom: '2013-01-10' },
    })
  ).id
  const informant = (await createEntity(admin, src, { ...person(INFORMANT, 'INFORMANT'), caseId }))
    .id
  const suspect = (
    await createEntity(admin, src, { ...person(`Suspect ${tag}`, 'SUSPECT'), caseId })
  ).id
  const address = (
    await createEntity(admin, src, {
      kind: 'Location',
      name: ADDRESS,
      location: { locType: 'ADDRESS', address: ADDRESS, point: { lat: 42.21, lon: 20.74 } },
      caseId,
    })
  ).id
  await createLink(admin, src, 'EXPLOITED', suspect, victim, { exploitationForm: 'SEXUAL' })
  await createLink(admin, src, 'ASSOCIATE', informant, suspect)
  await createLink(admin, src, 'LIVES_AT', victim, address)
  for (const u of [`clr.${tag}`, `pln.${tag}`]) {
    await admin.ok(
      `mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`,
      { c: caseId, u },
    )
  }
  ids = { victim, informant, suspect, address }
  cleared = await Api.signedIn(`clr.${tag}`, 'protection-pw-123')
  plain = await Api.signedIn(`pln.${tag}`, 'protection-pw-123')
})

describe('victims and informants are protected by default', () => {
  it('shows a child victim to everyone under a stable pseudonym, never the name or birth date', async () => {
    for (const api of [plain, cleared]) {
      const r = await api.gql<{ expand: { nodes: Node[] } }>(EXPAND, { ids: [ids.suspect] })
      const text = JSON.stringify(r)
      expect(text).not.toContain(VICTIM.split(' ')[1])
      expect(text).not.toContain(`Mimi${tag}`)
      expect(text).not.toContain('2000-05-05')
      const v = r.data!.expand.nodes.find((n) => n.id === ids.victim)!
      expect(v).toMatchObject({
        protected: true,
        pseudonymised: true,
        dateOfBirth: null,
        aliases: [],
      })
      expect(v.name).toMatch(/^Victim [0-9A-F]{6}$/)
    }
    const again = await plain.ok<{ expand: { nodes: Node[] } }>(EXPAND, { ids: [ids.suspect] })
    const first = await cleared.ok<{ expand: { nodes: Node[] } }>(EXPAND, { ids: [ids.suspect] })
    const name = (r: { expand: { nodes: Node[] } }) =>
      r.expand.nodes.find((n) => n.id === ids.victim)!.name
    expect(name(again)).toBe(name(first))
  })

  it('hides informants and victims’ addresses from a user without clearance', async () => {
    const r = await plain.gql(EXPAND, { ids: [ids.suspect] })
    const text = JSON.stringify(r)
    for (const secret of [ids.informant, INFORMANT, ids.address, ADDRESS, '42.21'])
      expect(text).not.toContain(secret)
    expect(
      await plain.code(`query($id: ID!) { entity(id: $id) { id } }`, { id: ids.informant }),
    ).toBe('entity/not_found')
    const s = await plain.gql(
      `query($t: String!) { search(text: $t) { total hits { entity { id } } } }`,
      { t: VICTIM },
    )
    expect(JSON.stringify(s)).not.toContain(ids.victim)
  })

  it('masks informants in the audit trail for a supervisor without the clearance', async () => {
    const system = new SystemAccess(testDb(driver))
    await createUser(system, {
      username: `sup.${tag}`,
      displayName: 'Supervisor without informant clearance',
      roles: ['SUPERVISOR'],
      clearances: ['VICTIM_IDENTITY'],
      password: 'protection-pw-123',
    })
    const AUDIT = `query($p: ID) { auditEntries(filter: { personId: $p }, first: 500) { personIds entityIds } }`
    const sup = await Api.signedIn(`sup.${tag}`, 'protection-pw-123')
    const all = await sup.ok<{ auditEntries: Array<{ personIds: string[] }> }>(AUDIT, {})
    expect(JSON.stringify(all)).not.toContain(ids.informant)
    expect(JSON.stringify(all)).toContain('restricted')
    expect(
      (await sup.ok<{ auditEntries: unknown[] }>(AUDIT, { p: ids.informant })).auditEntries,
    ).toEqual([])
    const admin = await Api.signedIn()
    const seen = await admin.ok<{ auditEntries: unknown[] }>(AUDIT, { p: ids.informant })
    expect(seen.auditEntries.length).toBeGreaterThan(0)
  })

  it('does not let an uncleared user lift or overwrite the protection', async () => {
    const UPDATE = `mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id name } }`
    const v = await plain.ok<{ entity: { version: number } }>(
      `query($id: ID!) { entity(id: $id) { id version } }`,
      { id: ids.victim },
    )
    for (const change of [
      { person: { category: 'WITNESS' } },
      { person: { dateOfBirth: '1980-01-01' } },
      { name: 'Renamed' },
    ]) {
      const res = await plain.gql(UPDATE, {
        i: { id: ids.victim, expectedVersion: v.entity.version, ...change },
      })
      expect(res.errors?.[0]?.extensions?.code).toBe('auth/clearance_required')
    }
    const after = await plain.ok<{ entity: { name: string; version: number } }>(
      `query($id: ID!) { entity(id: $id) { id name version } }`,
      { id: ids.victim },
    )
    expect(after.entity.version).toBe(v.entity.version)
    expect(after.entity.name).toMatch(/^Victim /)
  })

  it('lists case members without the informant or the victim’s address for an uncleared member of the case', async () => {
    const c = await plain.ok<{
      cases: {
        nodes: Array<{
          id: string
          memberCount: number
          members: { totalCount: number; nodes: Array<{ id: string; name: string }> }
        }>
      }
    }>(
      `{ cases(first: 5) { nodes { id memberCount members(first: 50) { totalCount nodes { id name } } } } }`,
    )
    const text = JSON.stringify(c)
    for (const secret of [ids.informant, INFORMANT, ids.address, ADDRESS, VICTIM])
      expect(text).not.toContain(secret)
    const mine = c.cases.nodes.find((x) => x.members.nodes.some((m) => m.id === ids.victim))!
    expect(mine.memberCount).toBe(mine.members.nodes.length)
    expect(mine.members.totalCount).toBe(mine.members.nodes.length)
  })

  it('refuses a reveal without clearance and records the refusal', async () => {
    expect(
      await plain.code(REVEAL, { id: ids.victim, why: 'Checking a lead in the case file' }),
    ).toBe('auth/clearance_required')
    const [last] = await cypher<{ outcome: string; personIds: string[] }>(
      `MATCH (a:AuditEntry {operation: 'revealIdentity'}) RETURN a.outcome AS outcome, a.personIds AS personIds ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(last).toEqual({ outcome: 'REFUSED', personIds: [ids.victim] })
  })

  it('reveals to a cleared user who states why, and records the justification', async () => {
    expect(await cleared.code(REVEAL, { id: ids.victim, why: 'because' })).toBe('input/invalid')
    const why = `Witness interview preparation ${tag}`
    const r = await cleared.ok<{ revealIdentity: Node & { firstName: string | null } }>(REVEAL, {
      id: ids.victim,
      why,
    })
    expect(r.revealIdentity).toMatchObject({
      name: VICTIM,
      dateOfBirth: '2000-05-05',
      pseudonymised: false,
    })
    const [entry] = await cypher<{
      outcome: string
      justification: string
      personIds: string[]
      actor: string
    }>(
      `MATCH (a:AuditEntry {operation: 'revealIdentity'}) RETURN a.outcome AS outcome, a.justification AS justification, a.personIds AS personIds, a.actor AS actor ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(entry).toEqual({
      outcome: 'OK',
      justification: why,
      personIds: [ids.victim],
      actor: `clr.${tag}`,
    })
  })

  it('shows a victim-cleared user the address, but no informant without that clearance', async () => {
    const r = await cleared.ok<{ expand: { nodes: Node[] } }>(EXPAND, { ids: [ids.suspect] })
    expect(r.expand.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([ids.victim, ids.address]),
    )
    expect(r.expand.nodes.map((n) => n.id)).not.toContain(ids.informant)
  })
})
