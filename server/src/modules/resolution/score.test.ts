import { describe, expect, it } from 'vitest'
import { identifierParts, nameSimilarity, sameNameKey, scorePair } from './score.ts'

const codes = (s: ReturnType<typeof scorePair>) => s.reasons.map((r) => r.code)

describe('names across spellings', () => {
  it('gives Albanian, Serbian Latin and Cyrillic spellings of one name the same key', () => {
    expect(sameNameKey('Arben Krasniqi', 'Arben Krasnići')).toBe(true)
    expect(sameNameKey('Arben Krasniqi', 'Арбен Краснићи')).toBe(true)
    expect(sameNameKey('ARBEN KRASNICI', 'Krasniqi Arben')).toBe(true)
    expect(sameNameKey('Gjergj Dushi', 'Đerđ Duši')).toBe(true)
    expect(sameNameKey('Arben Krasniqi', 'Arben Gashi')).toBe(false)
  })

  it('rates a typo or an extra middle name as similar, another person as different', () => {
    expect(nameSimilarity('Arben Krasniqi', 'Arben Krasniqqi')).toBeGreaterThan(0.85)
    expect(nameSimilarity('Arben Krasniqi', 'Arben Ramë Krasniqi')).toBeGreaterThan(0.9)
    expect(nameSimilarity('Arben Krasniqi', 'Valon Berisha')).toBeLessThan(0.5)
  })
})

describe('scorePair', () => {
  const arben = { name: 'Arben Krasniqi', dateOfBirth: '1985-03-12' }

  it('scores one person written in three scripts high, with the reasons', () => {
    const s = scorePair(arben, { name: 'Арбен Краснићи', dateOfBirth: '1985-03-12' })
    expect(codes(s)).toEqual(['NAME_SAME_KEY', 'BIRTH_DATE_SAME'])
    expect(s.score).toBeGreaterThan(0.7)
  })

  it('scores namesakes with conflicting birth dates low', () => {
    const s = scorePair(arben, { name: 'Arben Krasnići', dateOfBirth: '1991-07-02' })
    expect(codes(s)).toContain('BIRTH_DATE_CONFLICT')
    expect(s.score).toBeLessThan(0.2)
  })

  it('lets a bank holder known only by name meet a person: name alone is a middling score', () => {
    const s = scorePair({ name: 'ARBEN KRASNIQI' }, arben)
    expect(codes(s)).toEqual(['NAME_SAME_KEY'])
    expect(s.score).toBeGreaterThanOrEqual(0.5)
    expect(s.score).toBeLessThan(0.7)
  })

  it('adds shared phones, addresses and accounts as evidence, with their counts', () => {
    const alone = scorePair(arben, { name: 'Arben Krasniqi' }).score
    const s = scorePair(arben, { name: 'Arben Krasniqi' }, { phones: 2, addresses: 1, assets: 1 })
    expect(s.reasons).toContainEqual({ code: 'PHONE_SHARED', count: 2 })
    expect(s.reasons).toContainEqual({ code: 'ADDRESS_SHARED', count: 1 })
    expect(s.reasons).toContainEqual({ code: 'ASSET_SHARED', count: 1 })
    expect(s.score).toBeGreaterThan(alone)
    expect(s.score).toBeLessThanOrEqual(1)
  })

  it('matches identifiers regardless of spacing and case; one type with two numbers conflicts', () => {
    expect(identifierParts('pn 12 345')).toEqual({ type: 'PN', value: '12345' })
    const same = scorePair(
      { name: 'Arben Krasniqi', identifiers: ['PN 1234567890'] },
      { name: 'A. Krasniqi', identifiers: ['pn 1234 567 890'] },
    )
    expect(codes(same)).toContain('IDENTIFIER_SAME')
    expect(same.score).toBeGreaterThan(0.9)
    const conflict = scorePair(
      { name: 'Arben Krasniqi', identifiers: ['PN 1234567890'] },
      { name: 'Arben Krasniqi', identifiers: ['PN 9999999999', 'PP AB1234567'] },
    )
    expect(codes(conflict)).toContain('IDENTIFIER_CONFLICT')
    expect(conflict.score).toBeLessThan(0.2)
    // Documents of different types say nothing either way.
    const other = scorePair(
      { name: 'Arben Krasniqi', identifiers: ['PN 1234567890'] },
      { name: 'Arben Krasniqi', identifiers: ['PP AB1234567'] },
    )
    expect(codes(other)).toEqual(['NAME_SAME_KEY'])
  })

  it('halves evidence for two different names, and stays within 0..1', () => {
    const s = scorePair({ name: 'Valon Berisha' }, { name: 'Arben Krasniqi' }, { phones: 1 })
    expect(codes(s)).toEqual(['NAME_DIFFERENT', 'PHONE_SHARED'])
    expect(s.score).toBeCloseTo(0.25, 2)
    expect(scorePair({ name: '' }, { name: '' }).score).toBe(0)
  })

  it('compares aliases too', () => {
    const s = scorePair({ name: 'Beni', aliases: ['Arben Krasniqi'] }, { name: 'Арбен Краснићи' })
    expect(codes(s)).toEqual(['NAME_SAME_KEY'])
  })
})
