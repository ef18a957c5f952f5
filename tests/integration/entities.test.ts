import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { graphFingerprint } from '../support/db.ts'
import { createEntity, createLink, createSource, person, PROVENANCE } from '../support/fixtures.ts'

const PROFILE = `query Profile($id: ID!) {
  entity(id: $id) {
    id kind name version linkCount
    provenance { grading handling reliability credibility recordedBy validFrom sources { id name } }
    ... on Person { category dateOfBirth minor minorWhenRecorded aliases }
    links { totalCount nodes { id kind fromId toId from { id name } to { id name } provenance { grading } } }
  }
}`
const UPDATE = `mutation Update($input: UpdateEntityInput!) { updateEntity(input: $input) { id version name ... on Person { category } } }`
const CREATE = `mutation Create($input: CreateEntityInput!) { createEntity(input: $input) { id } }`

let api: Api
let sourceId: string
beforeAll(async () => {
  api = await Api.signedIn()
  sourceId = await createSource(api)
})

describe('entity profile', () => {
  it('shows properties, links, sources and grading', async () => {
    const a = await createEntity(api, sourceId, person('Arben Testi', 'SUSPECT'))
    const b = await createEntity(
      api,
      sourceId,
      person('Vesa Testi', 'VICTIM', { dateOfBirth: '2000-03-01' }),
    )
    await createLink(api, sourceId, 'RECRUITED', a.id, b.id, {
      recruitmentMethod: 'ROMANCE_LOVERBOY',
    })
    type P = {
      entity: {
        linkCount: number
        provenance: { grading: string; recordedBy: string; sources: Array<{ id: string }> }
        links: {
          totalCount: number
          nodes: Array<{ kind: string; from: { id: string }; to: { id: string } }>
        }
      }
    }
    const p = await api.ok<P>(PROFILE, { id: a.id })
    expect(p.entity.provenance).toMatchObject({ grading: 'B2', recordedBy: 'admin' })
    expect(p.entity.provenance.sources.map((s) => s.id)).toEqual([sourceId])
    expect(p.entity.linkCount).toBe(1)
    expect(p.entity.links.totalCount).toBe(1)
    expect(p.entity.links.nodes[0]).toMatchObject({
      kind: 'RECRUITED',
      from: { id: a.id },
      to: { id: b.id },
    })
  })

  it('derives minors from the date of birth', async () => {
    const child = await createEntity(api, sourceId, {
      ...person('Drita Testi', 'VICTIM', { dateOfBirth: '1998-06-01' }),
      provenance: { ...PROVENANCE, sourceIds: [sourceId], validFrom: '2013-05-01' },
    })
    type P = { entity: { minor: boolean; minorWhenRecorded: boolean } }
    const p = await api.ok<P>(PROFILE, { id: child.id })
    expect(p.entity).toMatchObject({ minor: false, minorWhenRecorded: true })
  })

  it('answers an unknown id with entity/not_found', async () => {
    expect(await api.code(PROFILE, { id: 'per-does-not-exist' })).toBe('entity/not_found')
  })
})

describe('updates with optimistic concurrency', () => {
  it('applies a change from the current version and refuses a stale one, keeping the first', async () => {
    const e = await createEntity(api, sourceId, person('Besnik Testi'))
    const first = await api.ok<{ updateEntity: { version: number; name: string } }>(UPDATE, {
      input: {
        id: e.id,
        expectedVersion: 1,
        name: 'Besnik Testi-Gashi',
        person: { category: 'CONVICTED' },
      },
    })
    expect(first.updateEntity).toMatchObject({ version: 2, name: 'Besnik Testi-Gashi' })
    const stale = await api.gql(UPDATE, {
      input: { id: e.id, expectedVersion: 1, name: 'Overwritten' },
    })
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'entity/version_conflict',
      currentVersion: 2,
    })
    const now = await api.ok<{ entity: { name: string; version: number; category: string } }>(
      PROFILE,
      { id: e.id },
    )
    expect(now.entity).toMatchObject({
      name: 'Besnik Testi-Gashi',
      version: 2,
      category: 'CONVICTED',
    })
  })

  it('lets exactly one of two simultaneous edits from the same version win', async () => {
    const e = await createEntity(api, sourceId, person('Race Testi'))
    const results = await Promise.all(
      ['Race Testi A', 'Race Testi B'].map((name) =>
        api.gql<{ updateEntity: { name: string } }>(UPDATE, {
          input: { id: e.id, expectedVersion: 1, name },
        }),
      ),
    )
    const won = results.filter((r) => r.data?.updateEntity)
    const lost = results.filter(
      (r) => r.errors?.[0]?.extensions?.code === 'entity/version_conflict',
    )
    expect([won.length, lost.length]).toEqual([1, 1])
    const now = await api.ok<{ entity: { name: string; version: number } }>(PROFILE, { id: e.id })
    expect(now.entity).toEqual(
      expect.objectContaining({ version: 2, name: won[0]!.data!.updateEntity.name }),
    )
  })

  it('never clears a required field such as the data-subject category', async () => {
    const e = await createEntity(api, sourceId, person('Viktima Testi', 'VICTIM'))
    const before = await graphFingerprint()
    const res = await api.gql(UPDATE, {
      input: { id: e.id, expectedVersion: 1, person: { category: null } },
    })
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'input/invalid',
      field: 'input.person.category',
    })
    expect(await graphFingerprint()).toBe(before)
  })

  it('keeps search in step with renames', async () => {
    const e = await createEntity(api, sourceId, person('Qendresa Zzyzx'))
    await api.ok(UPDATE, { input: { id: e.id, expectedVersion: 1, name: 'Qendresa Xyzzyq' } })
    const r = await api.ok<{ search: { hits: Array<{ entity: { id: string } }> } }>(
      `query($t: String!) { search(text: $t) { hits { entity { id } } } }`,
      { t: 'Ćendresa Xyzzyć' },
    )
    expect(r.search.hits.map((h) => h.entity.id)).toContain(e.id)
  })
})

