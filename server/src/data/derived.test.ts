import { readMigrations } from '@htwb/graph'
import { describe, expect, it } from 'vitest'
import { DERIVE_ALL } from './derived.ts'
import { visible } from './visibility.ts'

const flat = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('derived need-to-know fields', () => {
  it('leave need-to-know with label and property checks only: no subquery, no walk', () => {
    const text = visible('v')
    expect(text).not.toMatch(/EXISTS|COUNT\s*\{|CALL|MATCH|\)-\[|\]-\(|<-/)
    expect(text).toContain('$viewerCaseIds')
  })

  it('are computed for graphs written before them by the same statements a bulk load runs', () => {
    const v16 = readMigrations().find((m) => m.version === 16)
    expect(v16?.statements.map(flat)).toEqual(DERIVE_ALL.map(flat))
  })
})
