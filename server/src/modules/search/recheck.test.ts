import { searchText } from '@htwb/graph'
import { describe, expect, it } from 'vitest'
import { matchesQuery } from './recheck.ts'

describe('re-checking a hit against the text the viewer may read', () => {
  const stored = searchText(['Interview with Victim 3FA2C1 in Prizren'])

  it('matches as the index does: prefixes, one edit on longer tokens, any spelling', () => {
    for (const q of ['interview', 'INTERV', 'prizern', 'victim 3fa2', 'Призрен', 'intervjew'])
      expect(matchesQuery(q, stored)).toBe(true)
  })

  it('fails when any token matches nothing left, as the index would', () => {
    for (const q of ['krasniqi', 'interview krasniqi', 'prizrenit', '3fb4c1'])
      expect(matchesQuery(q, stored)).toBe(false)
  })
})
