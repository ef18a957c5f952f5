import { describe, expect, it } from 'vitest'
import { againstFloor, againstTarget, percentile, summarize } from './stats.ts'

describe('bench statistics', () => {
  it('takes nearest-rank percentiles, so p95 of 40 samples ignores the two slowest', () => {
    const samples = Array.from({ length: 40 }, (_, i) => i + 1)
    samples[39] = 1000
    const s = summarize(samples.reverse())
    expect(s).toEqual({ n: 40, p50: 20, p95: 38, max: 1000 })
  })

  it('answers for one sample and for none', () => {
    expect(summarize([7])).toEqual({ n: 1, p50: 7, p95: 7, max: 7 })
    expect(Number.isNaN(percentile([], 0.5))).toBe(true)
  })

  it('says by how much a target is missed', () => {
    expect(againstTarget(12, 15)).toBe('met')
    expect(againstTarget(36, 15)).toBe('missed by 2.4×')
    expect(againstFloor(45, 30)).toBe('met')
    expect(againstFloor(10, 30)).toBe('missed by 3.0×')
    expect(againstTarget(Number.NaN, 15)).toBe('not measured')
  })
})
