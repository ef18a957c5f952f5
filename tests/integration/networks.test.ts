import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { createEntity, createLink, createSource, person } from '../support/fixtures.ts'

const EXPAND = `query Expand($ids: [ID!]!, $depth: Int, $kinds: [LinkKind!], $window: TimeWindow, $limit: Int) {
  expand(ids: $ids, depth: $depth, linkKinds: $kinds, window: $window, limit: $limit) { truncated nodes { id } links { id kind fromId toId } }
}`
const PATHS = `query Paths($a: ID!, $b: ID!, $hops: Int) { paths(fromId: $a, toId: $b, maxHops: $hops) { length nodes { id } links { kind fromId toId } } }`

type Sub = {
  expand: {
    truncated: boolean
    nodes: Array<{ id: string }>
    links: Array<{ kind: string; fromId: string; toId: string }>
  }
}
type Paths = {
  paths: Array<{ length: number; nodes: Array<{ id: string }>; links: Array<{ kind: string }> }>
}

let api: Api
// A chain recruiter → victim, recruiter -(ASSOCIATE 2012)- driver -(USES_PHONE)- phone
let ids: { recruiter: string; victim: string; driver: string; phone: string }
beforeAll(async () => {
  api = await Api.signedIn()
  const s = await createSource(api, 'Network fixture')
  const recruiter = (await createEntity(api, s, person('Net Recruiter'))).id
  const victim = (await createEntity(api, s, person('Net Victim', 'VICTIM'))).id
  const driver = (await createEntity(api, s, person('Net Driver'))).id
  const phone = (
    await createEntity(api, s, {
      kind: 'Phone',
      name: '+38349000111',
      phone: { number: '+38349000111' },
    })
  ).id
  await createLink(api, s, 'RECRUITED', recruiter, victim, { at: '2013-04-02T10:00:00Z' })
  await createLink(api, s, 'ASSOCIATE', recruiter, driver, { at: '2012-01-10T10:00:00Z' })
  await createLink(api, s, 'USES_PHONE', driver, phone)
  ids = { recruiter, victim, driver, phone }
})

describe('neighbourhood expansion', () => {
  it('returns direct neighbours at depth 1 and their neighbours at depth 2', async () => {
    const d1 = await api.ok<Sub>(EXPAND, { ids: [ids.recruiter], depth: 1 })
    expect(new Set(d1.expand.nodes.map((n) => n.id))).toEqual(
      new Set([ids.recruiter, ids.victim, ids.driver]),
    )
    const d2 = await api.ok<Sub>(EXPAND, { ids: [ids.recruiter], depth: 2 })
    expect(d2.expand.nodes.map((n) => n.id)).toContain(ids.phone)
  })

  it('follows only the requested link kinds', async () => {
    const r = await api.ok<Sub>(EXPAND, { ids: [ids.recruiter], depth: 2, kinds: ['RECRUITED'] })
    expect(new Set(r.expand.nodes.map((n) => n.id))).toEqual(new Set([ids.recruiter, ids.victim]))
    expect(r.expand.links.every((l) => l.kind === 'RECRUITED')).toBe(true)
  })

  it('keeps links inside the time window', async () => {
    const r = await api.ok<Sub>(EXPAND, {
      ids: [ids.recruiter],
      depth: 1,
      window: { from: '2013-01-01', to: '2013-12-31' },
    })
    expect(new Set(r.expand.nodes.map((n) => n.id))).toEqual(new Set([ids.recruiter, ids.victim]))
  })

  it('stops at the node limit and says so', async () => {
    const hub = await api.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
      `{ search(text: "Krasniqi", kinds: [Person], first: 5) { hits { entity { id } } } }`,
    )
    const seeds = hub.search.hits.map((h) => h.entity.id)
    const r = await api.ok<Sub>(EXPAND, { ids: seeds, depth: 3, limit: 10 })
    expect(r.expand.nodes.length).toBeLessThanOrEqual(Math.max(10, seeds.length))
    expect(r.expand.truncated).toBe(true)
  })

  it('accepts more seeds than the limit and adds no one new', async () => {
    const hits = await api.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
      `{ search(text: "Berisha", kinds: [Person], first: 30) { hits { entity { id } } } }`,
    )
    const seeds = hits.search.hits.map((h) => h.entity.id)
    const r = await api.ok<Sub>(EXPAND, { ids: seeds, depth: 2, limit: 5 })
    expect(new Set(r.expand.nodes.map((n) => n.id))).toEqual(new Set(seeds))
    expect(r.expand.truncated).toBe(true)
  })

  it('refuses depth, limits and seed counts out of range', async () => {
    expect(await api.code(EXPAND, { ids: [ids.recruiter], depth: 4 })).toBe('network/out_of_range')
    expect(await api.code(EXPAND, { ids: [ids.recruiter], limit: 100000 })).toBe(
      'network/out_of_range',
    )
    expect(await api.code(EXPAND, { ids: [] })).toBe('network/too_many_seeds')
    expect(await api.code(EXPAND, { ids: ['per-unknown'] })).toBe('entity/not_found')
  })
})

describe('shortest paths', () => {
  it('finds the path victim → recruiter → driver → phone', async () => {
    const r = await api.ok<Paths>(PATHS, { a: ids.victim, b: ids.phone, hops: 4 })
    expect(r.paths[0]?.length).toBe(3)
    expect(r.paths[0]?.nodes.map((n) => n.id)).toEqual([
      ids.victim,
      ids.recruiter,
      ids.driver,
      ids.phone,
    ])
  })

  it('respects the hop limit', async () => {
    const r = await api.ok<Paths>(PATHS, { a: ids.victim, b: ids.phone, hops: 2 })
    expect(r.paths).toEqual([])
    expect(await api.code(PATHS, { a: ids.victim, b: ids.phone, hops: 7 })).toBe(
      'network/out_of_range',
    )
    expect(await api.code(PATHS, { a: ids.victim, b: 'per-unknown', hops: 3 })).toBe(
      'entity/not_found',
    )
  })
})
