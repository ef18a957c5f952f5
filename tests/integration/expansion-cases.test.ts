/**
 * Issue 13, honest expansion and the Cases tab: a case node expands into the members the viewer
 * may see, paths go through case membership only when asked, the case list pages past 50 with
 * each viewer's own total and filters, and supervisors (only they) assign and unassign users,
 * each change in the audit trail.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher } from '../support/db.ts'
import { createEntity, createSource, person } from '../support/fixtures.ts'

const EXPAND = `query($ids: [ID!]!, $depth: Int, $kinds: [LinkKind!]) {
  expand(ids: $ids, depth: $depth, linkKinds: $kinds) { truncated nodes { id kind } links { kind fromId toId } }
}`
const PATHS = `query($a: ID!, $b: ID!, $through: Boolean) {
  paths(fromId: $a, toId: $b, maxHops: 3, throughCases: $through) { length nodes { id } links { kind } }
}`
const CREATE_CASE = `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`
const CASES = `query($status: CaseStatus, $offence: String, $year: Int, $mine: Boolean, $first: Int, $after: String) {
  cases(status: $status, offence: $offence, year: $year, assignedToMe: $mine, first: $first, after: $after) {
    totalCount offences years pageInfo { hasNextPage endCursor }
    nodes { id status offence openedOn }
  }
}`
const TEAM = `query($id: ID!) { entity(id: $id) { ... on Case { assignees { by at user { username } } } } }`
const ASSIGN = `mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`
const UNASSIGN = `mutation($c: ID!, $u: String!) { unassignCase(caseId: $c, username: $u) { id } }`
const AUDIT = `query($actor: String) { auditEntries(filter: { actor: $actor }, first: 50) { operation action outcome caseId detail } }`

type Sub = {
  expand: {
    truncated: boolean
    nodes: Array<{ id: string; kind: string }>
    links: Array<{ kind: string; fromId: string; toId: string }>
  }
}
type Paths = {
  paths: Array<{ length: number; nodes: Array<{ id: string }>; links: Array<{ kind: string }> }>
}
type CaseRow = { id: string; status: string; offence: string | null; openedOn: string | null }
type CasePage = {
  cases: {
    totalCount: number
    offences: string[]
    years: number[]
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
    nodes: CaseRow[]
  }
}

const run = Date.now().toString(36)
let admin: Api
let investigator: Api
// A case of the investigator's: two suspects tied only by the case, and an informant in it
// whom the investigator (no INFORMANT_IDENTITY) must not see.
let ids: { case: string; a: string; b: string; informant: string }

/** Every case a viewer's list holds under some filters, page by page, with each page's total. */
async function allCases(api: Api, vars: Record<string, unknown> = {}, first = 50) {
  const items: CaseRow[] = []
  const totals: number[] = []
  let after: string | null = null
  for (let i = 0; i < 100; i++) {
    const { cases }: CasePage = await api.ok<CasePage>(CASES, { ...vars, first, after })
    items.push(...cases.nodes)
    totals.push(cases.totalCount)
    if (!cases.pageInfo.hasNextPage)
      return { items, totals, offences: cases.offences, years: cases.years }
    after = cases.pageInfo.endCursor
  }
  throw new Error('paging did not end')
}

beforeAll(async () => {
  admin = await Api.signedIn()
  investigator = await Api.signedIn('investigator')
  const c = await investigator.ok<{ createCase: { id: string } }>(CREATE_CASE, {
    i: {
      caseNumber: `EXP-${run}`,
      name: `Expansion fixture ${run}`,
      offence: 'Trafficking in human beings',
      // After the demo's years, whose figures trends.test.ts checks against the generator.
      openedOn: '2020-03-04',
      provenance: { sourceIds: [], reliability: 'A', credibility: 1, handling: 'H0' },
    },
  })
  const caseId = c.createCase.id
  const s = await createSource(investigator, 'Expansion statement')
  const a = (await createEntity(investigator, s, { ...person(`Exp Alpha ${run}`), caseId })).id
  const b = (await createEntity(investigator, s, { ...person(`Exp Beta ${run}`), caseId })).id
  const s2 = await createSource(admin, 'Informant report')
  const informant = (
    await createEntity(admin, s2, { ...person(`Exp Informant ${run}`, 'INFORMANT'), caseId })
  ).id
  ids = { case: caseId, a, b, informant }
})

