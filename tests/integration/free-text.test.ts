import { createUser, SystemAccess } from '@htwb/server'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { wb } from '../support/cli.ts'
import { cypher, testDb } from '../support/db.ts'
import { createEntity, createLink, person, PROVENANCE } from '../support/fixtures.ts'

/**
 * Protected identities in free text and in numbers. One case, assigned to `investigator` (who
 * holds VICTIM_IDENTITY) and `intl.officer` (who does not), with a victim whose name, identity
 * number and phone number others wrote into an event and a source; a second victim who shares
 * her name with a suspect; and a third victim in a case neither of them sees.
 */
const tag = Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join('')
const LAST = `Vokshi${tag}`
const VICTIM = `Drita ${LAST}`
const DOC = `PN 1${String(Date.now()).slice(-9)}`
const DIGITS = String(Date.now()).slice(-6)
const NUMBER = `+38344${DIGITS}`
const NAMESAKE = `Arben Namesake${tag}`
const HIDDEN = `Hana Hidden${tag}`

const ENTITY = `query($id: ID!) { entity(id: $id) { id name
  ... on Event { description } ... on Source { description } ... on Phone { number imei } } }`
const SEARCH = `query($t: String!) { search(text: $t, first: 100) { total hits { entity { id name } } } }`
type Entity = { id: string; name: string; description?: string; number?: string; imei?: string }
type Hits = { search: { total: number; hits: Array<{ entity: { id: string; name: string } }> } }

let cleared: Api
let plain: Api
type Key =
  | 'caseId'
  | 'src'
  | 'victim'
  | 'phone'
  | 'event'
  | 'victim2'
  | 'suspect'
  | 'arrest'
  | 'statement'
  | 'mention'
let ids: Record<Key, string>

