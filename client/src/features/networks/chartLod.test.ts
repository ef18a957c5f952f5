import { describe, expect, it } from 'vitest'
import {
  FOCUS_LABEL_PX,
  NEIGHBOUR_LABELS,
  focusFontSize,
  focusedIds,
  labelsShownAt,
  tuning,
} from './chartLod'

describe('level of detail', () => {
  it('hides ordinary labels at the zoom of a 200-node chart at Fit, shows them zoomed in', () => {
    expect(labelsShownAt(0.35, 'auto')).toBe(false)
    expect(labelsShownAt(1, 'auto')).toBe(true)
    expect(labelsShownAt(0.35, 'always')).toBe(true)
  })

  it('draws a focused label at a readable size whatever the zoom', () => {
    for (const zoom of [0.2, 0.35, 0.8])
      expect(focusFontSize(zoom) * zoom).toBeCloseTo(FOCUS_LABEL_PX, 0)
    // Zoomed in, never smaller than the ordinary label.
    expect(focusFontSize(2.5)).toBe(10)
  })

  it('labels the selection, the hovered node and their neighbours, a hub only in part', () => {
    const neighbours: Record<string, string[]> = {
      a: ['b', 'c'],
      h: Array.from({ length: 100 }, (_, i) => `n${i}`),
      x: ['y'],
    }
    const of = (id: string) => neighbours[id] ?? []
    expect([...focusedIds(['a'], null, of)].sort()).toEqual(['a', 'b', 'c'])
    expect([...focusedIds(['a'], 'x', of)].sort()).toEqual(['a', 'b', 'c', 'x', 'y'])
    expect(focusedIds(['h'], null, of).size).toBe(1 + NEIGHBOUR_LABELS)
    expect(focusedIds([], null, of).size).toBe(0)
  })

  it('trades detail for speed only on big charts', () => {
    expect(tuning(250, 400)).toEqual({
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      haystack: false,
    })
    expect(tuning(5000, 7500)).toEqual({
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      haystack: true,
    })
  })
})