describe('expanding a case node', () => {
  it('brings the members the viewer may see, with the default link kinds', async () => {
    const r = await investigator.ok<Sub>(EXPAND, { ids: [ids.case], depth: 1 })
    const got = new Set(r.expand.nodes.map((n) => n.id))
    expect(got.has(ids.a) && got.has(ids.b)).toBe(true)
    expect(got.has(ids.informant)).toBe(false)
    expect(r.expand.links.filter((l) => l.kind === 'PART_OF_CASE').length).toBe(got.size - 1)
    // The cleared supervisor sees the informant among the same case's members.
    const s = await admin.ok<Sub>(EXPAND, { ids: [ids.case], depth: 1 })
    expect(s.expand.nodes.map((n) => n.id)).toContain(ids.informant)
  })

  it('brings its members whatever kinds are asked, but a member brings its cases only when asked', async () => {
    const calls = await investigator.ok<Sub>(EXPAND, { ids: [ids.case], kinds: ['CALLED'] })
    expect(calls.expand.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([ids.a, ids.b]))
    const fromMember = await investigator.ok<Sub>(EXPAND, { ids: [ids.a] })
    expect(fromMember.expand.nodes.map((n) => n.id)).toEqual([ids.a])
    const asked = await investigator.ok<Sub>(EXPAND, { ids: [ids.a], kinds: ['PART_OF_CASE'] })
    expect(asked.expand.nodes.map((n) => n.id)).toContain(ids.case)
  })

  it('finds a path through case membership only when asked', async () => {
    const plain = await investigator.ok<Paths>(PATHS, { a: ids.a, b: ids.b })
    expect(plain.paths).toEqual([])
    const through = await investigator.ok<Paths>(PATHS, { a: ids.a, b: ids.b, through: true })
    expect(through.paths[0]?.length).toBe(2)
    expect(through.paths[0]?.nodes.map((n) => n.id)).toEqual([ids.a, ids.case, ids.b])
    expect(through.paths[0]?.links.map((l) => l.kind)).toEqual(['PART_OF_CASE', 'PART_OF_CASE'])
  })

  it('never walks through a member the viewer may not see', async () => {
    // The informant is the only tie between the two ends: for the investigator there is none.
    const p = await investigator.code(PATHS, { a: ids.a, b: ids.informant, through: true })
    expect(p).toBe('entity/not_found')
  })
})

