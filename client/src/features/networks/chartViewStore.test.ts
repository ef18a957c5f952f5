import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useChartViewStore } from './chartViewStore'
import { useSessionReset } from '../../ui/sessionReset'

const victim = { id: 'p1', kind: 'Person' as const, category: 'VICTIM' as const }
const phone = { id: 'ph1', kind: 'Phone' as const, category: null }

describe('chart view store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('hides by kind, by category and by id, and shows all again in one call', () => {
    const view = useChartViewStore()
    view.setKindHidden('Phone', true)
    expect(view.isHidden(phone)).toBe(true)
    expect(view.isHidden(victim)).toBe(false)
    view.setCategoryHidden('VICTIM', true)
    expect(view.isHidden(victim)).toBe(true)
    view.setCategoryHidden('VICTIM', false)
    view.hideIds(['p1'])
    expect(view.isHidden(victim)).toBe(true)
    expect(view.hidesAnything).toBe(true)
    view.showAll()
    expect(view.isHidden(victim) || view.isHidden(phone)).toBe(false)
    expect(view.hidesAnything).toBe(false)
  })

  it('round-trips through a plain JSON snapshot', () => {
    const view = useChartViewStore()
    view.setKindHidden('Phone', true)
    view.hideIds(['x9'])
    const g = view.addGroup('Krasniqi family', ['p1', 'p2'])
    view.setCollapsed(g.id, true)
    view.setLayout('hierarchical')
    view.setFormat({ sizeBy: 'degree', colourBy: 'category', labelDates: true })
    const json = JSON.parse(JSON.stringify(view.snapshot()))

    setActivePinia(createPinia())
    const fresh = useChartViewStore()
    fresh.restore(json)
    expect(fresh.snapshot()).toEqual(json)
    expect(fresh.groups[0]).toMatchObject({ label: 'Krasniqi family', collapsed: true })
    // A group added after a restore never takes the id of a restored one.
    expect(fresh.addGroup('other', ['p9']).id).not.toBe(g.id)
  })

  it('restores an old or damaged state with defaults rather than failing', () => {
    const view = useChartViewStore()
    view.restore({ layout: 'spiral' as never, format: { sizeBy: 'magic' } as never })
    expect(view.layout).toBe('force')
    expect(view.format.sizeBy).toBe('none')
    expect(view.hiddenKinds).toEqual([])
  })

  it('keeps an entity in one group at most and forgets entities removed from the chart', () => {
    const view = useChartViewStore()
    view.addGroup('family', ['p1', 'p2'])
    view.addGroup('gang', ['p3'], 'org1')
    view.addGroup('moved', ['p2', 'p3'])
    expect(view.groups.map((g) => [g.label, g.memberIds])).toEqual([
      ['family', ['p1']],
      ['gang', ['org1']],
      ['moved', ['p2', 'p3']],
    ])
    view.forget(['org1', 'p1'])
    expect(view.groups.map((g) => g.label)).toEqual(['moved'])
  })

  it('is emptied when the session ends', () => {
    const view = useChartViewStore()
    view.hideIds(['p1'])
    view.setLayout('circle')
    useSessionReset().resetAll()
    expect(view.hiddenIds).toEqual([])
    expect(view.layout).toBe('force')
  })
})
