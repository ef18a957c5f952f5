import { cyrillicToLatin, phoneticKey } from '@htwb/graph'
import { describe, expect, it } from 'vitest'
import { iban, luhn } from './identity.ts'
import { toSerbianCyrillic, toSerbianSpelling } from './names.ts'
import { Rng } from './random.ts'

describe('Serbian spellings of Albanian names', () => {
  it.each([
    ['Krasniqi', 'Krasnići'],
    ['Thaçi', 'Tači'],
    ['Bytyqi', 'Bitići'],
    ['Hoxha', 'Hodža'],
    ['Shala', 'Šala'],
    ['Gjinolli', 'Đinoli'],
    ['Xhemajli', 'Džemajli'],
    ['Qëndrim', 'Ćendrim'],
  ])('%s → %s', (sq, sr) => {
    expect(toSerbianSpelling(sq)).toBe(sr)
    expect(phoneticKey(sr)).toBe(phoneticKey(sq))
  })
})

describe('Serbian Cyrillic', () => {
  it.each([
    ['Đorđević', 'Ђорђевић'],
    ['Ljubiša Nikolić', 'Љубиша Николић'],
    ['Njegoš Živković', 'Његош Живковић'],
    ['Džoni Stanković', 'Џони Станковић'],
    ['Snežana Lukić', 'Снежана Лукић'],
  ])('%s → %s and back', (latin, cyr) => {
    expect(toSerbianCyrillic(latin)).toBe(cyr)
    expect(cyrillicToLatin(cyr)).toBe(latin)
  })
})

describe('identifiers', () => {
  it('builds IBANs that pass the ISO 13616 check', () => {
    const acct = iban('1212012345678906')
    expect(acct).toMatch(/^XK\d{2}( \d{4}){4}$/)
    const s = acct.replace(/ /g, '')
    const moved = s.slice(4) + s.slice(0, 4)
    const digits = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
    let r = 0
    for (const ch of digits) r = (r * 10 + Number(ch)) % 97
    expect(r).toBe(1)
  })
  it('computes Luhn check digits for IMEIs', () => {
    expect(luhn('49015420323751')).toBe('8')
  })
})

describe('Rng', () => {
  it('is reproducible per key and differs across keys', () => {
    const a = new Rng(1, 2)
    const b = new Rng(1, 2)
    const c = new Rng(1, 3)
    const xs = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs)
  })
  it('keeps int within bounds and shuffle a permutation', () => {
    const r = new Rng(42)
    for (let i = 0; i < 1000; i++) {
      const x = r.int(3, 7)
      expect(x).toBeGreaterThanOrEqual(3)
      expect(x).toBeLessThanOrEqual(7)
    }
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5])
  })
})

describe('cached search keys', () => {
  it('equal searchText over all values at once', async () => {
    const { searchText } = await import('@htwb/graph')
    const { cachedSearchText } = await import('./sink.ts')
    const values = [
      'Arben Krasniqi',
      'Arben Krasnići',
      'Арбен Краснићи',
      '+38344123456',
      'PN 1234567890',
      null,
      'Krasniqi',
      'Rr. Nëna Terezë 12/3, Prishtinë',
      'Motel "Venus" (Đakovica)',
      'Criminal report PPS-2012-0042: Trafficking',
      'Džoni_Đokić; x-y',
    ]
    expect(cachedSearchText(values)).toBe(searchText(values))
    expect(cachedSearchText(values)).toBe(searchText(values))
  })
})

describe('dates', () => {
  it('formats date-times as Date.toISOString does', async () => {
    const { isoDateTime, dayOf } = await import('./dates.ts')
    for (const [day, s] of [
      [dayOf(2012, 2, 29), 0],
      [dayOf(2019, 12, 31), 86_399],
      [dayOf(2011, 1, 1), 3_723],
    ] as const) {
      expect(isoDateTime(day, s)).toBe(new Date(day * 86_400_000 + s * 1000).toISOString())
    }
  })
})