describe('the Cases tab', () => {
  it('pages a prosecutor past 50 cases, each page with their own total', async () => {
    const prosecutor = await Api.signedIn('prosecutor')
    const { items, totals } = await allCases(prosecutor)
    expect(items.length).toBeGreaterThanOrEqual(60)
    expect(new Set(items.map((c) => c.id)).size).toBe(items.length)
    expect(new Set(totals)).toEqual(new Set([items.length]))
    // The investigator's new case is not theirs: neither listed nor counted.
    expect(items.map((c) => c.id)).not.toContain(ids.case)
  })

  it('filters by status, offence and year, and counts what the filter keeps', async () => {
    const everything = await allCases(investigator, {}, 200)
    expect(everything.offences).toContain('Trafficking in human beings')
    expect(everything.years).toEqual(expect.arrayContaining([2019, 2020]))
    for (const vars of [
      { status: 'OPEN' },
      { offence: 'Trafficking in human beings' },
      { year: 2019 },
      { offence: 'Trafficking in human beings', year: 2019, status: 'OPEN' },
      { offence: 'Trafficking in human beings', year: 2020 },
    ]) {
      const kept = await allCases(investigator, vars, 20)
      const expected = everything.items.filter(
        (c) =>
          (!('status' in vars) || c.status === vars.status) &&
          (!('offence' in vars) || c.offence === vars.offence) &&
          (!('year' in vars) || c.openedOn?.startsWith(String(vars.year))),
      )
      expect(new Set(kept.items.map((c) => c.id)), JSON.stringify(vars)).toEqual(
        new Set(expected.map((c) => c.id)),
      )
      expect(new Set(kept.totals)).toEqual(new Set([expected.length]))
    }
    const filtered = await allCases(investigator, { year: 2020 })
    expect(filtered.items.map((c) => c.id)).toContain(ids.case)
  })

  it('does not confirm a withheld name typed into the offence filter', async () => {
    // A victim of a case the officer does not hold, named in the offence of one they do.
    const [victim] = await cypher<{ name: string }>(
      `MATCH (v:Person {category: 'VICTIM'}) WHERE v.firstName IS NOT NULL AND v.lastName IS NOT NULL
       AND NOT EXISTS { (v)-[:PART_OF_CASE]->(:Case)<-[:ASSIGNED_TO]-(:User {username: 'intl.officer'}) }
       RETURN v.firstName + ' ' + v.lastName AS name ORDER BY v.id LIMIT 1`,
    )
    const written = `Trafficking of ${victim!.name} ${run}`
    const c = await admin.ok<{ createCase: { id: string } }>(CREATE_CASE, {
      i: {
        caseNumber: `OFF-${run}`,
        name: `Offence fixture ${run}`,
        offence: written,
        provenance: { sourceIds: [], reliability: 'A', credibility: 1, handling: 'H0' },
      },
    })
    await admin.ok(
      `mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`,
      {
        c: c.createCase.id,
        u: 'intl.officer',
      },
    )
    const officer = await Api.signedIn('intl.officer')
    const { offences } = await allCases(officer, {}, 200)
    const shown = offences.find((o) => o.endsWith(run))!
    expect(shown).not.toContain(victim!.name)
    // The name as written finds nothing, exactly like an offence nobody recorded.
    const typed = await officer.ok<CasePage>(CASES, { offence: written, first: 5 })
    const none = await officer.ok<CasePage>(CASES, { offence: `No such offence ${run}`, first: 5 })
    expect(typed.cases.totalCount).toBe(0)
    expect(typed.cases).toEqual(none.cases)
    // The offence as the officer reads it finds the case.
    const chosen = await officer.ok<CasePage>(CASES, { offence: shown, first: 5 })
    expect(chosen.cases.nodes.map((n) => n.id)).toEqual([c.createCase.id])
  })

  it('narrows a supervisor to the cases assigned to them', async () => {
    const supervisor = await Api.signedIn('supervisor')
    const all = await supervisor.ok<CasePage>(CASES, { first: 1 })
    const mine = await allCases(supervisor, { mine: true })
    expect(all.cases.totalCount).toBeGreaterThan(mine.items.length)
    expect(mine.items.map((c) => c.id)).not.toContain(ids.case)
    await supervisor.ok(ASSIGN, { c: ids.case, u: 'supervisor' })
    const after = await allCases(supervisor, { mine: true })
    expect(after.items.map((c) => c.id)).toContain(ids.case)
    expect(after.totals).toEqual(after.totals.map(() => mine.items.length + 1))
    await supervisor.ok(UNASSIGN, { c: ids.case, u: 'supervisor' })
  })
})

