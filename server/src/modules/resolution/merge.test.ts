import { describe, expect, it } from 'vitest'
import { survivorChanges } from './merge.ts'

describe('survivorChanges', () => {
  const keep = {
    name: 'Arben Krasniqi',
    category: 'SUSPECT',
    aliases: ['Beni'],
    identifiers: ['PN 1234567890'],
    sourceIds: ['src-1'],
    nationality: null,
  }

  it('unions sources and identifiers, fills empty fields, adds the other spelling as an alias', () => {
    const c = survivorChanges('Person', keep, {
      name: 'Арбен Краснићи',
      category: 'CONTACT',
      dateOfBirth: '1985-03-12',
      nationality: 'RS',
      aliases: ['beni', 'Krasnići A.'],
      identifiers: ['pn 1234 567 890', 'JMBG 1203985710011'],
      sourceIds: ['src-2', 'src-1'],
    })
    expect(c.sourceIds).toEqual(['src-1', 'src-2'])
    expect(c.dateOfBirth).toBe('1985-03-12')
    expect(c.nationality).toBe('RS')
    expect(c.category).toBeUndefined()
    expect(c.aliases).toEqual(['Beni', 'Арбен Краснићи', 'Krasnići A.'])
    expect(c.identifiers).toEqual(['PN 1234567890', 'JMBG 1203985710011'])
    expect(c.searchText).toContain('arben')
    expect(c.searchText).toContain('kind:person')
  })

  it('changes only the search keys when the absorbed record adds nothing', () => {
    const c = survivorChanges('Person', keep, { name: 'ARBEN KRASNIQI', sourceIds: ['src-1'] })
    expect(Object.keys(c)).toEqual(['searchText'])
  })
})
