import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../server/src/data/visibility.ts'
import { Api } from '../support/api.ts'
import { cypher } from '../support/db.ts'
import { createEntity, createLink, createSource, person, PROVENANCE } from '../support/fixtures.ts'
import { visibleByWalk } from '../support/visibility-walk.ts'

/**
 * Need-to-know reads fields derived on the nodes (caseIds, an address's hiddenUntil) instead of
 * walking to cases, assignments and residents (issue 12). Whatever the writes, the derived
 * predicate must hide exactly what the walking one hid: a seeded random sequence of the writes
 * that change those fields (records in and out of cases, homes, categories and dates of birth,
 * assignments, merges and their undoing, erasure, an import) runs through the API, and after
 * every few steps both predicates are evaluated on every record for every account, with no
 * clearance and without the all-cases view so that every clause counts. The demo data and
 * whatever other test files wrote before are compared too.
 */
const tag = randomUUID().slice(0, 6)

/** mulberry32: a small seeded generator, so a failing sequence can be replayed by its seed. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const SEED = Number(process.env.NTK_SEED ?? 20261201)
const random = rng(SEED)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T

const CATEGORIES = ['SUSPECT', 'VICTIM', 'POTENTIAL_VICTIM', 'WITNESS', 'INFORMANT'] as const
/** Dates of birth that make each protection clause count: none, adult, minor, adult-to-be. */
const BIRTHS = [null, '1979-04-02', '2014-09-30', '2010-06-01'] as const
/** validFrom: none (recorded today), long ago, or ahead (a minor now, recorded as an adult). */
const VALID_FROM = [null, '2016-01-01', '2030-01-01'] as const

let admin: Api
let investigator: Api
let sourceAdmin: string
const persons: string[] = []
const addresses: string[] = []
const cases: string[] = []
const log: string[] = []

/** Records whose two predicates disagree, for every account (none cleared, none all-cases). */
async function disagreements() {
  const users = await cypher<{ id: string; username: string }>(
    'MATCH (u:User) RETURN u.id AS id, u.username AS username',
  )
  const out: string[] = []
  for (const u of users) {
    const [row] = await cypher<{ caseIds: string[] }>(
      'MATCH (:User {id: $id})-[:ASSIGNED_TO]->(c:Case) RETURN collect(c.id) AS caseIds',
      { id: u.id },
    )
    const rows = await cypher<{ id: string; now: boolean; before: boolean }>(
      `MATCH (v:Entity) WITH v, ${visible('v')} AS now, ${visibleByWalk('v')} AS before
       WHERE now <> before RETURN v.id AS id, now, before LIMIT 5`,
      {
        viewerId: u.id,
        viewerName: u.username,
        viewerCaseIds: row?.caseIds ?? [],
        allCases: false,
        victimCleared: false,
        informantCleared: false,
      },
    )
    out.push(...rows.map((r) => `${u.username}: ${r.id} now ${r.now}, before ${r.before}`))
  }
  return out
}

const ADD = `mutation A($c: ID!, $ids: [ID!]!) { addToCase(caseId: $c, entityIds: $ids) { id } }`
const REMOVE = `mutation R($c: ID!, $ids: [ID!]!) { removeFromCase(caseId: $c, entityIds: $ids) { id } }`
const VERSION = `query V($id: ID!) { entity(id: $id) { id version } }`
const LINK = `mutation L($input: CreateLinkInput!) { createLink(input: $input) { id } }`
const livesAt = (fromId: string, toId: string, src: string) => ({
  kind: 'LIVES_AT',
  fromId,
  toId,
  provenance: { ...PROVENANCE, sourceIds: [src] },
})
const UPDATE = `mutation U($input: UpdateEntityInput!) { updateEntity(input: $input) { id version } }`

async function version(id: string): Promise<number | null> {
  const d = await admin.gql<{ entity: { version: number } | null }>(VERSION, { id })
  return d.data?.entity?.version ?? null
}

