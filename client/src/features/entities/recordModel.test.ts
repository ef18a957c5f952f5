import { describe, expect, it } from 'vitest'
import type { RecordFieldsFragment } from '../../generated/graphql'
import {
  changesAnything,
  createInput,
  draftOf,
  emptyDraft,
  updateInput,
  validateDraft,
  type RecordDraft,
} from './recordModel'
import { validateProvenance } from './provenanceModel'

const graded = (d: RecordDraft): RecordDraft => ({
  ...d,
  provenance: {
    ...d.provenance,
    sources: [{ id: 'src-1', name: 'Statement 14/24' }],
    reliability: 'B',
    credibility: '2',
    handling: 'H1',
  },
})

const stored = {
  __typename: 'Person',
  id: 'per-1',
  kind: 'Person',
  name: 'Arben Krasniqi',
  linkCount: 0,
  category: 'SUSPECT',
  minor: false,
  minorWhenRecorded: false,
  pseudonymised: false,
  version: 4,
  firstName: 'Arben',
  lastName: 'Krasniqi',
  aliases: ['Beni'],
  dateOfBirth: '1985-04-02',
  gender: 'MALE',
  nationality: 'XK',
  identifiers: [],
  provenance: {
    reliability: 'B',
    credibility: 2,
    grading: 'B2',
    handling: 'H1',
    validFrom: '2024-01-01',
    validTo: null,
    recordedBy: 'investigator',
    recordedAt: '2024-01-02T10:00:00Z',
    sources: [
      {
        id: 'src-1',
        name: 'Statement 14/24',
        sourceType: 'STATEMENT',
        reference: null,
        date: null,
      },
    ],
  },
} as unknown as RecordFieldsFragment

describe('record drafts: validation', () => {
  it('asks for the name, the kind’s required field, sources and a grading on a new record', () => {
    expect(validateDraft(emptyDraft('Person'))).toEqual({
      name: 'required',
      'person.category': 'required',
      'provenance.sourceIds': 'source_required',
      'provenance.reliability': 'required',
      'provenance.credibility': 'required',
    })
    expect(validateDraft(emptyDraft('Phone'))).toMatchObject({ 'phone.number': 'required' })
  })

  it('checks formats with the server’s codes', () => {
    const d = graded(emptyDraft('Person'))
    d.name = 'Vesa'
    d.fields = {
      ...d.fields,
      category: 'WITNESS',
      nationality: 'Kosovo',
      dateOfBirth: '2030-01-01',
      aliases: 'a\n' + 'x'.repeat(201),
    }
    d.provenance.validFrom = '2024-05-01'
    d.provenance.validTo = '2024-01-01'
    expect(validateDraft(d, new Date('2026-01-01'))).toEqual({
      'person.nationality': 'country_code',
      'person.dateOfBirth': 'in_future',
      'person.aliases': 'too_long',
      'provenance.validTo': 'before_start',
    })
    const phone = graded(emptyDraft('Phone'))
    phone.name = 'Burner'
    phone.fields = { number: '044 123', imei: '12ab' }
    expect(validateDraft(phone)).toEqual({ 'phone.number': 'phone_number', 'phone.imei': 'imei' })
    phone.fields = { number: '+383 44 123-456', imei: '' }
    expect(validateDraft(phone)).toEqual({})
  })

  it('wants both coordinates of a place or neither', () => {
    const d = graded(emptyDraft('Location'))
    d.name = 'Rruga B'
    d.fields = { ...d.fields, locType: 'ADDRESS', lat: '42.66' }
    expect(validateDraft(d)).toEqual({ 'location.point': 'required' })
    d.fields.lon = '200'
    expect(validateDraft(d)).toEqual({ 'location.point': 'out_of_range' })
  })

  it('lets a source rest on no other source', () => {
    const p = { ...emptyDraft('Source').provenance, reliability: 'A', credibility: '1' } as const
    expect(validateProvenance(p, { sourceOptional: true })).toEqual({})
    expect(validateProvenance(p)).toEqual({ 'provenance.sourceIds': 'source_required' })
  })
})

describe('record drafts: mapping', () => {
  it('sends a new record’s filled fields, its provenance and the chosen case', () => {
    const d = graded(emptyDraft('Phone'))
    d.name = 'Burner'
    d.fields = { number: '+383 44 123-456', imei: '' }
    d.provenance.validFrom = '2024-03-01'
    expect(createInput(d, 'cas-7')).toEqual({
      kind: 'Phone',
      name: 'Burner',
      phone: { number: '+38344123456' },
      provenance: {
        sourceIds: ['src-1'],
        reliability: 'B',
        credibility: 2,
        handling: 'H1',
        validFrom: '2024-03-01',
        validTo: null,
      },
      caseId: 'cas-7',
    })
    expect(createInput(d, null)).not.toHaveProperty('caseId')
  })

  it('reads a stored record back into the form', () => {
    const d = draftOf(stored, 'Person')
    expect(d.name).toBe('Arben Krasniqi')
    expect(d.fields).toMatchObject({
      category: 'SUSPECT',
      aliases: 'Beni',
      dateOfBirth: '1985-04-02',
    })
    expect(d.provenance).toMatchObject({
      reliability: 'B',
      credibility: '2',
      validFrom: '2024-01-01',
    })
  })

  it('updates only what changed, so an overwrite keeps the other editor’s other fields', () => {
    const base = draftOf(stored, 'Person')
    const d = draftOf(stored, 'Person')
    d.fields.aliases = 'Beni\nBeni K.'
    d.fields.gender = ''
    const input = updateInput(d, base, 'per-1', 4)
    expect(input).toEqual({
      id: 'per-1',
      expectedVersion: 4,
      person: { aliases: ['Beni', 'Beni K.'], gender: null },
    })
    expect(changesAnything(updateInput(draftOf(stored, 'Person'), base, 'per-1', 4))).toBe(false)
    d.provenance.credibility = '3'
    expect(updateInput(d, base, 'per-1', 5).provenance).toMatchObject({ credibility: 3 })
  })
})