async function openCase(admin: Api, number: string, users: string[]): Promise<string> {
  const c = await admin.ok<{ createCase: { id: string } }>(
    `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
    { i: { caseNumber: number, name: `Free text ${tag}`, provenance: PROVENANCE } },
  )
  for (const u of users)
    await admin.ok(
      `mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`,
      { c: c.createCase.id, u },
    )
  return c.createCase.id
}

beforeAll(async () => {
  const admin = await Api.signedIn()
  const caseId = await openCase(admin, `FT-${tag}`, ['investigator', 'intl.officer'])
  const otherCase = await openCase(admin, `FT2-${tag}`, [])
  const at = (id: string) => ({ caseId: id })
  const src = (
    await createEntity(admin, '', {
      kind: 'Source',
      name: `Statement of ${VICTIM}.pdf`,
      provenance: { ...PROVENANCE, reliability: 'A', credibility: 1 },
      source: { sourceType: 'STATEMENT', description: `Taken from ${LAST} Drita` },
      ...at(caseId),
    })
  ).id
  const make = (input: Record<string, unknown>, where = caseId) =>
    createEntity(admin, src, { ...input, ...at(where) }).then((e) => e.id)
  const victim = await make(
    person(VICTIM, 'VICTIM', { firstName: 'Drita', lastName: LAST, identifiers: [DOC] }),
  )
  const phone = await make({ kind: 'Phone', name: NUMBER, phone: { number: NUMBER } })
  await createLink(admin, src, 'USES_PHONE', victim, phone)
  const event = await make({
    kind: 'Event',
    name: `Interview with ${VICTIM}`,
    event: {
      eventType: 'MEETING',
      description: `${LAST}, Drita called from 044 ${DIGITS.slice(0, 3)} ${DIGITS.slice(3)}; ID ${DOC}`,
    },
  })
  await createLink(admin, src, 'INVOLVED_IN', victim, event, { role: 'VICTIM' })
  const victim2 = await make(person(NAMESAKE, 'VICTIM'))
  const suspect = await make(person(NAMESAKE, 'SUSPECT'))
  const arrest = await make({
    kind: 'Event',
    name: `Arrest of ${NAMESAKE}`,
    event: { eventType: 'ARREST' },
  })
  await createLink(admin, src, 'INVOLVED_IN', suspect, arrest, { role: 'OTHER' })
  const statement = await make({
    kind: 'Event',
    name: `Statement of ${NAMESAKE}`,
    event: { eventType: 'IDENTIFICATION' },
  })
  await createLink(admin, src, 'INVOLVED_IN', victim2, statement, { role: 'VICTIM' })
  await make(person(HIDDEN, 'VICTIM'), otherCase)
  const mention = await make({
    kind: 'Event',
    name: `Call about ${HIDDEN}`,
    event: { eventType: 'MEETING' },
  })
  ids = { caseId, src, victim, phone, event, victim2, suspect, arrest, statement, mention }
  cleared = await Api.signedIn('investigator')
  plain = await Api.signedIn('intl.officer')
})

const entity = (api: Api, id: string) =>
  api.ok<{ entity: Entity }>(ENTITY, { id }).then((r) => r.entity)
const search = (api: Api, t: string) => api.ok<Hits>(SEARCH, { t }).then((r) => r.search)

describe('protected identities in free text', () => {
  it('shows an uncleared user the pseudonym where the name, identity number or phone was written', async () => {
    const label = (await entity(plain, ids.victim)).name
    expect(label).toMatch(/^Victim [0-9A-F]{6}$/)
    const phone = (await entity(plain, ids.phone)).number!
    expect(phone).toMatch(/^Protected phone [0-9A-F]{6}$/)
    const event = await entity(plain, ids.event)
    expect(event.name).toBe(`Interview with ${label}`)
    expect(event.description).toBe(`${label} called from ${phone}; ID ${label}`)
    const source = await entity(plain, ids.src)
    expect(source).toMatchObject({
      name: `Statement of ${label}.pdf`,
      description: `Taken from ${label}`,
    })
    const expand = await plain.gql(
      `query($ids: [ID!]!) { expand(ids: $ids, depth: 2) { nodes { id name ... on Event { description } ... on Phone { number } } } }`,
      { ids: [ids.victim] },
    )
    const text = JSON.stringify(expand)
    for (const secret of [LAST, DOC.slice(3), DIGITS]) expect(text).not.toContain(secret)
    expect(text).toContain(label)
  })

  it('shows a cleared user the text as written and the number', async () => {
    const event = await entity(cleared, ids.event)
    expect(event.name).toBe(`Interview with ${VICTIM}`)
    expect(event.description).toContain(DOC)
    expect((await entity(cleared, ids.phone)).number).toBe(NUMBER)
    expect((await entity(cleared, ids.src)).name).toBe(`Statement of ${VICTIM}.pdf`)
  })

  it('finds nothing by a protected name or number for an uncleared user, and counts nothing', async () => {
    for (const t of [
      LAST,
      VICTIM,
      `interview ${LAST}`,
      `Statement ${LAST}`,
      NUMBER,
      `044${DIGITS}`,
    ]) {
      const r = await search(plain, t)
      expect(r.hits.map((h) => h.entity.id)).toEqual([])
      expect(r.total).toBe(0)
    }
    // What is left of the text still finds it.
    const r = await search(plain, `interview with`)
    expect(r.hits.map((h) => h.entity.id)).toContain(ids.event)
    expect(r.hits.length).toBe(Math.min(r.total, 100))
  })

  it('lets a cleared user find the text and the phone', async () => {
    const byName = (await search(cleared, LAST)).hits.map((h) => h.entity.id)
    expect(byName).toEqual(expect.arrayContaining([ids.event, ids.src, ids.victim]))
    expect((await search(cleared, NUMBER)).hits.map((h) => h.entity.id)).toContain(ids.phone)
  })

  it('keeps the name in text about a namesake, and withholds it in text about the victim', async () => {
    expect((await entity(plain, ids.suspect)).name).toBe(NAMESAKE)
    expect((await entity(plain, ids.arrest)).name).toBe(`Arrest of ${NAMESAKE}`)
    const label = (await entity(plain, ids.victim2)).name
    expect((await entity(plain, ids.statement)).name).toBe(`Statement of ${label}`)
    const found = (await search(plain, `Namesake${tag}`)).hits.map((h) => h.entity.id)
    expect(found.sort()).toEqual([ids.suspect, ids.arrest].sort())
  })

  it('withholds a victim the viewer does not see, except from whoever wrote her name', async () => {
    // Written by a colleague: the name of a victim of another case does not reach them...
    const read = (await entity(plain, ids.mention)).name
    expect(read).toMatch(/^Call about Protected person [0-9A-F]{6}$/)
    expect((await search(plain, `Hidden${tag}`)).total).toBe(0)
    expect((await entity(cleared, ids.mention)).name).toBe(`Call about ${HIDDEN}`)
    // ...and typing a name tells its writer nothing: they read back what they wrote.
    const mine = await plain.ok<{ createEntity: { id: string; name: string } }>(
      `mutation($i: CreateEntityInput!) { createEntity(input: $i) { id name } }`,
      {
        i: {
          kind: 'Event',
          name: `Second call about ${HIDDEN}`,
          event: { eventType: 'MEETING' },
          provenance: { ...PROVENANCE, sourceIds: [ids.src] },
          caseId: ids.caseId,
        },
      },
    )
    expect(mine.createEntity.name).toBe(`Second call about ${HIDDEN}`)
    expect((await entity(plain, mine.createEntity.id)).name).toBe(`Second call about ${HIDDEN}`)
    // Search too: the writer finds their text by the name, as for anyone's name.
    const found = (await search(plain, `Hidden${tag}`)).hits.map((h) => h.entity.id)
    expect(found).toEqual([mine.createEntity.id])
  })

  it('stores what an uncleared writer types, and records whom it names', async () => {
    const made = await plain.ok<{ createEntity: { id: string; name: string } }>(
      `mutation($i: CreateEntityInput!) { createEntity(input: $i) { id name } }`,
      {
        i: {
          kind: 'Event',
          name: `Visit to ${VICTIM}`,
          event: { eventType: 'MEETING' },
          provenance: { ...PROVENANCE, sourceIds: [ids.src] },
          caseId: ids.caseId,
        },
      },
    )
    const label = (await entity(plain, ids.victim)).name
    expect(made.createEntity.name).toBe(`Visit to ${label}`)
    expect((await entity(cleared, made.createEntity.id)).name).toBe(`Visit to ${VICTIM}`)
    const [entry] = await cypher<{ personIds: string[] }>(
      `MATCH (a:AuditEntry {operation: 'createEntity'}) WHERE $id IN a.entityIds RETURN a.personIds AS personIds`,
      { id: made.createEntity.id },
    )
    expect(entry?.personIds).toContain(ids.victim)
  })

  it('does not let an uncleared user overwrite a number withheld from them', async () => {
    const UPDATE = `mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id } }`
    const { entity: phone } = await plain.ok<{ entity: { version: number } }>(
      `query($id: ID!) { entity(id: $id) { version } }`,
      { id: ids.phone },
    )
    const change = {
      id: ids.phone,
      expectedVersion: phone.version,
      phone: { number: '+38344999999' },
    }
    expect(await plain.code(UPDATE, { i: change })).toBe('auth/clearance_required')
    expect((await entity(cleared, ids.phone)).number).toBe(NUMBER)
  })

  it('names an imported file after a victim as her pseudonym, and matches no phone of hers without the clearance', async () => {
    const importer = `imp.${tag}`
    await createUser(new SystemAccess(testDb()), {
      username: importer,
      displayName: 'Importer without clearance',
      roles: ['INVESTIGATOR'],
      password: 'free-text-pw-1234',
    })
    const admin = await Api.signedIn()
    await admin.ok(
      `mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`,
      { c: ids.caseId, u: importer },
    )
    const path = join(mkdtempSync(join(tmpdir(), 'htwb-free-text-')), `${VICTIM}.csv`)
    writeFileSync(
      path,
      [
        'caller;callee;start;duration;cell',
        `044 ${DIGITS};+381 63 1${DIGITS};15.01.2019 10:30:00;75;`,
      ].join('\n'),
    )
    const args = ['import', '--mapping', 'call-records', '--case', `FT-${tag}`]
    // Cleared, her number is the phone already known; without the clearance it is not matched.
    const dry = await wb([...args, '--as', 'investigator', '--dry-run', path])
    expect(dry.stdout, dry.stderr).toMatch(/Phone\s+1 new\s+1 already known/)
    const run = await wb([...args, '--as', importer, path])
    expect(run.stdout, run.stderr).toMatch(/Phone\s+2 new\s+0 already known/)
    const [source] = await cypher<{ id: string }>(
      `MATCH (s:Source) WHERE s.name = $name RETURN s.id AS id`,
      { name: `Call records ${VICTIM}.csv` },
    )
    const label = (await entity(plain, ids.victim)).name
    expect((await entity(plain, source!.id)).name).toBe(`Call records ${label}.csv`)
    // The second record of her number it made shows the number to no one without the clearance.
    const [copy] = await cypher<{ id: string }>(
      `MATCH (p:Phone {number: $n}) WHERE p.id <> $phone RETURN p.id AS id`,
      { n: NUMBER, phone: ids.phone },
    )
    const seen = await entity(plain, copy!.id)
    expect(JSON.stringify(seen)).not.toContain(DIGITS)
    expect((await entity(cleared, copy!.id)).number).toBe(NUMBER)
    expect((await entity(cleared, source!.id)).name).toBe(`Call records ${VICTIM}.csv`)
  })
})
