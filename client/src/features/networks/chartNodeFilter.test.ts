import { describe, expect, it } from 'vitest'
import type { ChartNode } from './chartStore'
import { filterNodes } from './chartNodeFilter'

const node = (id: string, name: string, kind: ChartNode['kind'] = 'Person') =>
  ({ id, name, kind, category: null }) as ChartNode
const nodes = [
  node('1', 'Ljubiša Đorđević'),
  node('2', 'Arben Krasniqi'),
  node('3', 'Qafë Morinë border crossing', 'Location'),
  node('4', '+383 44 111 222', 'Phone'),
  node('5', 'arben hajdari'),
]

describe('entity list filter', () => {
  it('finds names without their accents, in any case, by every word typed', () => {
    expect(filterNodes(nodes, 'djordjevic', []).map((n) => n.id)).toEqual(['1'])
    expect(filterNodes(nodes, 'dordevic', []).map((n) => n.id)).toEqual(['1'])
    expect(filterNodes(nodes, 'qafe morine', []).map((n) => n.id)).toEqual(['3'])
    expect(filterNodes(nodes, 'ARBEN', []).map((n) => n.id)).toEqual(['5', '2'])
    expect(filterNodes(nodes, '44 111', []).map((n) => n.id)).toEqual(['4'])
  })

  it('keeps only the kinds picked, and sorts by name', () => {
    expect(filterNodes(nodes, '', ['Location', 'Phone']).map((n) => n.id)).toEqual(['4', '3'])
    expect(filterNodes(nodes, '', []).map((n) => n.id)).toEqual(['4', '5', '2', '1', '3'])
  })
})
