import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { graphFingerprint } from '../support/db.ts'
import { createEntity, createLink, createSource, person, PROVENANCE } from '../support/fixtures.ts'

// What the recording forms rely on: every wrong field of one request named with a code the form
// translates beside the field, and a stale version answered with a code and the current version.

const CREATE = `mutation Create($input: CreateEntityInput!) { createEntity(input: $input) { id } }`
const UPDATE = `mutation Update($input: UpdateEntityInput!) { updateEntity(input: $input) { id version name } }`
const LINK = `mutation Link($input: CreateLinkInput!) { createLink(input: $input) { id } }`
const UPDATE_LINK = `mutation UpdateLink($input: UpdateLinkInput!) { updateLink(input: $input) { id version amount } }`

interface Extensions {
  code?: string
  field?: string
  fields?: Array<{ field: string; code: string }>
  currentVersion?: number
}
const extensionsOf = (res: { errors?: Array<{ extensions?: unknown }> }) =>
  res.errors?.[0]?.extensions as Extensions | undefined

let api: Api
let sourceId: string
beforeAll(async () => {
  api = await Api.signedIn('investigator')
  sourceId = await createSource(api, 'Recording test statement')
})

describe('field-level validation details', () => {
  it('names every wrong field of a new person at once, and writes nothing', async () => {
    const before = await graphFingerprint()
    const res = await api.gql(CREATE, {
      input: {
        kind: 'Person',
        name: '   ',
        person: { nationality: 'Kosovo', aliases: ['x'.repeat(201)] },
        provenance: { ...PROVENANCE, validFrom: '2024-05-01', validTo: '2024-01-01' },
      },
    })
    const ext = extensionsOf(res)
    expect(ext?.code).toBe('input/invalid')
    expect(ext?.fields).toEqual(
      expect.arrayContaining([
        { field: 'input.name', code: 'required' },
        { field: 'input.person.category', code: 'required' },
        { field: 'input.person.nationality', code: 'country_code' },
        { field: 'input.person.aliases', code: 'too_long' },
        { field: 'input.provenance.sourceIds', code: 'source_required' },
        { field: 'input.provenance.validTo', code: 'before_start' },
      ]),
    )
    expect(ext?.fields).toHaveLength(6)
    // The first problem keeps the shape clients read before: one field, as the list's first.
    expect(ext?.field).toBe(ext?.fields?.[0]?.field)
    expect(await graphFingerprint()).toBe(before)
  })

  it('names a phone number and a date of birth the model refuses', async () => {
    const phone = extensionsOf(
      await api.gql(CREATE, {
        input: {
          kind: 'Phone',
          name: 'Burner',
          phone: { number: '044 12', imei: '12ab' },
          provenance: { ...PROVENANCE, sourceIds: [sourceId] },
        },
      }),
    )
    expect(phone?.fields).toEqual([
      { field: 'input.phone.number', code: 'phone_number' },
      { field: 'input.phone.imei', code: 'imei' },
    ])
    const future = extensionsOf(
      await api.gql(CREATE, {
        input: {
          ...person('Future Testi', 'WITNESS', { dateOfBirth: '2099-01-01' }),
          provenance: { ...PROVENANCE, sourceIds: [sourceId] },
        },
      }),
    )
    expect(future?.fields).toEqual([{ field: 'input.person.dateOfBirth', code: 'in_future' }])
  })

  it('names the field of a date that is no calendar date', async () => {
    const ext = extensionsOf(
      await api.gql(CREATE, {
        input: {
          ...person('Leap Testi', 'WITNESS', { dateOfBirth: '2001-02-29' }),
          provenance: { ...PROVENANCE, sourceIds: [sourceId] },
        },
      }),
    )
    expect(ext).toMatchObject({
      code: 'input/malformed_date',
      field: 'input.person.dateOfBirth',
      fields: [{ field: 'input.person.dateOfBirth', code: 'malformed_date' }],
    })
  })

  it('names wrong link fields and missing sources', async () => {
    const a = await createEntity(api, sourceId, person('Payer Testi'))
    const b = await createEntity(api, sourceId, person('Payee Testi'))
    const ext = extensionsOf(
      await api.gql(LINK, {
        input: {
          kind: 'PAID',
          fromId: a.id,
          toId: b.id,
          fields: { amount: -5, currency: 'eur' },
          provenance: PROVENANCE,
        },
      }),
    )
    expect(ext?.fields).toEqual([
      { field: 'input.fields.amount', code: 'out_of_range' },
      { field: 'input.fields.currency', code: 'currency_code' },
      { field: 'input.provenance.sourceIds', code: 'source_required' },
    ])
  })

  it('names wrong fields of an update too, leaving the record as it was', async () => {
    const e = await createEntity(api, sourceId, person('Update Testi'))
    const before = await graphFingerprint()
    const ext = extensionsOf(
      await api.gql(UPDATE, {
        input: { id: e.id, expectedVersion: 1, name: '', person: { category: null } },
      }),
    )
    expect(ext?.fields).toEqual([
      { field: 'input.name', code: 'required' },
      { field: 'input.person.category', code: 'required' },
    ])
    expect(await graphFingerprint()).toBe(before)
  })
})

describe('stale versions', () => {
  it('answers a stale entity update with its code and the current version, which overwrites', async () => {
    const e = await createEntity(api, sourceId, person('Concurrent Testi'))
    await api.ok(UPDATE, { input: { id: e.id, expectedVersion: 1, name: 'Concurrent Testi A' } })
    const stale = extensionsOf(
      await api.gql(UPDATE, {
        input: { id: e.id, expectedVersion: 1, name: 'Concurrent Testi B' },
      }),
    )
    expect(stale).toMatchObject({ code: 'entity/version_conflict', currentVersion: 2 })
    const retried = await api.ok<{ updateEntity: { version: number; name: string } }>(UPDATE, {
      input: { id: e.id, expectedVersion: stale?.currentVersion, name: 'Concurrent Testi B' },
    })
    expect(retried.updateEntity).toMatchObject({ version: 3, name: 'Concurrent Testi B' })
  })

  it('answers a stale link update the same way', async () => {
    const a = await createEntity(api, sourceId, person('Link Payer Testi'))
    const b = await createEntity(api, sourceId, person('Link Payee Testi'))
    const link = await createLink(api, sourceId, 'PAID', a.id, b.id, { amount: 100 })
    await api.ok(UPDATE_LINK, {
      input: { id: link.id, expectedVersion: 1, fields: { amount: 200 } },
    })
    const stale = extensionsOf(
      await api.gql(UPDATE_LINK, {
        input: { id: link.id, expectedVersion: 1, fields: { amount: 300 } },
      }),
    )
    expect(stale).toMatchObject({ code: 'link/version_conflict', currentVersion: 2 })
    const retried = await api.ok<{ updateLink: { version: number; amount: number } }>(UPDATE_LINK, {
      input: { id: link.id, expectedVersion: 2, fields: { amount: 300 } },
    })
    expect(retried.updateLink).toEqual({ id: link.id, version: 3, amount: 300 })
  })
})
