// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { Role } from '../generated/graphql'
import { mockApi, testPlugins } from '../testing/mockApi'
import type { Feature } from '../ui/feature'
import { useLayoutStore } from '../ui/layoutStore'
import LeftPanel from './LeftPanel.vue'
import { FEATURES, FEATURES_KEY } from './registry'

// The registry's tabs with stand-in views: the panel is under test, not the features.
const Stub = defineComponent({ render: () => h('div', { 'data-testid': 'stub-view' }) })
const features: Feature[] = FEATURES.map((f) => ({
  ...f,
  tabs: f.tabs?.map((tab) => ({ ...tab, view: Stub })),
}))

async function mountPanel(roles: Role[]) {
  const plugins = testPlugins('en')
  const api = mockApi(() => ({ data: { cases: [] } }))
  const wrapper = mount(LeftPanel, {
    props: { user: { roles, clearances: [] } },
    global: { plugins: [...plugins], provide: { ...api.provide, [FEATURES_KEY]: features } },
  })
  await flushPromises()
  return wrapper
}

describe('LeftPanel audit tab', () => {
  it('is hidden for an investigator', async () => {
    const wrapper = await mountPanel(['INVESTIGATOR', 'ANALYST'])
    expect(wrapper.find('[data-testid="tab-search"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="tab-audit"]').exists()).toBe(false)
  })

  it('is shown for a supervisor and selects the audit view', async () => {
    const wrapper = await mountPanel(['SUPERVISOR'])
    const tab = wrapper.find('[data-testid="tab-audit"]')
    expect(tab.text()).toBe('Audit')
    await tab.trigger('click')
    expect(useLayoutStore().leftTab).toBe('audit')
    expect(tab.attributes('aria-selected')).toBe('true')
    expect(wrapper.find('#panel-audit').text()).toContain('audit trail')
  })

  it('falls back to results when the user may not see the audit tab', async () => {
    const plugins = testPlugins('en')
    useLayoutStore().showTab('audit')
    const api = mockApi(() => ({ data: { cases: [] } }))
    mount(LeftPanel, {
      props: { user: { roles: ['PROSECUTOR'], clearances: [] } },
      global: { plugins: [...plugins], provide: { ...api.provide, [FEATURES_KEY]: features } },
    })
    expect(useLayoutStore().leftTab).toBe('search')
  })
})
