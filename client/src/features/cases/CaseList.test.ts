// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { mockApi, testPlugins } from '../../testing/mockApi'
import { useChartStore } from '../networks'
import CaseList from './CaseList.vue'
import { messages } from './messages'
import { CASE_MEMBER_PAGE, CASE_PAGE } from './useCases'

const kase = (i: number) => ({
  id: `cas-${i}`,
  name: `Operation ${i}`,
  caseNumber: `KP-${i}`,
  status: 'OPEN',
  openedOn: '2024-01-01',
  offence: null,
  memberCount: 3,
})
const person = (i: number) => ({
  id: `per-${i}`,
  kind: 'Person',
  name: `Person ${i}`,
  linkCount: 0,
  category: 'SUSPECT',
  minor: false,
  minorWhenRecorded: false,
  pseudonymised: false,
})
const page = <T>(nodes: T[], totalCount: number, next: string | null) => ({
  totalCount,
  offences: ['Trafficking in human beings', 'Facilitation of prostitution'],
  years: [2024, 2023],
  pageInfo: { hasNextPage: !!next, endCursor: next },
  nodes,
})

function setup() {
  const plugins = testPlugins('en')
  // The shell merges a feature's texts when it mounts; the test mounts the view alone.
  plugins[1].global.mergeLocaleMessage('en', messages.en)
  const api = mockApi((op, vars) => {
    if (op === 'Cases')
      return {
        data: {
          cases: vars.after
            ? page([kase(51), kase(52)], 52, null)
            : page(
                Array.from({ length: 50 }, (_, i) => kase(i + 1)),
                52,
                'c50',
              ),
        },
      }
    if (op === 'CaseMembers')
      return {
        data: {
          entity: {
            id: vars.id,
            members: vars.after
              ? page([person(3)], 3, null)
              : page([person(1), person(2)], 3, 'm2'),
          },
        },
      }
    return { data: { links: page([], 0, null) } }
  })
  const wrapper = mount(CaseList, { global: { plugins: [...plugins], provide: api.provide } })
  return { wrapper, api }
}

describe('CaseList', () => {
  it('shows n of N cases and loads the next page (a prosecutor with 52 cases sees all 52)', async () => {
    const { wrapper, api } = setup()
    await flushPromises()
    expect(wrapper.findAll('[data-testid="case-item"]')).toHaveLength(50)
    const paging = wrapper.get('[data-testid="cases-paging"]')
    expect(paging.get('[data-testid="page-count"]').text()).toBe('50 of 52')
    await paging.get('[data-testid="load-more"]').trigger('click')
    await flushPromises()
    expect(api.client.query).toHaveBeenLastCalledWith(expect.anything(), {
      status: null,
      offence: null,
      year: null,
      assignedToMe: false,
      first: CASE_PAGE,
      after: 'c50',
    })
    expect(wrapper.findAll('[data-testid="case-item"]')).toHaveLength(52)
    expect(wrapper.get('[data-testid="cases-paging"] [data-testid="page-count"]').text()).toBe(
      '52 of 52',
    )
    expect(wrapper.find('[data-testid="cases-paging"] [data-testid="load-more"]').exists()).toBe(
      false,
    )
  })

  it('filters by offence and year from the choices the server gives, starting over', async () => {
    const { wrapper, api } = setup()
    await flushPromises()
    const offences = wrapper.findAll('[data-testid="case-offence"] option').map((o) => o.text())
    expect(offences).toEqual([
      'Any offence',
      'Trafficking in human beings',
      'Facilitation of prostitution',
    ])
    await wrapper.get('[data-testid="case-offence"]').setValue('Facilitation of prostitution')
    await wrapper.get('[data-testid="case-year"]').setValue('2023')
    await flushPromises()
    expect(api.client.query).toHaveBeenLastCalledWith(expect.anything(), {
      status: null,
      offence: 'Facilitation of prostitution',
      year: 2023,
      assignedToMe: false,
      first: CASE_PAGE,
      after: null,
    })
    // Without case.all (no signed-in supervisor here) "assigned to me" would change nothing.
    expect(wrapper.find('[data-testid="case-mine"]').exists()).toBe(false)
    await wrapper.get('[data-testid="case-filters-clear"]').trigger('click')
    await flushPromises()
    expect(api.client.query).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ offence: null, year: null }),
    )
  })

  it("puts a case's members on the chart a page at a time and says how many are on it", async () => {
    const { wrapper, api } = setup()
    await flushPromises()
    await wrapper.get('[data-case-id="cas-1"] [data-testid="open-case"]').trigger('click')
    await flushPromises()
    const chart = useChartStore()
    expect(Object.keys(chart.nodes)).toEqual(['per-1', 'per-2'])
    const opened = () => wrapper.get('[data-case-id="cas-1"] [data-testid="case-members-paging"]')
    expect(opened().text()).toContain('2 of 3 members on the chart')
    await opened().get('[data-testid="case-members-more"]').trigger('click')
    await flushPromises()
    expect(api.client.query).toHaveBeenCalledWith(expect.anything(), {
      id: 'cas-1',
      first: CASE_MEMBER_PAGE,
      after: 'm2',
    })
    expect(Object.keys(chart.nodes)).toEqual(['per-1', 'per-2', 'per-3'])
    expect(opened().text()).toContain('3 of 3 members on the chart')
    expect(opened().find('[data-testid="case-members-more"]').exists()).toBe(false)
  })
})
