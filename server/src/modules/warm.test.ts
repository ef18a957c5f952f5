import { describe, expect, it } from 'vitest'
import { WARM_STATEMENTS } from './index.ts'

/** What DataAccess adds to every statement (data/visibility.ts viewerParams). */
const VIEWER = [
  'viewerId',
  'viewerName',
  'viewerCaseIds',
  'allCases',
  'victimCleared',
  'informantCleared',
]

describe('the start-up warm-up (data/warm.ts)', () => {
  it('gives every statement each parameter it reads, so none fails and is left cold', () => {
    expect(WARM_STATEMENTS.length).toBeGreaterThan(10)
    for (const s of WARM_STATEMENTS) {
      const used = new Set([...s.query.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))
      const missing = [...used].filter((p) => !(p in s.params) && !VIEWER.includes(p))
      expect(missing, s.query.slice(0, 80)).toEqual([])
    }
  })

  it('only reads: it runs as a viewer of no case, in a read transaction', () => {
    for (const s of WARM_STATEMENTS)
      expect(s.query, s.query.slice(0, 80)).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/)
  })
})