describe('assigning a case', () => {
  it('lets a supervisor give a case to a user and take it away, both audited', async () => {
    const supervisor = await Api.signedIn('supervisor')
    const analyst = await Api.signedIn('analyst')
    expect(await analyst.code(TEAM, { id: ids.case })).toBe('entity/not_found')

    await supervisor.ok(ASSIGN, { c: ids.case, u: 'analyst' })
    const team = await supervisor.ok<{
      entity: { assignees: Array<{ by: string; user: { username: string } }> }
    }>(TEAM, { id: ids.case })
    expect(team.entity.assignees.map((a) => a.user.username).sort()).toEqual([
      'analyst',
      'investigator',
    ])
    expect(team.entity.assignees.find((a) => a.user.username === 'analyst')?.by).toBe('supervisor')
    const seen = await allCases(analyst)
    expect(seen.items.map((c) => c.id)).toContain(ids.case)

    await supervisor.ok(UNASSIGN, { c: ids.case, u: 'analyst' })
    expect(await analyst.code(TEAM, { id: ids.case })).toBe('entity/not_found')
    expect((await allCases(analyst)).items.map((c) => c.id)).not.toContain(ids.case)

    const trail = await admin.ok<{
      auditEntries: Array<{
        operation: string
        action: string
        outcome: string
        caseId: string
        detail: string
      }>
    }>(AUDIT, { actor: 'supervisor' })
    const mine = trail.auditEntries.filter((e) => e.caseId === ids.case)
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          operation: 'assignCase',
          action: 'DISCLOSE',
          outcome: 'OK',
          detail: 'recipient:analyst',
        }),
        expect.objectContaining({
          operation: 'unassignCase',
          action: 'ALTER',
          outcome: 'OK',
          detail: 'unassigned:analyst',
        }),
      ]),
    )
  })

  it('refuses anyone but supervisors and administrators', async () => {
    for (const who of ['investigator', 'prosecutor', 'analyst']) {
      const api = await Api.signedIn(who)
      expect(await api.code(ASSIGN, { c: ids.case, u: 'analyst' }), who).toBe('auth/forbidden')
      expect(await api.code(UNASSIGN, { c: ids.case, u: 'investigator' }), who).toBe(
        'auth/forbidden',
      )
      expect(await api.code('{ assignableUsers { username } }'), who).toBe('auth/forbidden')
    }
    const team = await investigator.ok<{
      entity: { assignees: Array<{ user: { username: string } }> }
    }>(TEAM, { id: ids.case })
    expect(team.entity.assignees.map((a) => a.user.username)).toEqual(['investigator'])
  })

  it('answers an unknown user and a case the supervisor cannot name as such', async () => {
    const supervisor = await Api.signedIn('supervisor')
    expect(await supervisor.code(UNASSIGN, { c: ids.case, u: 'nobody-here' })).toBe(
      'user/not_found',
    )
    expect(await supervisor.code(UNASSIGN, { c: 'cas-missing', u: 'analyst' })).toBe(
      'case/not_found',
    )
    const users = await supervisor.ok<{ assignableUsers: Array<{ username: string }> }>(
      '{ assignableUsers { username } }',
    )
    expect(users.assignableUsers.map((u) => u.username)).toEqual(
      expect.arrayContaining(['analyst', 'investigator', 'prosecutor']),
    )
  })
})

const LABELLED = `query($id: ID!) { entity(id: $id) { id name labelKey labelArgs } }`
type Labelled = {
  entity: {
    id: string
    name: string
    labelKey: string | null
    labelArgs: Array<string | null>
  }
}

