import { describe, expect, it } from 'vitest'
import { CombinedError } from '@urql/core'
import {
  createLinkInput,
  emptyLinkDraft,
  kindsBetween,
  updateLinkInput,
  validateLinkDraft,
  type LinkDraft,
} from './linkModel'
import { readFailure } from './useRecording'

const graded = (d: LinkDraft): LinkDraft => ({
  ...d,
  provenance: {
    ...d.provenance,
    sources: [{ id: 'src-1', name: 'Intercept 3' }],
    reliability: 'C',
    credibility: '3',
  },
})

describe('link drafts', () => {
  it('offers the kinds the model allows between two ends, in that direction', () => {
    expect(kindsBetween('Person', 'Phone')).toEqual(['USES_PHONE'])
    expect(kindsBetween('Phone', 'Person')).toEqual([])
    expect(kindsBetween('Person', 'Person')).toContain('RECRUITED')
    expect(kindsBetween('Person', 'Case')).toEqual([])
  })

  it('asks for a kind and provenance, and checks the kind’s fields', () => {
    expect(validateLinkDraft(emptyLinkDraft())).toMatchObject({
      kind: 'required',
      'provenance.sourceIds': 'source_required',
    })
    const paid = graded(emptyLinkDraft('PAID'))
    paid.fields = { amount: '-3', currency: 'eu', at: '' }
    expect(validateLinkDraft(paid)).toEqual({
      'fields.amount': 'out_of_range',
      'fields.currency': 'currency_code',
    })
    const called = graded(emptyLinkDraft('CALLED'))
    called.fields = { durationSeconds: '12.5' }
    expect(validateLinkDraft(called)).toEqual({ 'fields.durationSeconds': 'invalid' })
  })

  it('sends the kind’s fields, times with their zone, and only changes on update', () => {
    const d = graded(emptyLinkDraft('CONTROLLED'))
    d.fields = { meansOfControl: ['DEBT_BONDAGE', 'THREATS'] }
    expect(createLinkInput(d, 'per-1', 'per-2')).toMatchObject({
      kind: 'CONTROLLED',
      fromId: 'per-1',
      toId: 'per-2',
      fields: { meansOfControl: ['DEBT_BONDAGE', 'THREATS'] },
      provenance: { sourceIds: ['src-1'], reliability: 'C', credibility: 3, handling: 'H0' },
    })
    const base = graded(emptyLinkDraft('PAID'))
    base.fields = { amount: '100', currency: 'EUR', at: '2024-03-01T10:30' }
    const now = JSON.parse(JSON.stringify(base)) as LinkDraft
    now.fields.amount = '250'
    expect(updateLinkInput(now, base, 'lnk-1', 2)).toEqual({
      id: 'lnk-1',
      expectedVersion: 2,
      fields: { amount: 250 },
    })
    expect(createLinkInput(base, 'a', 'b').fields?.at).toBe(
      new Date('2024-03-01T10:30').toISOString(),
    )
  })
})

describe('reading a failed save', () => {
  const failed = (extensions: Record<string, unknown>) =>
    new CombinedError({ graphQLErrors: [{ message: 'raw server text', extensions }] })

  it('puts each field code beside its field', () => {
    const f = readFailure(
      failed({
        code: 'input/invalid',
        field: 'input.name',
        fields: [
          { field: 'input.name', code: 'required' },
          { field: 'input.location.point.lat', code: 'out_of_range' },
          { field: 'input.provenance.sourceIds', code: 'made_up' },
        ],
      }),
    )
    expect(f).toEqual({
      fields: {
        name: 'required',
        'location.point': 'out_of_range',
        'provenance.sourceIds': 'invalid',
      },
      conflict: null,
      error: null,
    })
  })

  it('turns a stale version into a conflict with the version to overwrite', () => {
    expect(readFailure(failed({ code: 'link/version_conflict', currentVersion: 7 }))).toEqual({
      fields: {},
      conflict: { currentVersion: 7 },
      error: null,
    })
  })

  it('names a source that is gone on the sources, and keeps other errors as codes', () => {
    expect(
      readFailure(failed({ code: 'entity/not_found', field: 'input.provenance.sourceIds' })).fields,
    ).toEqual({ 'provenance.sourceIds': 'not_found' })
    expect(readFailure(failed({ code: 'auth/forbidden' })).error).toEqual({
      code: 'auth/forbidden',
    })
  })
})
