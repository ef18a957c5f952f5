import { randomUUID } from 'node:crypto'
import neo4j from 'neo4j-driver'
import { beforeAll, describe, expect, it } from 'vitest'
import { CANDIDATE_PAIRS } from '../../server/src/modules/resolution/resolution.queries.ts'
import { Api } from '../support/api.ts'
import { cypher } from '../support/db.ts'
import { createEntity, createLink, createSource, PROVENANCE, person } from '../support/fixtures.ts'

/**
 * A case's duplicates queue is blocked from the case's members (CASE_CANDIDATE_PAIRS) instead of
 * the whole graph. It must list exactly the pairs the whole-graph blocking (CANDIDATE_PAIRS,
 * which takes a case too) lists for that case, for a supervisor and for an investigator who does
 * not see every record a member shares something with.
 */
const QUEUE = `query Queue($caseId: ID, $kind: EntityKind) {
  duplicateCandidates(caseId: $caseId, kind: $kind, minScore: 0, first: 200) {
    id reasons { code } a { id } b { id }
  }
}`
const CREATE_CASE = `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`
const ASSIGN = `mutation A($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`

interface Candidate {
  id: string
  reasons: Array<{ code: string }>
  a: { id: string }
  b: { id: string }
}

/** Letters only, so that no other test's record shares a name token with these. */
const word = () =>
  randomUUID()
    .replace(/-/g, '')
    .slice(0, 9)
    .replace(/\d/g, (d) => 'qwxzjvkyhp'[Number(d)]!)
    .replace(/^./, (c) => c.toUpperCase())

let sup: Api
let inv: Api
let shown: string
let hidden: string
const at: Record<string, string> = {}

/** The pairs the whole-graph blocking gives for the case, as the account sees the graph. */
async function reference(username: string, caseId: string, kind: 'Person' | 'Organization') {
  const [u] = await cypher<{ id: string; clearances: string[] | null; cases: string[] }, 1>(
    `MATCH (u:User {username: $username})
     RETURN u.id AS id, u.clearances AS clearances,
       [(u)-[:ASSIGNED_TO]->(c:Case) | c.id] AS cases`,
    { username },
  )
  const rows = await cypher<{
    a: { properties: { id: string } }
    b: { properties: { id: string } }
  }>(CANDIDATE_PAIRS[kind], {
    caseId,
    maxBlock: neo4j.int(50),
    maxPairs: neo4j.int(2000),
    // What DataAccess supplies (data/visibility.ts viewerParams).
    viewerId: u.id,
    viewerName: username,
    viewerCaseIds: u.cases,
    allCases: username === 'supervisor',
    victimCleared: (u.clearances ?? []).includes('VICTIM_IDENTITY'),
    informantCleared: (u.clearances ?? []).includes('INFORMANT_IDENTITY'),
  })
  return rows.map((r) => `${r.a.properties.id}|${r.b.properties.id}`).sort()
}

const queue = async (api: Api, caseId: string, kind: 'Person' | 'Organization' = 'Person') =>
  (await api.ok<{ duplicateCandidates: Candidate[] }>(QUEUE, { caseId, kind })).duplicateCandidates

const pairIds = (list: Candidate[]) => list.map((c) => c.id).sort()
const has = (list: Candidate[], x: string, y: string) =>
  list.some((c) => c.id === [x, y].sort().join('|'))

