import { describe, expect, it } from 'vitest'
import { breakdown, single } from './suppression.ts'

describe('small-cell suppression', () => {
  it('withholds counts from 1 to 4 and shows zeros and larger counts', () => {
    expect(single('x', 0)).toEqual({ key: 'x', count: 0, suppressed: false })
    expect(single('x', 3)).toEqual({ key: 'x', count: null, suppressed: true })
    expect(single('x', 5)).toEqual({ key: 'x', count: 5, suppressed: false })
  })

  it('withholds a second cell when one alone could be worked out from the total', () => {
    const cells = breakdown([
      ['SEXUAL', 30],
      ['FORCED_LABOUR', 2],
      ['FORCED_BEGGING', 9],
      ['OTHER', 0],
    ])
    expect(cells.map((c) => c.count)).toEqual([30, null, null, 0])
  })

  it('leaves a breakdown alone when two or more cells are already withheld', () => {
    const cells = breakdown([
      ['A', 20],
      ['B', 1],
      ['C', 2],
    ])
    expect(cells.map((c) => c.count)).toEqual([20, null, null])
  })
})
