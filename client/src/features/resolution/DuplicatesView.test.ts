// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { mockApi, testPlugins } from '../../testing/mockApi'
import DuplicatesView from './DuplicatesView.vue'
import { MIN_SCORE, QUEUE_PAGE } from './useResolution'

const kase = (i: number) => ({
  id: `cas-${i}`,
  name: `Operation ${i}`,
  caseNumber: `KP-${i}`,
  status: 'OPEN',
  openedOn: '2024-01-01',
  offence: null,
  memberCount: 3,
})

function setup() {
  const api = mockApi((op) => {
    if (op === 'Cases')
      return {
        data: {
          cases: {
            totalCount: 2,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [kase(1), kase(2)],
          },
        },
      }
    if (op === 'RecentMerges') return { data: { recentMerges: [] } }
    return { data: { duplicateCandidates: [] } }
  })
  const wrapper = mount(DuplicatesView, {
    global: { plugins: [...testPlugins('en')], provide: api.provide },
  })
  return { wrapper, api }
}

const queueCalls = (api: ReturnType<typeof mockApi>) =>
  (api.client.query.mock.calls as unknown[][])
    .map((c) => c[1] as Record<string, unknown>)
    .filter((v) => 'minScore' in v)

describe('DuplicatesView', () => {
  it("asks for every case's queue first, then for the queue of the case chosen", async () => {
    const { wrapper, api } = setup()
    await flushPromises()
    expect(queueCalls(api).at(-1)).toEqual({
      kind: 'Person',
      caseId: null,
      minScore: MIN_SCORE,
      first: QUEUE_PAGE,
    })
    const select = wrapper.get('[data-testid="duplicates-case"]')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'All cases I see',
      'KP-1 Operation 1',
      'KP-2 Operation 2',
    ])
    await select.setValue('cas-2')
    await flushPromises()
    expect(queueCalls(api).at(-1)).toMatchObject({ kind: 'Person', caseId: 'cas-2' })
  })
})
