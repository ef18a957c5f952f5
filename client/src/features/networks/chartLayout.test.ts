import { describe, expect, it } from 'vitest'
import { layoutMode, layoutOptions, shelfPack } from './chartLayout'

describe('layout choice', () => {
  it('lays out a fresh chart or a large arrival afresh, a few new nodes alone', () => {
    expect(layoutMode(0, 5)).toBe('full')
    expect(layoutMode(54, 150)).toBe('full')
    expect(layoutMode(200, 3)).toBe('add')
    expect(layoutMode(5, 3)).toBe('add')
  })

  it('maps each choice to its algorithm', () => {
    expect(layoutOptions({ name: 'force', mode: 'full' })).toMatchObject({
      name: 'fcose',
      randomize: true,
    })
    expect(layoutOptions({ name: 'hierarchical', mode: 'full' })).toMatchObject({
      name: 'dagre',
      rankDir: 'TB',
    })
    expect(layoutOptions({ name: 'circle', mode: 'full' }).name).toBe('circle')
    const concentric = layoutOptions({ name: 'concentric', mode: 'full' }) as unknown as {
      name: string
      concentric: (n: { degree: (b: boolean) => number }) => number
    }
    expect(concentric.name).toBe('concentric')
    // The most linked in the middle: the ring value is the degree.
    expect(concentric.concentric({ degree: () => 7 })).toBe(7)
  })

  it('adds nodes to any layout with every other node fixed where it stands', () => {
    const fixed = [
      { id: 'a', position: { x: 10, y: 20 } },
      { id: 'b', position: { x: -5, y: 3 } },
    ]
    for (const name of ['force', 'hierarchical', 'circle', 'concentric'] as const) {
      const o = layoutOptions({ name, mode: 'add', fixed }) as unknown as Record<string, unknown>
      expect(o.name).toBe('fcose')
      expect(o.randomize).toBe(false)
      expect(o.fixedNodeConstraint).toEqual([
        { nodeId: 'a', position: { x: 10, y: 20 } },
        { nodeId: 'b', position: { x: -5, y: 3 } },
      ])
    }
  })
})

describe('packing unconnected parts', () => {
  it('stacks parts into rows to the view shape instead of one long row', () => {
    const boxes = Array.from({ length: 9 }, (_, i) => ({ x1: i * 500, y1: 0, w: 100, h: 100 }))
    const at = shelfPack(boxes, 1, 0)
    const width = Math.max(...at.map((p) => p.x)) + 100
    const height = Math.max(...at.map((p) => p.y)) + 100
    expect(width).toBe(300)
    expect(height).toBe(300)
    // No two parts overlap.
    const keys = new Set(at.map((p) => `${p.x},${p.y}`))
    expect(keys.size).toBe(9)
  })
})