beforeAll(async () => {
  sup = await Api.signedIn('supervisor')
  inv = await Api.signedIn('investigator')
  const src = await createSource(sup, 'Statement for the case queue')
  const newCase = async (name: string) =>
    (
      await sup.ok<{ createCase: { id: string } }>(CREATE_CASE, {
        i: { caseNumber: `RQ-${randomUUID().slice(0, 8)}`, name, provenance: PROVENANCE },
      })
    ).createCase.id
  shown = await newCase('Operation Queue')
  hidden = await newCase('Operation Elsewhere')
  await sup.ok(ASSIGN, { c: shown, u: 'investigator' })
  const make = async (key: string, input: Record<string, unknown>, caseId: string | null) => {
    at[key] = (await createEntity(sup, src, { ...input, ...(caseId ? { caseId } : {}) })).id
  }
  const [first, last, other, third] = [word(), word(), word(), word()]
  const full = `${first} ${last}`
  // In the case: a suspect with everything that can be shared, and a second member.
  await make(
    'member',
    person(full, 'SUSPECT', {
      dateOfBirth: '1979-02-03',
      identifiers: [`PN 77${first.length}0312`],
    }),
    shown,
  )
  await make('member2', person(`${other} ${third}`, 'CONTACT'), shown)
  // Outside it, each sharing one thing with the member: a namesake known by name only (in the
  // hidden case), one born the same day sharing a first name, an identifier written otherwise,
  // a phone, an address and an account.
  await make('byName', person(full.toUpperCase(), 'CONTACT'), hidden)
  await make(
    'byBirth',
    person(`${first} ${word()}`, 'CONTACT', { dateOfBirth: '1979-02-03' }),
    shown,
  )
  await make(
    'byId',
    person(word(), 'CONTACT', { identifiers: [`PN-77${first.length}0312`] }),
    hidden,
  )
  await make('byPhone', person(word(), 'CONTACT'), null)
  await make('byAddress', person(word(), 'CONTACT'), hidden)
  await make('byAsset', person(word(), 'CONTACT'), hidden)
  // Two records outside the case that are one another's duplicates: not this case's queue.
  await make('outside1', person(`${other} ${word()} ${last}`, 'CONTACT'), hidden)
  await make('outside2', person(`${other} ${word()} ${last}`, 'CONTACT'), hidden)
  await make(
    'phone',
    { kind: 'Phone', name: 'phone', phone: { number: `+38349${Date.now() % 1e6}` } },
    shown,
  )
  await make(
    'address',
    {
      kind: 'Location',
      name: `${word()} Street 4`,
      location: {
        locType: 'ADDRESS',
        address: 'Rruga e Dardanisë 4',
        municipality: 'Prishtinë',
        country: 'XK',
      },
    },
    shown,
  )
  await make(
    'asset',
    {
      kind: 'Asset',
      name: 'account',
      asset: { assetType: 'BANK_ACCOUNT', identifier: `XK05${Date.now()}` },
    },
    shown,
  )
  await createLink(sup, src, 'USES_PHONE', at.member!, at.phone!)
  await createLink(sup, src, 'USES_PHONE', at.byPhone!, at.phone!)
  await createLink(sup, src, 'LIVES_AT', at.member!, at.address!)
  await createLink(sup, src, 'LIVES_AT', at.byAddress!, at.address!)
  await createLink(sup, src, 'OWNS', at.member!, at.asset!)
  await createLink(sup, src, 'OWNS', at.byAsset!, at.asset!)
  // Organisations: one in the case, its namesake outside (single-token names block too).
  const org = word()
  await make(
    'org',
    { kind: 'Organization', name: `${org} Travel`, organization: { orgType: 'COMPANY' } },
    shown,
  )
  await make(
    'orgTwin',
    { kind: 'Organization', name: `${org} Travel`, organization: { orgType: 'COMPANY' } },
    hidden,
  )
})

describe("a case's duplicates queue", () => {
  it('pairs the members with every record they share a key with, and nothing else', async () => {
    const list = await queue(sup, shown)
    for (const k of ['byName', 'byBirth', 'byId', 'byPhone', 'byAddress', 'byAsset'])
      expect(has(list, at.member!, at[k]!), k).toBe(true)
    expect(has(list, at.outside1!, at.outside2!)).toBe(false)
    expect(pairIds(list)).toEqual(await reference('supervisor', shown, 'Person'))
    const orgs = await queue(sup, shown, 'Organization')
    expect(has(orgs, at.org!, at.orgTwin!)).toBe(true)
    expect(pairIds(orgs)).toEqual(await reference('supervisor', shown, 'Organization'))
  })

  it('lists for an investigator only what they may see, as the whole-graph blocking does', async () => {
    const list = await queue(inv, shown)
    // Records of a case they do not hold are not proposed; one in no case they did not record
    // is not either; the member born the same day is in their case.
    for (const k of ['byName', 'byId', 'byAddress', 'byAsset', 'byPhone'])
      expect(has(list, at.member!, at[k]!), k).toBe(false)
    expect(has(list, at.member!, at.byBirth!)).toBe(true)
    expect(pairIds(list)).toEqual(await reference('investigator', shown, 'Person'))
  })
})
