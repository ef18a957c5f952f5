// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { gqlError, mockApi, testPlugins } from '../../testing/mockApi'
import { useNoticeStore } from '../../ui/noticeStore'
import { useChartStore } from '../networks'
import { useProfileStore } from '../../ui/profileStore'
import SearchResults from './SearchResults.vue'
import { useSearchStore } from './searchStore'

const hits = [
  {
    score: 3.2,
    entity: {
      id: 'p1',
      kind: 'Person',
      name: 'Arta Krasniqi',
      linkCount: 4,
      category: 'VICTIM',
      minor: false,
      minorWhenRecorded: true,
    },
  },
  {
    score: 2.1,
    entity: {
      id: 'p2',
      kind: 'Person',
      name: 'Dragan Petrović',
      linkCount: 9,
      category: 'SUSPECT',
      minor: false,
      minorWhenRecorded: false,
    },
  },
  {
    score: 1,
    entity: { id: 'o1', kind: 'Organization', name: 'Adria Trans d.o.o.', linkCount: 2 },
  },
]

/** A page of hits as the API sends it. */
const result = (nodes: unknown[], totalCount = nodes.length, next: string | null = null) => ({
  search: { totalCount, capped: false, pageInfo: { hasNextPage: !!next, endCursor: next }, nodes },
})

function setup(respond: Parameters<typeof mockApi>[0], text = 'krasniqi') {
  const plugins = testPlugins('en')
  const api = mockApi(respond)
  useSearchStore().submit(text)
  const wrapper = mount(SearchResults, { global: { plugins: [...plugins], provide: api.provide } })
  return { wrapper, api }
}

describe('SearchResults', () => {
  it('lists hits with victim and minor badges', async () => {
    const { wrapper, api } = setup(() => ({ data: result(hits) }))
    await flushPromises()

    expect(api.client.query).toHaveBeenCalledWith(expect.anything(), {
      text: 'krasniqi',
      kinds: null,
      first: 25,
      after: null,
    })
    const rows = wrapper.findAll('[data-testid="search-result"]')
    expect(rows.map((r) => r.attributes('data-entity-id'))).toEqual(['p1', 'p2', 'o1'])
    expect(rows[0]!.find('[data-testid="victim-badge"]').exists()).toBe(true)
    expect(rows[0]!.find('[data-testid="minor-badge"]').exists()).toBe(true)
    expect(rows[0]!.text()).toContain('Victim')
    expect(rows[1]!.find('[data-testid="victim-badge"]').exists()).toBe(false)
    expect(rows[2]!.find('[data-testid="minor-badge"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('3 of 3 results')
  })

  it('marks a pseudonymised person as protected and shows the pseudonym', async () => {
    const hidden = {
      score: 2.5,
      entity: {
        id: 'p9',
        kind: 'Person',
        name: 'Victim 3F2A9C',
        linkCount: 2,
        category: 'VICTIM',
        minor: false,
        minorWhenRecorded: false,
        pseudonymised: true,
      },
    }
    const { wrapper } = setup(() => ({ data: result([hidden, ...hits]) }))
    await flushPromises()
    const rows = wrapper.findAll('[data-testid="search-result"]')
    expect(rows[0]!.text()).toContain('Victim 3F2A9C')
    expect(rows[0]!.find('[data-testid="protected-badge"]').exists()).toBe(true)
    expect(rows[0]!.find('[data-testid="victim-badge"]').exists()).toBe(true)
    expect(rows[1]!.find('[data-testid="protected-badge"]').exists()).toBe(false)
    expect(rows[3]!.find('[data-testid="protected-badge"]').exists()).toBe(false)
  })

  it('opens the profile on click and adds to the chart from the row action', async () => {
    const { wrapper } = setup((op) =>
      op === 'Search'
        ? { data: result(hits) }
        : { data: { links: { totalCount: 0, pageInfo: { hasNextPage: false }, nodes: [] } } },
    )
    await flushPromises()
    const first = wrapper.findAll('[data-testid="search-result"]')[0]!
    await first.find('button.open').trigger('click')
    expect(useProfileStore().focusedId).toBe('p1')
    await first.find('[data-testid="add-to-chart"]').trigger('click')
    expect(useChartStore().nodes.p1).toMatchObject({ name: 'Arta Krasniqi', victim: true })
  })

  it('loads the next page of hits after the last one shown, and says when a search is capped', async () => {
    const { wrapper, api } = setup((_op, vars) =>
      vars.after === 'c2'
        ? { data: result([hits[2]], 3) }
        : { data: result(hits.slice(0, 2), 3, 'c2') },
    )
    await flushPromises()
    expect(wrapper.get('[data-testid="search-count"]').text()).toBe('2 of 3 results')
    await wrapper.get('[data-testid="load-more"]').trigger('click')
    await flushPromises()
    expect(api.client.query).toHaveBeenLastCalledWith(expect.anything(), {
      text: 'krasniqi',
      kinds: null,
      first: 25,
      after: 'c2',
    })
    const ids = wrapper
      .findAll('[data-testid="search-result"]')
      .map((r) => r.attributes('data-entity-id'))
    expect(ids).toEqual(['p1', 'p2', 'o1'])
    expect(wrapper.get('[data-testid="search-count"]').text()).toBe('3 of 3 results')
    expect(wrapper.find('[data-testid="load-more"]').exists()).toBe(false)

    const capped = setup(() => ({
      data: { search: { ...result(hits, 1000, 'c3').search, capped: true } },
    }))
    await flushPromises()
    expect(capped.wrapper.get('[data-testid="search-count"]').text()).toContain(
      '3 of more than 1000 results',
    )
  })

  it('reports a server error code to the banner', async () => {
    setup(() => ({ error: gqlError('search/too_long') }))
    await flushPromises()
    expect(useNoticeStore().current).toMatchObject({ code: 'search/too_long' })
  })

  it('drops an answer that arrives after a newer search', async () => {
    const plugins = testPlugins('en')
    let release: (v: unknown) => void = () => {}
    const slow = new Promise((r) => (release = r))
    const client = {
      query: (_doc: unknown, vars: { text: string }) => ({
        toPromise: () =>
          vars.text === 'old'
            ? slow.then(() => ({ data: result([hits[2]]) }))
            : Promise.resolve({ data: result([hits[0]]) }),
      }),
    }
    const search = useSearchStore()
    search.submit('old')
    const { shallowRef } = await import('vue')
    const wrapper = mount(SearchResults, {
      global: { plugins: [...plugins], provide: { $urql: shallowRef(client) } },
    })
    search.submit('new')
    await flushPromises()
    release(undefined)
    await flushPromises()
    const ids = wrapper
      .findAll('[data-testid="search-result"]')
      .map((r) => r.attributes('data-entity-id'))
    expect(ids).toEqual(['p1'])
  })
})
