import { describe, expect, it } from 'vitest'
import { bar, progressLine } from './progress.ts'

describe('bench progress bar', () => {
  const stages = [
    { name: 'load', weight: 3 },
    { name: 'queries', weight: 1 },
  ]

  it('weighs stages into the whole run', () => {
    expect(progressLine(stages, 0, 0)).toBe('[........................]   0%  1/2 load   0%')
    // Half of a stage worth three quarters: 37 % of the run.
    expect(progressLine(stages, 0, 0.5, '1,000 nodes')).toBe(
      '[#########...............]  37%  1/2 load  50%  1,000 nodes',
    )
    expect(progressLine(stages, 1, 1)).toBe(`[${'#'.repeat(24)}] 100%  2/2 queries 100%`)
  })

  it('clamps what it is given', () => {
    expect(bar(-1, 4)).toBe('[....]')
    expect(bar(2, 4)).toBe('[####]')
  })
})
