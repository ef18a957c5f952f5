import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useChartEditsStore } from './chartEdits'
import { useChartStore, type ChartLink } from './chartStore'
import { useChartViewStore } from './chartViewStore'

const anna = { id: 'per-1', kind: 'Person' as const, name: 'Anna', category: 'VICTIM' }
const boris = { id: 'per-2', kind: 'Person' as const, name: 'Boris', category: 'SUSPECT' }
const phone = { id: 'pho-1', kind: 'Phone' as const, name: '+381 60 111' }
const uses: ChartLink = { id: 'lnk-1', kind: 'USES_PHONE', fromId: 'per-2', toId: 'pho-1' }
/** Edits a turn of the event loop apart, as a user's are. */
const turn = () => new Promise((r) => setTimeout(r, 0))
const ids = () => useChartStore().nodeList.map((n) => n.id)

class MemoryStorage {
  private items = new Map<string, string>()
  getItem = (k: string) => this.items.get(k) ?? null
  setItem = (k: string, v: string) => void this.items.set(k, v)
  removeItem = (k: string) => void this.items.delete(k)
}

describe('undo and redo of chart edits', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    ;(globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage()
  })

  it('undoes an expansion as one edit, nodes and links together, and redoes it', async () => {
    const chart = useChartStore()
    const edits = useChartEditsStore()
    chart.addEntities([boris])
    await turn()
    chart.addSubgraph({ nodes: [phone], links: [uses] })
    await turn()
    expect(chart.visibleLinks).toHaveLength(1)
    edits.undo()
    expect(ids()).toEqual(['per-2'])
    expect(chart.visibleLinks).toHaveLength(0)
    edits.redo()
    expect(ids()).toEqual(['per-2', 'pho-1'])
    expect(chart.visibleLinks.map((l) => l.id)).toEqual(['lnk-1'])
  })

  it('brings a cleared chart back, with its positions', async () => {
    const chart = useChartStore()
    const edits = useChartEditsStore()
    chart.addSubgraph({ nodes: [anna, boris, phone], links: [uses] })
    chart.setPositions({
      'per-1': { x: 1, y: 2 },
      'per-2': { x: 3, y: 4 },
      'pho-1': { x: 5, y: 6 },
    })
    await turn()
    chart.clear()
    await turn()
    expect(ids()).toEqual([])
    edits.undo()
    expect(ids()).toEqual(['per-1', 'per-2', 'pho-1'])
    expect(chart.positions['per-2']).toEqual({ x: 3, y: 4 })
    expect(chart.placement.seq).toBeGreaterThan(0)
  })

  it('undoes a move and a removal, one at a time', async () => {
    const chart = useChartStore()
    const edits = useChartEditsStore()
    chart.addEntities([anna, boris])
    chart.setPositions({ 'per-1': { x: 0, y: 0 }, 'per-2': { x: 10, y: 0 } })
    await turn()
    chart.move({ 'per-1': { x: 50, y: 60 } })
    await turn()
    chart.remove(['per-2'])
    await turn()
    edits.undo()
    expect(ids()).toEqual(['per-1', 'per-2'])
    expect(chart.positions['per-1']).toEqual({ x: 50, y: 60 })
    edits.undo()
    expect(chart.positions['per-1']).toEqual({ x: 0, y: 0 })
    expect(edits.redoable).toBe(2)
  })

  it('undoes hiding a kind in the view', async () => {
    const chart = useChartStore()
    const view = useChartViewStore()
    const edits = useChartEditsStore()
    chart.addEntities([boris, phone])
    await turn()
    view.setKindHidden('Phone', true)
    await turn()
    expect(view.hiddenKinds).toEqual(['Phone'])
    edits.undo()
    await turn()
    expect(view.hiddenKinds).toEqual([])
    expect(ids()).toEqual(['per-2', 'pho-1'])
  })

  it('drops what could be redone when a new edit follows an undo', async () => {
    const chart = useChartStore()
    const edits = useChartEditsStore()
    chart.addEntities([anna])
    await turn()
    chart.addEntities([boris])
    await turn()
    edits.undo()
    await turn()
    chart.addEntities([phone])
    await turn()
    expect(edits.redoable).toBe(0)
    edits.redo()
    expect(ids()).toEqual(['per-1', 'pho-1'])
  })

  it('marks the chart unsaved after an edit, and saved again once saved', async () => {
    const chart = useChartStore()
    const edits = useChartEditsStore()
    expect(edits.dirty).toBe(false)
    chart.addEntities([anna])
    await turn()
    expect(edits.dirty).toBe(true)
    edits.saved({
      id: 'cht-1',
      name: 'Ring',
      caseId: 'cas-1',
      caseNumber: 'PR-1',
      notes: '',
      version: 1,
      savedBy: 'me',
      savedAt: '2026-01-01T00:00:00Z',
      nodes: [],
      links: [],
      annotations: [],
      viewport: null,
      view: null,
    })
    expect(edits.dirty).toBe(false)
    chart.move({ 'per-1': { x: 9, y: 9 } })
    await turn()
    expect(edits.dirty).toBe(true)
  })

  it('keeps a draft for the same user in this tab, and drops another user’s', async () => {
    const chart = useChartStore()
    const edits = useChartEditsStore()
    edits.signedIn('arta')
    chart.addEntities([anna, boris])
    chart.setPositions({ 'per-1': { x: 7, y: 8 } })
    await turn()
    edits.writeNow()

    setActivePinia(createPinia())
    const again = useChartEditsStore()
    again.signedIn('arta')
    expect(ids()).toEqual(['per-1', 'per-2'])
    expect(useChartStore().positions['per-1']).toEqual({ x: 7, y: 8 })
    expect(again.dirty).toBe(true)

    setActivePinia(createPinia())
    useChartEditsStore().signedIn('besnik')
    expect(ids()).toEqual([])
    setActivePinia(createPinia())
    useChartEditsStore().signedIn('arta')
    expect(ids()).toEqual([])
  })
})
