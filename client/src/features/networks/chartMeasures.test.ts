import { describe, expect, it } from 'vitest'
import type { ChartLink } from './chartStore'
import {
  BASE_SIZE,
  linkWeights,
  linkWidth,
  measures,
  nodeRoles,
  nodeSize,
  sizeFor,
} from './chartMeasures'

const link = (id: string, kind: ChartLink['kind'], fromId: string, toId: string, extra = {}) =>
  ({ id, kind, fromId, toId, ...extra }) as ChartLink

const calls = [
  link('c1', 'CALLED', 'p1', 'p2'),
  link('c2', 'CALLED', 'p2', 'p1'),
  link('c3', 'CALLED', 'p1', 'p2'),
  link('c4', 'CALLED', 'p1', 'p3'),
  link('pay', 'PAID', 'a', 'b', { amount: 4000 }),
  link('pay2', 'PAID', 'a', 'c', { amount: 1000 }),
]

describe('chart measures', () => {
  it('counts distinct neighbours (degree) apart from links', () => {
    const m = measures(calls)
    expect(m.get('p1')).toEqual({ degree: 2, links: 4 })
    expect(m.get('p3')).toEqual({ degree: 1, links: 1 })
  })

  it('sizes nodes by the measure, the largest biggest, all the same when off', () => {
    expect(nodeSize(10, 10)).toBeGreaterThan(nodeSize(1, 10))
    expect(nodeSize(0, 10)).toBeLessThan(BASE_SIZE)
    expect(sizeFor('none', { degree: 9, links: 9 }, { degree: 9, links: 9 })).toBe(BASE_SIZE)
  })

  it('weighs calls by how many join the same pair, either direction, and payments by amount', () => {
    const byCount = linkWeights(calls, 'count')
    expect(byCount.get('c1')).toBe(3)
    expect(byCount.get('c2')).toBe(3)
    expect(byCount.get('c4')).toBe(1)
    const byAmount = linkWeights(calls, 'amount')
    expect(byAmount.get('pay')).toBe(4000)
    expect(byAmount.has('c1')).toBe(false)
    expect(linkWidth(4000, 4000)).toBeGreaterThan(linkWidth(1000, 4000) as number)
    expect(linkWidth(undefined, 4000)).toBeNull()
  })

  it('gives a node the role it plays most, OTHER only when nothing else', () => {
    const roles = nodeRoles([
      link('m1', 'MEMBER_OF', 'x', 'o', { role: 'OTHER' }),
      link('m2', 'INVOLVED_IN', 'x', 'e1', { role: 'RECRUITER' }),
      link('m3', 'INVOLVED_IN', 'y', 'e1', { role: 'OTHER' }),
    ])
    expect(roles.get('x')).toBe('RECRUITER')
    expect(roles.get('y')).toBe('OTHER')
  })
})
