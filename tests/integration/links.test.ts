import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher, graphFingerprint } from '../support/db.ts'
import { createEntity, createLink, createSource, person } from '../support/fixtures.ts'

const UPDATE = `mutation($i: UpdateLinkInput!) {
  updateLink(input: $i) { id version relation provenance { grading } }
}`

let api: Api
let sourceId: string
beforeAll(async () => {
  api = await Api.signedIn('supervisor')
  sourceId = await createSource(api, 'Link update statement')
})

describe('updating a link', () => {
  it('applies a change from the current version and refuses a stale one, keeping the first', async () => {
    const a = await createEntity(api, sourceId, person('Link Testi Arben'))
    const b = await createEntity(api, sourceId, person('Link Testi Besa'))
    const link = await createLink(api, sourceId, 'FAMILY', a.id, b.id, { relation: 'SIBLING' })
    expect(link.version).toBe(1)

    const first = await api.ok<{ updateLink: { version: number; relation: string } }>(UPDATE, {
      i: {
        id: link.id,
        expectedVersion: 1,
        fields: { relation: 'SPOUSE' },
        provenance: { sourceIds: [sourceId], reliability: 'A', credibility: 1, handling: 'H1' },
      },
    })
    expect(first.updateLink).toMatchObject({
      version: 2,
      relation: 'SPOUSE',
      provenance: { grading: 'A1' },
    })

    const before = await graphFingerprint()
    const stale = await api.gql(UPDATE, {
      i: { id: link.id, expectedVersion: 1, fields: { relation: 'PARENT' } },
    })
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'link/version_conflict',
      field: 'input.expectedVersion',
      currentVersion: 2,
    })
    expect(await graphFingerprint()).toBe(before)
    const [stored] = await cypher<{ relation: string; version: number }>(
      `MATCH ()-[r:FAMILY {id: $id}]->() RETURN r.relation AS relation, r.version AS version`,
      { id: link.id },
    )
    expect(stored).toEqual({ relation: 'SPOUSE', version: 2 })
    // The refusal is recorded, the change that won is audited with both persons.
    const [refused] = await cypher<{ outcome: string }>(
      `MATCH (a:AuditEntry {operation: 'updateLink'}) RETURN a.outcome AS outcome ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(refused?.outcome).toBe('REFUSED')
    const [altered] = await cypher<{ personIds: string[] }>(
      `MATCH (a:AuditEntry {operation: 'updateLink', outcome: 'OK'}) RETURN a.personIds AS personIds ORDER BY a.seq DESC LIMIT 1`,
    )
    expect([...altered!.personIds].sort()).toEqual([a.id, b.id].sort())
  })

  it('answers an unknown link id with link/not_found', async () => {
    expect(
      await api.code(UPDATE, { i: { id: 'lnk-does-not-exist', expectedVersion: 1, fields: {} } }),
    ).toBe('link/not_found')
  })
})
