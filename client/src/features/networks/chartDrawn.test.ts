import { describe, expect, it } from 'vitest'
import type { ChartLink, ChartNode } from './chartStore'
import type { ChartGroup } from './chartViewStore'
import { drawn, suggestedGroups } from './chartDrawn'

const person = (id: string, name = id, category: ChartNode['category'] = null): ChartNode => ({
  id,
  kind: 'Person',
  name,
  category,
  victim: category === 'VICTIM',
  potentialVictim: false,
  minor: false,
  minorWhenRecorded: false,
  informant: false,
  pseudonymised: false,
})
const org: ChartNode = { ...person('o1', 'Grupi Rama'), kind: 'Organization' }
const phone: ChartNode = { ...person('ph1', '+383 44 111'), kind: 'Phone' }
const link = (id: string, kind: ChartLink['kind'], fromId: string, toId: string): ChartLink => ({
  id,
  kind,
  fromId,
  toId,
})
const nodes = [
  person('a', 'Arben Rama'),
  person('b', 'Besa Rama', 'VICTIM'),
  person('c'),
  org,
  phone,
]
const links = [
  link('l1', 'MEMBER_OF', 'a', 'o1'),
  link('l2', 'MEMBER_OF', 'c', 'o1'),
  link('l3', 'FAMILY', 'a', 'b'),
  link('l4', 'USES_PHONE', 'a', 'ph1'),
  link('l5', 'USES_PHONE', 'c', 'ph1'),
  link('l6', 'RECRUITED', 'c', 'b'),
]
const none = { isHidden: () => false, groups: [] as ChartGroup[] }
const group = (g: Partial<ChartGroup>): ChartGroup => ({
  id: 'group-1',
  label: 'Rama crew',
  anchorId: 'o1',
  memberIds: ['o1', 'a', 'c'],
  collapsed: false,
  ...g,
})

describe('what the chart draws', () => {
  it('draws everything when nothing is hidden or grouped', () => {
    const d = drawn(nodes, links, none)
    expect(d.shown.size).toBe(5)
    expect(d.links).toHaveLength(6)
    expect(d.metaEdges).toEqual([])
  })

  it('leaves hidden entities and their links out but counts them', () => {
    const d = drawn(nodes, links, { ...none, isHidden: (n) => n.kind === 'Phone' })
    expect([...d.hidden]).toEqual(['ph1'])
    expect(d.shown.has('ph1')).toBe(false)
    expect(d.links.map((l) => l.id)).not.toContain('l4')
  })

  it('puts members of an expanded group in its box', () => {
    const d = drawn(nodes, links, { ...none, groups: [group({})] })
    expect(d.parentOf.get('a')).toBe('group-1')
    expect(d.shown.has('a')).toBe(true)
    expect(d.links).toHaveLength(6)
  })

  it('folds a collapsed group into one node with one edge per outside neighbour', () => {
    const d = drawn(nodes, links, { ...none, groups: [group({ collapsed: true })] })
    expect(d.shown.has('a') || d.shown.has('c') || d.shown.has('o1')).toBe(false)
    expect(d.collapsedInto.get('c')).toBe('group-1')
    // Membership inside the group folds away; a and c both use ph1: one edge of 2.
    const toPhone = d.metaEdges.find((e) => [e.source, e.target].includes('ph1'))
    expect(toPhone).toMatchObject({ count: 2, kinds: ['USES_PHONE'] })
    const toVictim = d.metaEdges.find((e) => [e.source, e.target].includes('b'))
    expect(toVictim).toMatchObject({ count: 2, kinds: ['FAMILY', 'RECRUITED'] })
    expect(d.metaEdges).toHaveLength(2)
    expect(d.links).toEqual([])
  })

  it('drops a group whose members are all hidden or off the chart', () => {
    const d = drawn(nodes, links, {
      isHidden: (n) => ['o1', 'a', 'c'].includes(n.id),
      groups: [group({ collapsed: true })],
    })
    expect(d.groups).toEqual([])
    expect(d.hidden.size).toBe(3)
  })

  it('suggests an organisation with its members and a family named by its surname', () => {
    const s = suggestedGroups(nodes, links)
    expect(s).toContainEqual({ label: 'Grupi Rama', anchorId: 'o1', memberIds: ['a', 'c'] })
    expect(s).toContainEqual({ label: 'Rama', anchorId: null, memberIds: ['a', 'b'] })
  })
})
