import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createUser, SystemAccess } from '@htwb/server'
import neo4j from 'neo4j-driver'
import { Api } from '../support/api.ts'
import { testDb } from '../support/db.ts'
import { createEntity, createLink, createSource, person, PROVENANCE } from '../support/fixtures.ts'

/**
 * A case with a victim and a suspect, assigned to one investigator; another investigator holds
 * no case. The outsider calls every read operation and must see nothing of the case.
 */
const tag = randomUUID().slice(0, 6)
const VICTIM = `Vjosa Restricted${tag}`
const SUSPECT = `Dardan Restricted${tag}`
let admin: Api
let insider: Api
let outsider: Api
let ids: {
  caseId: string
  victim: string
  suspect: string
  phone: string
  municipality: string
  chartId: string
}

const driver = neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', inject('boltPassword')))
afterAll(() => driver.close())

beforeAll(async () => {
  admin = await Api.signedIn()
  const system = new SystemAccess(testDb(driver))
  for (const username of [`in.${tag}`, `out.${tag}`]) {
    await createUser(system, {
      username,
      displayName: username,
      roles: ['INVESTIGATOR'],
      clearances: ['VICTIM_IDENTITY'],
      password: 'need-to-know-pw-1',
    })
  }
  const c = await admin.ok<{ createCase: { id: string } }>(
    `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
    {
      i: {
        caseNumber: `NTK-${tag}`,
        name: `Operation ${tag}`,
        offence: `Offence ${tag}`,
        openedOn: '1990-06-01',
        provenance: PROVENANCE,
      },
    },
  )
  const caseId = c.createCase.id
  const src = await createSource(admin, `Statement ${tag}`)
  const victim = (
    await createEntity(admin, src, {
      ...person(VICTIM, 'VICTIM', { dateOfBirth: '2001-02-03' }),
      caseId,
    })
  ).id
  const suspect = (await createEntity(admin, src, { ...person(SUSPECT, 'SUSPECT'), caseId })).id
  const phone = (
    await createEntity(admin, src, {
      kind: 'Phone',
      name: `+3834977${tag.replace(/\D/g, '0').slice(0, 4)}`,
      phone: { number: '+38349770011' },
      caseId,
    })
  ).id
  const muni = await admin.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
    `{ search(text: "Ferizaj", kinds: [Location], first: 1) { hits { entity { id } } } }`,
  )
  const municipality = muni.search.hits[0]!.entity.id
  await createLink(admin, src, 'EXPLOITED', suspect, victim, { exploitationForm: 'SEXUAL' })
  await createLink(admin, src, 'USES_PHONE', suspect, phone)
  await createLink(admin, src, 'LIVES_AT', victim, municipality)
  await admin.ok(`mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`, {
    c: caseId,
    u: `in.${tag}`,
  })
  // A chart of the case naming its records, its name and notes naming the victim.
  const chart = await admin.ok<{ saveChart: { id: string } }>(
    `mutation($i: ChartInput!) { saveChart(input: $i) { id } }`,
    {
      i: {
        caseId,
        name: `Chart of ${VICTIM}`,
        notes: `${SUSPECT} recruited her`,
        nodes: [victim, suspect, phone].map((id, i) => ({ id, x: i * 10, y: 0 })),
        linkIds: [],
        view: JSON.stringify({
          hiddenIds: [phone],
          groups: [{ label: SUSPECT, memberIds: [suspect] }],
        }),
      },
    },
  )
  ids = { caseId, victim, suspect, phone, municipality, chartId: chart.saveChart.id }
  insider = await Api.signedIn(`in.${tag}`, 'need-to-know-pw-1')
  outsider = await Api.signedIn(`out.${tag}`, 'need-to-know-pw-1')
  // An event of the outsider's own (in no case, so theirs to see) whose derived label names the
  // victim, as demo events name theirs (modules/labels): the label must not carry her.
  const own = await createSource(outsider, `Own note ${tag}`)
  const event = await createEntity(outsider, own, {
    kind: 'Event',
    name: 'Recruitment of a victim',
    event: { eventType: 'RECRUITMENT' },
  })
  await driver.executeQuery(
    `MATCH (e:Event {id: $id}) SET e.labelKey = 'RECRUITMENT_OF', e.labelArgs = ['@' + $v], e.labelFor = e.name`,
    { id: event.id, v: victim },
  )
  labelled = event.id
})
let labelled = ''

const READS: Array<[string, string, () => Record<string, unknown>]> = [
  [
    'search by name',
    `query($t: String!) { search(text: $t) { total hits { entity { id name } } } }`,
    () => ({ t: VICTIM }),
  ],
  [
    'search by phone',
    `query($t: String!) { search(text: $t) { total hits { entity { id name } } } }`,
    () => ({ t: '049770011' }),
  ],
  ['entity', `query($id: ID!) { entity(id: $id) { id name } }`, () => ({ id: ids.victim })],
  [
    'links of a shared place',
    `query($id: ID!) { entity(id: $id) { id linkCount links(first: 50) { totalCount nodes { fromId toId from { name } to { name } } } } }`,
    () => ({ id: ids.municipality }),
  ],
  [
    'links of the case, by id',
    `query($ids: [ID!]!) { links(ids: $ids, first: 500) { totalCount nodes { fromId toId from { name } to { name } } } }`,
    () => ({ ids: [ids.municipality, ids.victim, ids.suspect, ids.phone, ids.caseId] }),
  ],
  [
    'expansion from a shared place',
    `query($ids: [ID!]!) { expand(ids: $ids, depth: 3, limit: 500) { nodes { id name } links { fromId toId } } }`,
    () => ({ ids: [ids.municipality] }),
  ],
  [
    'expansion from the victim',
    `query($ids: [ID!]!) { expand(ids: $ids) { nodes { id name } } }`,
    () => ({ ids: [ids.victim] }),
  ],
  [
    'paths',
    `query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxHops: 4) { nodes { id name } } }`,
    () => ({ a: ids.municipality, b: ids.phone }),
  ],
  [
    'cases',
    `{ cases(first: 200) { totalCount nodes { id name caseNumber memberCount } } }`,
    () => ({}),
  ],
  [
    'saved charts',
    `{ charts(first: 200) { totalCount nodes { id name caseId caseNumber savedBy } } }`,
    () => ({}),
  ],
  [
    'a saved chart',
    `query($id: ID!) { chart(id: $id) { id name notes caseId nodes { entity { id name } } links { id } view } }`,
    () => ({ id: ids.chartId }),
  ],
  [
    'expansion of the case node',
    `query($ids: [ID!]!) { expand(ids: $ids) { nodes { id name } } }`,
    () => ({ ids: [ids.caseId] }),
  ],
  [
    'paths through case membership',
    `query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, throughCases: true) { nodes { id name } } }`,
    () => ({ a: ids.municipality, b: ids.phone }),
  ],
  [
    'case filters and their choices',
    `{ cases(year: 1990, first: 200) { totalCount offences years nodes { id name } } }`,
    () => ({}),
  ],
  [
    'the case team',
    `query($id: ID!) { entity(id: $id) { id ... on Case { assignees { user { username } } } } }`,
    () => ({ id: ids.caseId }),
  ],
  [
    'a derived label naming the victim',
    `query($id: ID!) { entity(id: $id) { id name labelKey labelArgs } }`,
    () => ({ id: labelled }),
  ],
  [
    'case members',
    `query($id: ID!) { entity(id: $id) { id ... on Case { members { totalCount nodes { id name } } } } }`,
    () => ({ id: ids.caseId }),
  ],
  [
    // The file itself is base64; its decoded content is checked in exports.test.ts.
    'a chart export naming the case',
    `mutation($i: ChartExportInput!) { exportChart(input: $i) { entityCount linkCount restricted skipped { what count } } }`,
    () => ({
      i: {
        format: 'FTM',
        entityIds: [ids.victim, ids.suspect, ids.phone, ids.municipality, ids.caseId],
        linkIds: [],
        purpose: 'Checking what an outsider can export',
      },
    }),
  ],
]

describe('need-to-know by case', () => {
  it.each(READS)('shows the outsider nothing of the case: %s', async (_label, query, vars) => {
    const sent = JSON.stringify(vars())
    const res = await outsider.gql(query, vars())
    const text = JSON.stringify(res)
    // An id the caller sent may be echoed in a not-found error, as for any unknown id.
    const secrets = [
      ids.victim,
      ids.suspect,
      ids.phone,
      ids.caseId,
      VICTIM,
      SUSPECT,
      `NTK-${tag}`,
      `Offence ${tag}`,
      `in.${tag}`,
    ]
    for (const secret of secrets.filter((x) => !sent.includes(x))) {
      expect(text).not.toContain(secret)
    }
  })

  it('answers forbidden exactly like not found', async () => {
    const hidden = await outsider.gql(`query($id: ID!) { entity(id: $id) { id } }`, {
      id: ids.victim,
    })
    const missing = await outsider.gql(`query($id: ID!) { entity(id: $id) { id } }`, {
      id: 'per-00000000-none',
    })
    const shape = (r: typeof hidden) => ({
      ...r,
      errors: r.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, id: undefined } })),
    })
    expect(shape(hidden)).toEqual(shape(missing))
  })

  it('refuses the outsider changes to what they cannot see, as not found', async () => {
    expect(
      await outsider.code(`mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id } }`, {
        i: { id: ids.victim, expectedVersion: 1, name: 'x' },
      }),
    ).toBe('entity/not_found')
    expect(
      await outsider.code(
        `mutation($c: ID!, $e: [ID!]!) { addToCase(caseId: $c, entityIds: $e) { id } }`,
        { c: ids.caseId, e: [ids.municipality] },
      ),
    ).toBe('case/not_found')
  })

  it('shows the assigned investigator the whole case', async () => {
    const r = await insider.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
      `query($t: String!) { search(text: $t) { hits { entity { id } } } }`,
      { t: VICTIM },
    )
    expect(r.search.hits.map((h) => h.entity.id)).toContain(ids.victim)
    const x = await insider.ok<{ expand: { nodes: Array<{ id: string }> } }>(
      `query($ids: [ID!]!) { expand(ids: $ids, depth: 2) { nodes { id } } }`,
      { ids: [ids.victim] },
    )
    expect(x.expand.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([ids.suspect, ids.phone, ids.municipality]),
    )
    const p = await insider.ok<{ paths: Array<{ length: number }> }>(
      `query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxHops: 4) { length } }`,
      { a: ids.municipality, b: ids.phone },
    )
    expect(p.paths[0]?.length).toBe(3)
  })

  it('shows the assigned investigator the case’s saved chart, and the outsider none', async () => {
    const q = `query($id: ID!) { chart(id: $id) { nodes { entity { id } } } }`
    const r = await insider.ok<{ chart: { nodes: Array<{ entity: { id: string } }> } }>(q, {
      id: ids.chartId,
    })
    expect(r.chart.nodes.map((n) => n.entity.id).sort()).toEqual(
      [ids.victim, ids.suspect, ids.phone].sort(),
    )
    expect(await outsider.code(q, { id: ids.chartId })).toBe('chart/not_found')
  })

  it('lets only supervisors assign cases', async () => {
    expect(
      await insider.code(
        `mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`,
        { c: ids.caseId, u: `out.${tag}` },
      ),
    ).toBe('auth/forbidden')
    expect(
      await admin.code(
        `mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`,
        { c: ids.caseId, u: 'nobody-here' },
      ),
    ).toBe('user/not_found')
  })
})

describe('records with properties left empty', () => {
  it('shows a person recorded without a category, and a place without a type, to who recorded them', async () => {
    const personId = `per-${randomUUID()}`
    const placeId = `loc-${randomUUID()}`
    const run = async (query: string, params: Record<string, unknown>) => {
      const session = driver.session({ database: 'neo4j' })
      await session.run(query, params).finally(() => session.close())
    }
    // As imports from other systems leave them: no category, no location type.
    await run(
      `CREATE (:Entity:Person {id: $personId, name: $name, recordedBy: $by, version: 1,
         recordedAt: datetime(), sourceIds: [], reliability: 'F', credibility: 6, handling: 'H1'})
       CREATE (:Entity:Location {id: $placeId, name: $name, recordedBy: $by, version: 1,
         recordedAt: datetime(), sourceIds: [], reliability: 'F', credibility: 6, handling: 'H1'})`,
      { personId, placeId, name: `Uncategorised ${tag}`, by: `in.${tag}` },
    )
    try {
      for (const id of [personId, placeId]) {
        const r = await insider.ok<{ entity: { id: string } | null }>(
          `query($id: ID!) { entity(id: $id) { id } }`,
          { id },
        )
        expect(r.entity?.id).toBe(id)
      }
    } finally {
      // The demo-data checks expect every person to have a category.
      await run('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [personId, placeId] })
    }
  })
})
