import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createUser, SystemAccess } from '@htwb/server'
import neo4j from 'neo4j-driver'
import { Api } from '../support/api.ts'
import { testDb } from '../support/db.ts'
import { createEntity, createLink, createSource, person, PROVENANCE } from '../support/fixtures.ts'

/**
 * Saved case charts. Case X is held by Arta and Besnik; case Y by Arta alone; Cene holds none.
 * Arta's chart of case X shows a suspect and a victim of X and, beside them, a person of Y
 * linked to the suspect: Besnik must not learn of that person from the chart in any way.
 */
const tag = randomUUID().slice(0, 6)
const PW = 'charts-test-pw-1'
const VICTIM = `Mirela Chartvictim${tag}`
const HIDDEN = `Gezim Chartsecret${tag}`
let admin: Api
let arta: Api
let besnik: Api
let cene: Api
let dren: Api
let ids: {
  caseX: string
  caseY: string
  suspect: string
  victim: string
  hidden: string
  exploited: string
  associate: string
}

const driver = neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', inject('boltPassword')))
afterAll(() => driver.close())

const CHART_FIELDS = `id name caseId caseNumber notes version savedBy savedAt createdBy
  nodes { entity { id name kind } x y } links { id kind fromId toId }
  annotations { id text entityId x y } viewport { zoom panX panY } view`
const SAVE = `mutation($id: ID, $v: Int, $o: Boolean, $i: ChartInput!) {
  saveChart(id: $id, expectedVersion: $v, overwrite: $o, input: $i) { ${CHART_FIELDS} } }`
const OPEN = `query($id: ID!) { chart(id: $id) { ${CHART_FIELDS} } }`
const LIST = `query($c: ID) { charts(caseId: $c) { totalCount nodes { id name caseNumber savedBy savedAt version } } }`

interface Chart {
  id: string
  name: string
  version: number
  notes: string
  savedBy: string
  nodes: Array<{ entity: { id: string; name: string }; x: number; y: number }>
  links: Array<{ id: string }>
  annotations: Array<{ id: string; text: string; entityId: string | null; x: number; y: number }>
  viewport: { zoom: number; panX: number; panY: number } | null
  view: string | null
}

const view = () =>
  JSON.stringify({
    version: 1,
    layout: 'hierarchical',
    hiddenIds: [ids.hidden],
    groups: [
      { id: 'group-1', label: `Recruiters of ${VICTIM}`, memberIds: [ids.suspect, ids.hidden] },
      { id: 'group-2', label: 'Secret ring', memberIds: [ids.hidden] },
      { id: 'group-3', label: `Friends of ${VICTIM}`, memberIds: [ids.victim] },
    ],
  })

const artaChart = () => ({
  caseId: ids.caseX,
  name: `Recruitment ${tag}`,
  notes: `Checked on the call records; ${VICTIM} confirmed the meeting.`,
  nodes: [
    { id: ids.suspect, x: 10.5, y: -20 },
    { id: ids.victim, x: 200, y: 40.25 },
    { id: ids.hidden, x: -150, y: 300 },
  ],
  linkIds: [ids.exploited, ids.associate],
  annotations: [
    { id: 'a1', text: `${VICTIM} met him here`, entityId: ids.victim, x: 210, y: 60 },
    { id: 'a2', text: 'Seen with the suspect twice', entityId: ids.hidden, x: -140, y: 320 },
    { id: 'a3', text: 'Free note', x: 0, y: 0 },
  ],
  viewport: { zoom: 1.25, panX: 320, panY: -45.5 },
  view: view(),
})

