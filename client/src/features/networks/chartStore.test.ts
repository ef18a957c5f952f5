import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useChartStore, type ChartLink } from './chartStore'
import { nodeClasses, nodeData } from './chartElements'

const anna = { id: 'p1', kind: 'Person' as const, name: 'Anna', category: 'VICTIM', minor: true }
const boris = { id: 'p2', kind: 'Person' as const, name: 'Boris', category: 'SUSPECT' }
const phone = { id: 'ph1', kind: 'Phone' as const, name: '+381 60 111' }
const recruited: ChartLink = { id: 'l1', kind: 'RECRUITED', fromId: 'p2', toId: 'p1' }
const uses: ChartLink = { id: 'l2', kind: 'USES_PHONE', fromId: 'p2', toId: 'ph1' }

describe('chart store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('adds entities once and reports only the new ones', () => {
    const chart = useChartStore()
    expect(chart.addEntities([anna, boris])).toEqual(['p1', 'p2'])
    expect(chart.addEntities([boris, phone, phone])).toEqual(['ph1'])
    expect(chart.nodeList.map((n) => n.id)).toEqual(['p1', 'p2', 'ph1'])
  })

  it('merges newer data into an entity already on the chart', () => {
    const chart = useChartStore()
    chart.addEntities([boris])
    const convicted = { ...boris, name: 'Boris K.', category: 'CONVICTED' }
    chart.addEntities([convicted])
    expect(chart.nodeList).toHaveLength(1)
    expect(chart.nodes.p2).toMatchObject({ name: 'Boris K.', category: 'CONVICTED' })
  })

  it('derives victim and minor markers', () => {
    const chart = useChartStore()
    chart.addEntities([anna, boris])
    expect(chart.nodes.p1).toMatchObject({ victim: true, minor: true, informant: false })
    expect(chart.nodes.p2).toMatchObject({ victim: false, minor: false })
  })

  it('draws a link only once both ends are on the chart, without duplicates', () => {
    const chart = useChartStore()
    chart.addEntities([boris])
    chart.addLinks([recruited, uses])
    expect(chart.visibleLinks).toEqual([])
    chart.addSubgraph({ nodes: [anna, phone], links: [recruited, recruited] })
    expect(chart.visibleLinks.map((l) => l.id).sort()).toEqual(['l1', 'l2'])
  })

  it('removing an entity hides its links and drops it from the selection', () => {
    const chart = useChartStore()
    chart.addSubgraph({ nodes: [anna, boris, phone], links: [recruited, uses] })
    chart.select('p1')
    chart.select('p2', true)
    chart.remove(['p2'])
    expect(chart.nodeList.map((n) => n.id)).toEqual(['p1', 'ph1'])
    expect(chart.visibleLinks).toEqual([])
    expect(chart.selection).toEqual(['p1'])
  })

  it('path finding is possible with exactly two selected', () => {
    const chart = useChartStore()
    chart.addEntities([anna, boris, phone])
    chart.select('p1')
    expect(chart.canFindPath).toBe(false)
    chart.select('p2', true)
    expect(chart.canFindPath).toBe(true)
    chart.select('ph1', true)
    expect(chart.canFindPath).toBe(false)
    chart.select('ph1', true) // additive click toggles off
    expect(chart.selection).toEqual(['p1', 'p2'])
    chart.select('ph1') // plain click replaces
    expect(chart.selection).toEqual(['ph1'])
  })

  it('clear empties everything and starts a new epoch', () => {
    const chart = useChartStore()
    chart.addSubgraph({ nodes: [anna, boris], links: [recruited] })
    chart.select('p1')
    chart.setHighlight(['p1'], ['l1'])
    const before = chart.epoch
    chart.clear()
    expect(chart.nodeList).toEqual([])
    expect(chart.links).toEqual({})
    expect(chart.selection).toEqual([])
    expect(chart.highlight.nodes.size).toBe(0)
    expect(chart.epoch).toBe(before + 1)
  })

  it('keeps a pseudonymised person under its pseudonym with a protected marker', () => {
    const chart = useChartStore()
    const hidden = { ...anna, id: 'p9', name: 'Victim 3F2A9C', pseudonymised: true }
    chart.addEntities([hidden, boris])
    const node = chart.nodes.p9!
    expect(node).toMatchObject({ name: 'Victim 3F2A9C', pseudonymised: true, victim: true })
    expect(chart.nodes.p2!.pseudonymised).toBe(false)
    const badges = {
      victim: 'V',
      potentialVictim: 'PV',
      minor: '<18',
      informant: 'I',
      protected: 'P',
    }
    expect(nodeData(node, badges).label).toBe('Victim 3F2A9C')
    expect(nodeClasses(node)).toContain('pseudonymised')
    const unmarked = nodeData({ ...node, pseudonymised: false }, badges).image
    expect(nodeData(node, badges).image).not.toBe(unmarked)
  })
})
