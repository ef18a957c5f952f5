import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { graphFingerprint } from '../support/db.ts'
import { createEntity, createSource, person, PROVENANCE } from '../support/fixtures.ts'

const CREATE_CASE = `mutation($i: CreateCaseInput!) { createCase(input: $i) { id caseNumber status memberCount } }`
const ADD = `mutation($c: ID!, $ids: [ID!]!) { addToCase(caseId: $c, entityIds: $ids) { id memberCount } }`
const REMOVE = `mutation($c: ID!, $ids: [ID!]!) { removeFromCase(caseId: $c, entityIds: $ids) { id memberCount } }`
const MEMBERS = `query($id: ID!) { entity(id: $id) { id ... on Case { memberCount members { nodes { id kind } } } } }`
const CASES = `{ cases(first: 200) { nodes { id caseNumber status } } }`

let api: Api
let sourceId: string
beforeAll(async () => {
  api = await Api.signedIn()
  sourceId = await createSource(api)
})

const newCase = (caseNumber = `TST-${randomUUID().slice(0, 8)}`) =>
  api.ok<{ createCase: { id: string; caseNumber: string; status: string; memberCount: number } }>(
    CREATE_CASE,
    {
      i: {
        caseNumber,
        name: 'Operation Test',
        offence: 'Trafficking in persons',
        provenance: PROVENANCE,
      },
    },
  )

describe('cases', () => {
  it('creates, lists, adds and removes members', async () => {
    const { createCase: c } = await newCase()
    expect(c).toMatchObject({ status: 'OPEN', memberCount: 0 })
    const list = await api.ok<{ cases: { nodes: Array<{ id: string }> } }>(CASES)
    expect(list.cases.nodes.map((x) => x.id)).toContain(c.id)

    const a = await createEntity(api, sourceId, person('Case Member A'))
    const b = await createEntity(api, sourceId, person('Case Member B', 'WITNESS'))
    expect(
      (await api.ok<{ addToCase: { memberCount: number } }>(ADD, { c: c.id, ids: [a.id, b.id] }))
        .addToCase.memberCount,
    ).toBe(3)
    // Adding again is idempotent.
    expect(
      (await api.ok<{ addToCase: { memberCount: number } }>(ADD, { c: c.id, ids: [a.id] }))
        .addToCase.memberCount,
    ).toBe(3)
    // The source both rest on joined with them: the case's team must be able to open it.
    const m = await api.ok<{ entity: { members: { nodes: Array<{ id: string }> } } }>(MEMBERS, {
      id: c.id,
    })
    expect(new Set(m.entity.members.nodes.map((x) => x.id))).toEqual(
      new Set([a.id, b.id, sourceId]),
    )
    expect(
      (await api.ok<{ removeFromCase: { memberCount: number } }>(REMOVE, { c: c.id, ids: [a.id] }))
        .removeFromCase.memberCount,
    ).toBe(2)
  })

  it('refuses a duplicate case number', async () => {
    const { createCase: c } = await newCase()
    const before = await graphFingerprint()
    expect(
      await api.code(CREATE_CASE, {
        i: { caseNumber: c.caseNumber, name: 'Again', provenance: PROVENANCE },
      }),
    ).toBe('case/duplicate_number')
    expect(await graphFingerprint()).toBe(before)
  })

  it('adds nobody when one id is unknown', async () => {
    const { createCase: c } = await newCase()
    const a = await createEntity(api, sourceId, person('Case Member C'))
    const before = await graphFingerprint()
    expect(await api.code(ADD, { c: c.id, ids: [a.id, 'per-unknown'] })).toBe('entity/not_found')
    expect(await api.code(ADD, { c: 'cas-unknown', ids: [a.id] })).toBe('case/not_found')
    expect(await graphFingerprint()).toBe(before)
  })

  it('has the demo cases', async () => {
    const list = await api.ok<{ cases: { nodes: Array<{ caseNumber: string }> } }>(CASES)
    expect(list.cases.nodes.length).toBeGreaterThan(10)
  })
})