beforeAll(async () => {
  admin = await Api.signedIn()
  const system = new SystemAccess(testDb(driver))
  for (const name of ['arta', 'besnik', 'cene', 'dren'])
    await createUser(system, {
      username: `${name}.${tag}`,
      displayName: name,
      roles: ['INVESTIGATOR'],
      // Dren holds no clearance: a victim's name in a chart's text reads as her pseudonym.
      clearances: name === 'dren' ? [] : ['VICTIM_IDENTITY'],
      password: PW,
    })
  const newCase = async (no: string) =>
    (
      await admin.ok<{ createCase: { id: string } }>(
        `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
        { i: { caseNumber: no, name: `Operation ${no}`, provenance: PROVENANCE } },
      )
    ).createCase.id
  const caseX = await newCase(`CHX-${tag}`)
  const caseY = await newCase(`CHY-${tag}`)
  const src = await createSource(admin, `Statement ${tag}`)
  const suspect = (
    await createEntity(admin, src, { ...person(`Ilir Chartsuspect${tag}`), caseId: caseX })
  ).id
  const victim = (await createEntity(admin, src, { ...person(VICTIM, 'VICTIM'), caseId: caseX })).id
  const hidden = (await createEntity(admin, src, { ...person(HIDDEN), caseId: caseY })).id
  const exploited = (
    await createLink(admin, src, 'EXPLOITED', suspect, victim, { exploitationForm: 'SEXUAL' })
  ).id
  const associate = (await createLink(admin, src, 'ASSOCIATE', suspect, hidden)).id
  const assign = (c: string, u: string) =>
    admin.ok(`mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`, {
      c,
      u,
    })
  await assign(caseX, `arta.${tag}`)
  await assign(caseY, `arta.${tag}`)
  await assign(caseX, `besnik.${tag}`)
  await assign(caseX, `dren.${tag}`)
  ids = { caseX, caseY, suspect, victim, hidden, exploited, associate }
  arta = await Api.signedIn(`arta.${tag}`, PW)
  besnik = await Api.signedIn(`besnik.${tag}`, PW)
  cene = await Api.signedIn(`cene.${tag}`, PW)
  dren = await Api.signedIn(`dren.${tag}`, PW)
})

const byId = <T extends { entity: { id: string } }>(xs: T[]) =>
  Object.fromEntries(xs.map((n) => [n.entity.id, n]))

describe('saved charts', () => {
  let saved: Chart

  it('reopens a chart exactly as it was saved', async () => {
    saved = (await arta.ok<{ saveChart: Chart }>(SAVE, { i: artaChart() })).saveChart
    expect(saved.version).toBe(1)
    const { chart } = await arta.ok<{ chart: Chart }>(OPEN, { id: saved.id })
    expect(chart).toEqual(saved)
    expect(chart.savedBy).toBe(`arta.${tag}`)
    const at = byId(chart.nodes)
    expect(Object.keys(at).sort()).toEqual([ids.suspect, ids.victim, ids.hidden].sort())
    expect(at[ids.suspect]).toMatchObject({ x: 10.5, y: -20 })
    expect(at[ids.victim]).toMatchObject({ x: 200, y: 40.25 })
    expect(chart.links.map((l) => l.id).sort()).toEqual([ids.exploited, ids.associate].sort())
    expect(chart.viewport).toEqual({ zoom: 1.25, panX: 320, panY: -45.5 })
    expect(JSON.parse(chart.view!)).toEqual(JSON.parse(view()))
    expect(chart.annotations.map((a) => a.id)).toEqual(['a1', 'a2', 'a3'])
    const list = await besnik.ok<{ charts: { totalCount: number; nodes: Array<{ id: string }> } }>(
      LIST,
      { c: ids.caseX },
    )
    expect(list.charts.nodes.map((c) => c.id)).toEqual([saved.id])
    expect(list.charts.totalCount).toBe(1)
  })

  it('shows a colleague nothing of what they may not see, though the chart names it', async () => {
    const res = await besnik.gql<{ chart: Chart }>(OPEN, { id: saved.id })
    const chart = res.data!.chart
    expect(chart.nodes.map((n) => n.entity.id).sort()).toEqual([ids.suspect, ids.victim].sort())
    expect(chart.links.map((l) => l.id)).toEqual([ids.exploited])
    expect(chart.annotations.map((a) => a.id)).toEqual(['a1', 'a3'])
    const v = JSON.parse(chart.view!) as { groups: Array<{ label: string; memberIds: string[] }> }
    // A group that lost a member keeps no label: it may have been made from that member's name.
    expect(v.groups).toEqual([
      { id: 'group-1', label: '', memberIds: [ids.suspect] },
      { id: 'group-3', label: `Friends of ${VICTIM}`, memberIds: [ids.victim] },
    ])
    const text = JSON.stringify(res)
    for (const secret of [ids.hidden, HIDDEN, ids.associate, ids.caseY, 'Secret ring', 'twice'])
      expect(text).not.toContain(secret)
  })

  it('keeps on the chart what a colleague saving it could not see', async () => {
    const mine = (await besnik.ok<{ chart: Chart }>(OPEN, { id: saved.id })).chart
    const next = await besnik.ok<{ saveChart: Chart }>(SAVE, {
      id: saved.id,
      v: mine.version,
      i: {
        caseId: ids.caseX,
        name: mine.name,
        notes: mine.notes,
        nodes: mine.nodes.map((n) => ({ id: n.entity.id, x: n.x + 5, y: n.y })),
        linkIds: mine.links.map((l) => l.id),
        annotations: mine.annotations.map(({ id, text, entityId, x, y }) => ({
          id,
          text,
          entityId,
          x,
          y,
        })),
        viewport: mine.viewport,
        view: mine.view,
      },
    })
    expect(next.saveChart.version).toBe(2)
    const seen = (await arta.ok<{ chart: Chart }>(OPEN, { id: saved.id })).chart
    const at = byId(seen.nodes)
    expect(at[ids.hidden]).toMatchObject({ x: -150, y: 300 })
    expect(at[ids.suspect]).toMatchObject({ x: 15.5, y: -20 })
    expect(seen.links.map((l) => l.id).sort()).toEqual([ids.exploited, ids.associate].sort())
    expect(seen.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3'])
    expect(seen.savedBy).toBe(`besnik.${tag}`)
  })

  it('refuses a save over a newer version, with a code, unless overwriting', async () => {
    const stale = await arta.gql(SAVE, { id: saved.id, v: 1, i: artaChart() })
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'chart/version_conflict',
      currentVersion: 2,
    })
    const over = await arta.ok<{ saveChart: Chart }>(SAVE, {
      id: saved.id,
      o: true,
      i: { ...artaChart(), name: `Overwritten ${tag}` },
    })
    expect(over.saveChart).toMatchObject({ version: 3, name: `Overwritten ${tag}` })
  })

  it('answers a user without the case exactly as for a chart that does not exist', async () => {
    const hidden = await cene.gql(OPEN, { id: saved.id })
    const missing = await cene.gql(OPEN, { id: 'cht-00000000-none' })
    expect(hidden.errors?.[0]?.extensions?.code).toBe('chart/not_found')
    const shape = (r: typeof hidden) =>
      JSON.stringify(r).replaceAll(saved.id, 'ID').replace('cht-00000000-none', 'ID')
    expect(shape(hidden)).toEqual(shape(missing))
    const list = await cene.ok<{ charts: { totalCount: number; nodes: unknown[] } }>(LIST, {})
    expect(JSON.stringify(list)).not.toContain(saved.id)
    const save = await cene.gql(SAVE, { id: saved.id, v: 3, i: artaChart() })
    expect(save.errors?.[0]?.extensions?.code).toBe('chart/not_found')
    const into = await cene.gql(SAVE, { i: artaChart() })
    expect(into.errors?.[0]?.extensions?.code).toBe('case/not_found')
  })

  it('withholds a victim named in the chart’s text from a colleague without the clearance', async () => {
    const res = await dren.ok<{ chart: Chart }>(OPEN, { id: saved.id })
    const text = JSON.stringify(res)
    expect(text).not.toContain(VICTIM)
    expect(res.chart.notes).toMatch(/Victim [0-9A-F]{6} confirmed the meeting/)
    expect(res.chart.view).toMatch(/Friends of Victim [0-9A-F]{6}/)
    expect(res.chart.annotations[0]?.text).toMatch(/^Victim [0-9A-F]{6} met him here/)
  })

  it('lets readers read and only case workers save', async () => {
    const analyst = await Api.signedIn('analyst')
    expect(await analyst.code(SAVE, { i: artaChart() })).toBe('auth/forbidden')
  })

  it('takes an erased person off every saved chart, and their name out of its text', async () => {
    const erase = await admin.gql(
      `mutation($id: ID!, $why: String!) { erasePerson(id: $id, justification: $why) { erasedIds } }`,
      { id: ids.victim, why: 'Retention limit passed; approved at the quarterly review.' },
    )
    expect(erase.errors).toBeUndefined()
    const chart = (await arta.ok<{ chart: Chart }>(OPEN, { id: saved.id })).chart
    expect(chart.nodes.map((n) => n.entity.id)).not.toContain(ids.victim)
    expect(chart.annotations.map((a) => a.id)).toEqual(['a2', 'a3'])
    expect(chart.notes).toContain('[erased] confirmed')
    // The stored chart itself: no property holds the id or the name.
    const session = driver.session()
    try {
      const res = await session.run(`MATCH (c:Chart {id: $id}) RETURN properties(c) AS p`, {
        id: saved.id,
      })
      const stored = JSON.stringify(res.records[0]?.get('p'))
      expect(stored).not.toContain(ids.victim)
      // Nor of their links: the link list held the suspect's exploitation of them.
      expect(stored).not.toContain(ids.exploited)
      expect(stored.toLowerCase()).not.toContain(VICTIM.toLowerCase())
    } finally {
      await session.close()
    }
  })
})

/**
 * A colleague's chart of case X, with an organisation of case Y (hidden from Besnik) as the
 * anchor of a suggested group named after it, as the client's chartDrawn.ts makes one.
 */
describe('a chart beside records a colleague may not see', () => {
  const ORG = `Dardania Chartorg${tag} LLC`
  let org: string
  let member: string
  let chartId: string

  beforeAll(async () => {
    const src = await createSource(admin, `Registry extract ${tag}`)
    org = (
      await createEntity(admin, src, {
        kind: 'Organization',
        name: ORG,
        organization: { orgType: 'COMPANY' },
        caseId: ids.caseY,
      })
    ).id
    member = (await createLink(admin, src, 'MEMBER_OF', ids.suspect, org)).id
    const saved = await arta.ok<{ saveChart: Chart }>(SAVE, {
      i: {
        caseId: ids.caseX,
        name: `Companies ${tag}`,
        nodes: [
          { id: ids.suspect, x: 1, y: 2 },
          { id: org, x: 30, y: 40 },
          { id: ids.hidden, x: -7, y: 8 },
        ],
        linkIds: [member, ids.associate],
        annotations: [{ id: 'b1', text: 'Registered in Ferizaj', entityId: org, x: 31, y: 41 }],
        view: JSON.stringify({
          version: 1,
          groups: [{ id: 'group-1', label: ORG, anchorId: org, memberIds: [org, ids.suspect] }],
          colours: { [org]: 'red', [ids.suspect]: 'blue' },
        }),
      },
    })
    chartId = saved.saveChart.id
  })

  it('shows no group label taken from a hidden organisation, nor its id as a key', async () => {
    const res = await besnik.ok<{ chart: Chart }>(OPEN, { id: chartId })
    expect(JSON.parse(res.chart.view!)).toEqual({
      version: 1,
      groups: [{ id: 'group-1', label: '', anchorId: null, memberIds: [ids.suspect] }],
      colours: { [ids.suspect]: 'blue' },
    })
    const text = JSON.stringify(res)
    for (const secret of [org, ORG, 'Dardania', member, 'Ferizaj'])
      expect(text).not.toContain(secret)
    // Arta, who sees the organisation, still reads the group by its name.
    const own = await arta.ok<{ chart: Chart }>(OPEN, { id: chartId })
    expect(own.chart.view).toContain(ORG)
  })

  it('keeps what the saver may not see though a stale draft of theirs still names it', async () => {
    const mine = (await besnik.ok<{ chart: Chart }>(OPEN, { id: chartId })).chart
    // A draft from before Besnik lost sight of the organisation: it is still on it, moved.
    await besnik.ok<{ saveChart: Chart }>(SAVE, {
      id: chartId,
      v: mine.version,
      i: {
        caseId: ids.caseX,
        name: mine.name,
        nodes: [
          { id: ids.suspect, x: 5, y: 2 },
          { id: org, x: 999, y: 999 },
          { id: ids.hidden, x: 999, y: 999 },
        ],
        linkIds: [member, ids.associate],
        annotations: [{ id: 'b1', text: 'Stale text', entityId: org, x: 0, y: 0 }],
        view: mine.view,
      },
    })
    const seen = (await arta.ok<{ chart: Chart }>(OPEN, { id: chartId })).chart
    const at = byId(seen.nodes)
    expect(Object.keys(at).sort()).toEqual([ids.suspect, org, ids.hidden].sort())
    expect(at[org]).toMatchObject({ x: 30, y: 40 })
    expect(at[ids.hidden]).toMatchObject({ x: -7, y: 8 })
    expect(at[ids.suspect]).toMatchObject({ x: 5, y: 2 })
    expect(seen.links.map((l) => l.id).sort()).toEqual([member, ids.associate].sort())
    expect(seen.annotations).toEqual([
      { id: 'b1', text: 'Registered in Ferizaj', entityId: org, x: 31, y: 41 },
    ])
  })
})
