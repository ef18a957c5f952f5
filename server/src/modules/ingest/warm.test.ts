import { describe, expect, it } from 'vitest'
import { builtInLookups } from './warm.ts'

describe('the start-up warm-up of the import statements', () => {
  it('plans the key lookups and link kinds the built-in mappings use, parties as both kinds', () => {
    const { specs, links } = builtInLookups()
    // call-records: phones by number, calls; bank-transactions: accounts by IBAN, holders.
    expect(specs).toEqual(expect.arrayContaining(['Phone|number', 'Asset|identifier']))
    expect(specs.some((s) => s.startsWith('Person|'))).toBe(true)
    expect(specs.some((s) => s.startsWith('Organization|'))).toBe(true)
    expect(specs.some((s) => s.startsWith('Party|'))).toBe(false)
    expect(links).toEqual(expect.arrayContaining(['CALLED', 'PAID', 'OWNS']))
  })
})