describe('derived labels', () => {
  it("builds a victim's event label from her pseudonym, never her name or id", async () => {
    // A recruitment in one of the international officer's cases (no VICTIM_IDENTITY).
    const [row] = await cypher<
      { id: string; victimId: string; victimName: string; stored: string },
      1
    >(
      `MATCH (:User {username: 'intl.officer'})-[:ASSIGNED_TO]->(c:Case)<-[:PART_OF_CASE]-(e:Event {labelKey: 'RECRUITMENT_OF'})
       MATCH (v:Person {id: substring(e.labelArgs[0], 1)})-[:PART_OF_CASE]->(c)
       RETURN e.id AS id, v.id AS victimId, v.name AS victimName, e.name AS stored ORDER BY e.id LIMIT 1`,
    )
    expect(row.stored).not.toContain(row.victimId)
    expect(row.stored).not.toContain(row.victimName)
    for (const who of ['intl.officer', 'admin']) {
      const api = who === 'admin' ? admin : await Api.signedIn(who)
      const { entity } = await api.ok<Labelled>(LABELLED, { id: row.id })
      expect(entity.labelKey, who).toBe('RECRUITMENT_OF')
      // A pseudonym stays a pseudonym, even for a cleared supervisor: revealing is its own act.
      expect(entity.labelArgs).toEqual([expect.stringMatching(/^Victim [0-9A-F]{6}$/)])
      expect(JSON.stringify(entity)).not.toContain(row.victimId)
      expect(JSON.stringify(entity)).not.toContain(row.victimName)
      expect(entity.name).toBe(row.stored)
    }
  })

  it("labels a case's sources by their kind and reference, for the client to translate", async () => {
    const [src] = await cypher<{ id: string; reference: string }, 1>(
      `MATCH (:User {username: 'intl.officer'})-[:ASSIGNED_TO]->(c:Case)<-[:PART_OF_CASE]-(s:Source {labelKey: 'POLICE_REPORT'})
       RETURN s.id AS id, s.reference AS reference ORDER BY s.id LIMIT 1`,
    )
    const officer = await Api.signedIn('intl.officer')
    const { entity } = await officer.ok<Labelled>(LABELLED, { id: src.id })
    expect(entity).toMatchObject({
      name: `Police report ${src.reference}`,
      labelKey: 'POLICE_REPORT',
      labelArgs: [src.reference],
    })
  })

  it('says an entity the viewer may not see is hidden, and drops the label once renamed', async () => {
    const s = await createSource(investigator, 'Meeting report')
    const meeting = await createEntity(investigator, s, {
      kind: 'Event',
      name: 'A meeting',
      event: { eventType: 'MEETING', date: '2019-05-01' },
      caseId: ids.case,
    })
    // Labelled as the demo data is (the write path for labels is the seed's and imports').
    await cypher(
      `MATCH (e:Event {id: $id}) SET e.labelKey = 'ARREST_OF', e.labelArgs = ['@' + $who], e.labelFor = e.name`,
      { id: meeting.id, who: ids.informant },
    )
    const seen = await investigator.ok<Labelled>(LABELLED, { id: meeting.id })
    expect(seen.entity.labelArgs).toEqual([null])
    const cleared = await admin.ok<Labelled>(LABELLED, { id: meeting.id })
    expect(cleared.entity.labelArgs).toEqual([`Exp Informant ${run}`])
    // Hidden reads exactly as missing.
    await cypher(`MATCH (e:Event {id: $id}) SET e.labelArgs = ['@per-no-such-one']`, {
      id: meeting.id,
    })
    const missing = await investigator.ok<Labelled>(LABELLED, { id: meeting.id })
    expect(missing).toEqual(seen)

    await investigator.ok(`mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id } }`, {
      i: { id: meeting.id, expectedVersion: meeting.version, name: 'Meeting at the café' },
    })
    const renamed = await investigator.ok<Labelled>(LABELLED, { id: meeting.id })
    expect(renamed.entity).toMatchObject({
      name: 'Meeting at the café',
      labelKey: null,
      labelArgs: [],
    })
  })

  it('finds labelled events by their words in Albanian and Serbian, and not by a victim name', async () => {
    const officer = await Api.signedIn('intl.officer')
    type Hits = {
      search: { nodes: Array<{ entity: { id: string; labelKey: string | null } }> }
    }
    for (const word of ['Rekrutimi', 'Vrbovanje', 'Recruitment']) {
      const r = await officer.ok<Hits>(
        `query($t: String!) { search(text: $t, kinds: [Event], first: 10) { nodes { entity { id labelKey } } } }`,
        { t: word },
      )
      expect(r.search.nodes.length, word).toBeGreaterThan(0)
      expect(
        r.search.nodes.some((n) => n.entity.labelKey === 'RECRUITMENT_OF'),
        word,
      ).toBe(true)
    }
    const [victim] = await cypher<{ name: string }, 1>(
      `MATCH (:User {username: 'intl.officer'})-[:ASSIGNED_TO]->(:Case)<-[:PART_OF_CASE]-(e:Event {labelKey: 'RECRUITMENT_OF'})
       MATCH (v:Person {id: substring(e.labelArgs[0], 1)}) RETURN v.name AS name LIMIT 1`,
    )
    const byName = await officer.ok<Hits>(
      `query($t: String!) { search(text: $t, kinds: [Event], first: 10) { nodes { entity { id labelKey } } } }`,
      { t: victim.name },
    )
    expect(byName.search.nodes.filter((n) => n.entity.labelKey)).toEqual([])
  })
})