describe('bad input changes nothing', () => {
  const bad: Array<[string, Record<string, unknown>, string]> = [
    [
      'a malformed date',
      person('X', 'VICTIM', { dateOfBirth: '2013-02-30' }),
      'input/malformed_date',
    ],
    [
      'a date of birth in the future',
      person('X', 'VICTIM', { dateOfBirth: '2099-01-01' }),
      'input/invalid',
    ],
    ['control characters', person('Ar\u0000ta'), 'input/invalid'],
    ['a right-to-left override', person('Arta\u202Eexe.pdf'), 'input/invalid'],
    ['an over-long name', person('x'.repeat(201)), 'input/too_long'],
    ['a missing category', { kind: 'Person', name: 'X', person: {} }, 'input/invalid'],
    [
      'a block of another kind',
      {
        kind: 'Phone',
        name: 'X',
        person: { category: 'SUSPECT' },
        phone: { number: '+38344111222' },
      },
      'entity/kind_mismatch',
    ],
    ['an unknown enum value', person('X', 'DROP_DATABASE'), 'input/invalid'],
    [
      'a malformed phone number',
      { kind: 'Phone', name: 'X', phone: { number: '044-12' } },
      'input/invalid',
    ],
  ]
  it.each(bad)('refuses %s', async (_label, input, code) => {
    const before = await graphFingerprint()
    const res = await api.gql(CREATE, {
      input: { provenance: { ...PROVENANCE, sourceIds: [sourceId] }, ...input },
    })
    expect(res.errors?.[0]?.extensions?.code).toBe(code)
    expect(await graphFingerprint()).toBe(before)
  })

  it('rolls back an entity already written when its case turns out not to exist', async () => {
    const before = await graphFingerprint()
    const res = await api.gql(CREATE, {
      input: {
        ...person('Rollback Testi'),
        caseId: 'cas-unknown',
        provenance: { ...PROVENANCE, sourceIds: [sourceId] },
      },
    })
    expect(res.errors?.[0]?.extensions?.code).toBe('case/not_found')
    expect(await graphFingerprint()).toBe(before)
  })

  it('refuses facts resting on an unknown source', async () => {
    const before = await graphFingerprint()
    const res = await api.gql(CREATE, {
      input: { ...person('Y'), provenance: { ...PROVENANCE, sourceIds: ['src-nope'] } },
    })
    expect(res.errors?.[0]?.extensions?.code).toBe('entity/not_found')
    expect(await graphFingerprint()).toBe(before)
  })

  it('refuses links between kinds the model does not join', async () => {
    const p = await createEntity(api, sourceId, person('Link Testi'))
    const before = await graphFingerprint()
    const res = await api.gql(`mutation($i: CreateLinkInput!) { createLink(input: $i) { id } }`, {
      i: {
        kind: 'CALLED',
        fromId: p.id,
        toId: sourceId,
        provenance: { ...PROVENANCE, sourceIds: [sourceId] },
      },
    })
    expect(res.errors?.[0]?.extensions?.code).toBe('link/invalid_ends')
    expect(await graphFingerprint()).toBe(before)
  })

  it('leaves case membership to addToCase', async () => {
    const p = await createEntity(api, sourceId, person('Member Testi'))
    const res = await api.gql(`mutation($i: CreateLinkInput!) { createLink(input: $i) { id } }`, {
      i: {
        kind: 'PART_OF_CASE',
        fromId: p.id,
        toId: sourceId,
        provenance: { ...PROVENANCE, sourceIds: [sourceId] },
      },
    })
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'input/invalid',
      field: 'input.kind',
    })
  })
})
