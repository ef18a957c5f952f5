import { describe, expect, it } from 'vitest'
import type { EntityModel, LinkModel } from '../../data/models.ts'
import { linkRow, nodeRow } from './exports.rows.ts'

const provenance = {
  sourceIds: ['src-1'],
  reliability: 'B',
  credibility: 2,
  handling: 'H1',
  validFrom: '2024-01-01',
  validTo: null,
  recordedBy: 'in.someone',
  recordedAt: '2024-01-02T00:00:00.000Z',
}
const person = (props: Record<string, unknown>): EntityModel => ({
  id: 'per-1',
  kind: 'Person',
  name: 'Arta Berisha',
  version: 3,
  provenance,
  gender: 'FEMALE',
  nationality: 'XK',
  dateOfBirth: '1990-05-06',
  category: 'SUSPECT',
  minor: false,
  minorWhenRecorded: false,
  ftmId: 'ftm-p-arta',
  ...props,
})

describe('rows of a chart export', () => {
  it('carries a suspect’s fields and grading, never the id of the dataset she came from', () => {
    const row = nodeRow(person({}), 'key')
    expect(row).toMatchObject({
      id: 'per-1',
      name: 'Arta Berisha',
      gender: 'FEMALE',
      dateOfBirth: '1990-05-06',
      reliability: 'B',
      credibility: 2,
    })
    expect(JSON.stringify(row)).not.toContain('ftm-p-arta')
    expect(JSON.stringify(row)).not.toContain('in.someone')
  })

  it('leaves a protected person as her pseudonym, with nothing that narrows her down', () => {
    const victim = person({
      name: 'Victim 3FA2C1',
      category: 'VICTIM',
      pseudonymised: true,
      dateOfBirth: null,
    })
    expect(nodeRow(victim, 'key')).toEqual({
      id: 'per-1',
      kind: 'Person',
      name: 'Victim 3FA2C1',
      category: 'VICTIM',
      minor: false,
    })
    // Informants are hidden from most users, not masked; an export masks them too.
    const informant = nodeRow(person({ category: 'INFORMANT' }), 'key')
    expect(informant.name).toMatch(/^Protected person [0-9A-F]{6}$/)
    expect(informant).not.toHaveProperty('gender')
    expect(informant.category).toBeNull()
  })

  it('names a link’s ends as the rows of those ends do', () => {
    const victim = person({
      id: 'per-2',
      name: 'Victim 3FA2C1',
      category: 'VICTIM',
      pseudonymised: true,
    })
    const link: LinkModel = {
      id: 'lnk-1',
      kind: 'EXPLOITED',
      fromId: 'per-1',
      toId: 'per-2',
      version: 1,
      provenance,
      meansOfControl: ['DEBT_BONDAGE', 'THREATS'],
      ftmId: 'ftm-link',
    }
    const row = linkRow(link, person({}), victim, 'key')
    expect(row).toMatchObject({
      fromName: 'Arta Berisha',
      toName: 'Victim 3FA2C1',
      meansOfControl: 'DEBT_BONDAGE; THREATS',
    })
    expect(JSON.stringify(row)).not.toContain('ftm-link')
  })
})