/** One random write; a refusal (a merge of a protected person, say) is part of the sequence. */
async function step(i: number) {
  const who = random() < 0.7 ? admin : investigator
  // The investigator's sources join cases they may not hold (with the records resting on
  // them), and then exist no more for them: each of their steps cites a new one.
  const src = who === admin ? sourceAdmin : await createSource(investigator, `Derived ${tag} ${i}`)
  const r = random()
  if (r < 0.16 || persons.length < 3) {
    const born = pick(BIRTHS)
    const p = await createEntity(who, src, {
      ...person(`Derived${tag} P${i}`, pick(CATEGORIES), born ? { dateOfBirth: born } : {}),
      provenance: { ...PROVENANCE, sourceIds: [src], validFrom: pick(VALID_FROM) },
    })
    persons.push(p.id)
    log.push(`person ${p.id}`)
  } else if (r < 0.26 || addresses.length < 2) {
    const a = await createEntity(who, src, {
      kind: 'Location',
      name: `Rruga Derived${tag} ${i}`,
      location: { locType: 'ADDRESS', municipality: 'Prishtinë', country: 'XK' },
    })
    addresses.push(a.id)
    log.push(`address ${a.id}`)
  } else if (r < 0.4) {
    const res = await who.gql(LINK, { input: livesAt(pick(persons), pick(addresses), src) })
    log.push(`lives_at ${res.errors?.[0]?.extensions?.code ?? 'ok'}`)
  } else if (r < 0.47 || cases.length < 1) {
    const d = await who.ok<{ createCase: { id: string } }>(
      `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      {
        input: {
          name: `Derived case ${tag} ${i}`,
          caseNumber: `DRV-${tag}-${i}`,
          provenance: { ...PROVENANCE, sourceIds: [src] },
        },
      },
    )
    cases.push(d.createCase.id)
    log.push(`case ${d.createCase.id}`)
  } else if (r < 0.62) {
    const ids = [pick(persons), pick(addresses), ...(random() < 0.3 ? [pick(persons)] : [])]
    const res = await who.gql(ADD, { c: pick(cases), ids })
    log.push(`add ${ids.join(',')} ${res.errors?.[0]?.extensions?.code ?? 'ok'}`)
  } else if (r < 0.7) {
    const ids = [pick(persons), pick(addresses)]
    const res = await who.gql(REMOVE, { c: pick(cases), ids })
    log.push(`remove ${ids.join(',')} ${res.errors?.[0]?.extensions?.code ?? 'ok'}`)
  } else if (r < 0.8) {
    const id = pick(persons)
    const v = await version(id)
    if (v === null) return
    const born = pick(BIRTHS)
    const res = await admin.gql(UPDATE, {
      input: {
        id,
        expectedVersion: v,
        person: { category: pick(CATEGORIES), ...(born ? { dateOfBirth: born } : {}) },
      },
    })
    log.push(`update ${id} ${res.errors?.[0]?.extensions?.code ?? 'ok'}`)
  } else if (r < 0.85) {
    const res = await admin.gql(
      `mutation As($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`,
      { c: pick(cases), u: pick(['investigator', 'prosecutor', 'intl.officer']) },
    )
    log.push(`assign ${res.errors?.[0]?.extensions?.code ?? 'ok'}`)
  } else if (r < 0.92) {
    // Two records of one suspect, each in a case and a home of its own (a random pair of the
    // sequence is most often refused: protected persons are never merged).
    // One after the other: the random stream must be drawn in the same order on every run.
    const made: string[] = []
    for (let k = 0; k < 2; k++) {
      const p = await createEntity(admin, sourceAdmin, person(`Derived${tag} S${i}`))
      await admin.gql(ADD, { c: pick(cases), ids: [p.id] })
      // The address may have been erased with the person it existed for: refused, and fine.
      await admin.gql(LINK, { input: livesAt(p.id, pick(addresses), sourceAdmin) })
      persons.push(p.id)
      made.push(p.id)
    }
    const keepId = random() < 0.3 ? pick(persons) : made[0]!
    const absorbId = made[1]!
    if (keepId === absorbId) return
    const [kv, av] = [await version(keepId!), await version(absorbId!)]
    if (kv === null || av === null) return
    const res = await admin.gql<{ mergeEntities: { id: string } }>(
      `mutation M($k: ID!, $a: ID!, $kv: Int!, $av: Int!) {
        mergeEntities(keepId: $k, absorbId: $a, keepVersion: $kv, absorbVersion: $av) { id } }`,
      { k: keepId, a: absorbId, kv, av },
    )
    log.push(`merge ${keepId}<-${absorbId} ${res.errors?.[0]?.extensions?.code ?? 'ok'}`)
    // Half the merges are undone at once (later, the survivor has often changed).
    if (res.data?.mergeEntities && random() < 0.5) {
      const undo = await admin.gql(`mutation Un($m: ID!) { undoMerge(mergeId: $m) { id } }`, {
        m: res.data.mergeEntities.id,
      })
      log.push(`undo ${undo.errors?.[0]?.extensions?.code ?? 'ok'}`)
    }
  } else {
    const id = pick(persons)
    const res = await admin.gql<{ erasePerson: { erasedIds: string[] } }>(
      `mutation E($id: ID!, $j: String!) { erasePerson(id: $id, justification: $j) { erasedIds } }`,
      { id, j: 'Retention limit reached, checked by the supervisor' },
    )
    log.push(`erase ${id} ${res.errors?.[0]?.extensions?.code ?? 'ok'}`)
    const gone = new Set(res.data?.erasePerson.erasedIds ?? [])
    for (const list of [persons, addresses])
      list.splice(0, list.length, ...list.filter((x) => !gone.has(x)))
  }
}

beforeAll(async () => {
  admin = await Api.signedIn()
  investigator = await Api.signedIn('investigator')
  sourceAdmin = await createSource(admin, `Derived ${tag} statement`)
}, 120_000)

describe('need-to-know from derived fields', () => {
  it('hides exactly what the walking predicate hid, on the demo data and after other tests', async () => {
    expect(await disagreements()).toEqual([])
  }, 120_000)

  it('hides exactly what it hid after a random sequence of writes that change it', async () => {
    for (let i = 0; i < 90; i++) {
      await step(i)
      if (i % 15 === 14) {
        const wrong = await disagreements()
        expect(wrong, `seed ${SEED}, after:\n${log.join('\n')}`).toEqual([])
      }
    }
    // The sequence did reach the clauses it is meant to test.
    const [reach] = await cypher<{ hidden: number; inCases: number }, 1>(
      `MATCH (a:Location) WHERE a.name STARTS WITH $p WITH count(CASE WHEN a.hiddenUntil > date() THEN 1 END) AS hidden
       MATCH (n:Entity) WHERE n.name STARTS WITH $q AND size(coalesce(n.caseIds, [])) > 0
       RETURN hidden, count(n) AS inCases`,
      { p: `Rruga Derived${tag}`, q: `Derived${tag}` },
    )
    expect(reach.hidden).toBeGreaterThan(0)
    expect(reach.inCases).toBeGreaterThan(0)
    expect(log.some((l) => l.startsWith('merge') && l.endsWith('ok'))).toBe(true)
    expect(log.some((l) => l.startsWith('erase') && l.endsWith('ok'))).toBe(true)
    expect(log.some((l) => l.startsWith('undo') && l.endsWith('ok'))).toBe(true)
  }, 600_000)

  it('an address is hidden while a protected person lives there, and shows once nobody does', async () => {
    const home = await createEntity(admin, sourceAdmin, {
      kind: 'Location',
      name: `Rruga Derived${tag} home`,
      location: { locType: 'ADDRESS', municipality: 'Prizren', country: 'XK' },
    })
    const victim = await createEntity(admin, sourceAdmin, person(`Derived${tag} V`, 'VICTIM'))
    const link = await createLink(admin, sourceAdmin, 'LIVES_AT', victim.id, home.id)
    expect(link.id).toBeTruthy()
    const until = async () =>
      (
        await cypher<{ until: string | null }>(
          'MATCH (a:Location {id: $id}) RETURN toString(a.hiddenUntil) AS until',
          { id: home.id },
        )
      )[0]?.until
    expect(await until()).toBe('9999-12-31')
    const v = (await version(victim.id))!
    await admin.ok(UPDATE, {
      input: { id: victim.id, expectedVersion: v, person: { category: 'WITNESS' } },
    })
    expect(await until()).toBeNull()
    expect(await disagreements()).toEqual([])
  }, 120_000)
})
