// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { Role, SessionUserFragment } from '../generated/graphql'
import { LOCALES } from '../i18n'
import { mockApi, testPlugins } from '../testing/mockApi'
import { defineFeature, type Feature } from '../ui/feature'
import { useLayoutStore } from '../ui/layoutStore'
import { FEATURES, FEATURES_KEY } from './registry'
import WorkbenchShell from './WorkbenchShell.vue'

// The real registry with stand-in views, so that mounting the shell loads no feature (and no
// Cytoscape); each keeps a test id naming its place.
const stub = (name: string) => defineComponent({ render: () => h('div', { 'data-testid': name }) })
const stubbed: Feature[] = FEATURES.map((f) => ({
  ...f,
  tabs: f.tabs?.map((tab) => ({ ...tab, view: stub(`view-${tab.id}`) })),
  parts: f.parts?.map((part) => ({ ...part, view: stub(`part-${part.place}`) })),
}))

/** What a new feature's folder holds: features/maps/index.ts, as in docs/architecture.md. */
const maps = defineFeature({
  id: 'maps',
  tabs: [
    {
      id: 'maps',
      label: 'maps.tab',
      ability: 'figures.read',
      place: 'overlay',
      intro: 'maps.intro',
      view: stub('maps-view'),
    },
  ],
  messages: {
    en: { maps: { tab: 'Maps', intro: 'The map is shown in the main area.' } },
    sq: { maps: { tab: 'Harta', intro: 'Harta shfaqet në pjesën kryesore.' } },
    sr: { maps: { tab: 'Mape', intro: 'Mapa je prikazana u glavnom delu.' } },
  },
})

async function mountShell(roles: Role[], features: readonly Feature[]) {
  const plugins = testPlugins('en')
  const api = mockApi(() => ({ data: {} }))
  const user: SessionUserFragment = {
    id: 'u1',
    username: 'someone',
    displayName: 'Someone',
    roles,
    clearances: [],
  }
  const wrapper = mount(WorkbenchShell, {
    props: { user },
    global: { plugins: [...plugins], provide: { ...api.provide, [FEATURES_KEY]: features } },
  })
  await flushPromises()
  return wrapper
}

describe('feature registry', () => {
  it('keeps the tabs of the workbench, in order, with their places and abilities', () => {
    const tabs = FEATURES.flatMap((f) => f.tabs ?? []).map((t) => [t.id, t.place, t.ability])
    expect(tabs).toEqual([
      ['search', 'left', 'entity.read'],
      ['cases', 'left', 'entity.read'],
      ['import', 'overlay', 'import.run'],
      ['duplicates', 'overlay', 'resolution.merge'],
      ['figures', 'overlay', 'figures.read'],
      ['audit', 'overlay', 'audit.read'],
      ['retention', 'overlay', 'retention.decide'],
    ])
    const parts = FEATURES.flatMap((f) => (f.parts ?? []).map((p) => [f.id, p.place]))
    expect(parts).toEqual([
      ['search', 'top'],
      ['entities', 'aside'],
      ['networks', 'centre'],
      ['auth', 'topEnd'],
    ])
  })

  it('builds the frame from the parts', async () => {
    const wrapper = await mountShell(['INVESTIGATOR'], stubbed)
    for (const place of ['top', 'topEnd', 'centre', 'aside']) {
      expect(wrapper.findAll(`[data-testid="part-${place}"]`), place).toHaveLength(1)
    }
    expect(wrapper.find('.topbar .right [data-testid="part-topEnd"]').exists()).toBe(true)
    expect(wrapper.find('main.centre [data-testid="part-centre"]').exists()).toBe(true)
  })

  it("shows a registered feature's tab and view to a user holding its ability", async () => {
    const wrapper = await mountShell(['ANALYST'], [...stubbed, maps])
    const tab = wrapper.find('[data-testid="tab-maps"]')
    expect(tab.text()).toBe('Maps')
    expect(wrapper.find('[data-testid="maps-view"]').exists()).toBe(false)
    await tab.trigger('click')
    expect(wrapper.find('[data-testid="maps-view"]').exists()).toBe(true)
    expect(wrapper.find('#panel-maps').text()).toBe('The map is shown in the main area.')
  })

  it('shows it to no one else, even when asked to open it', async () => {
    const wrapper = await mountShell(['INVESTIGATOR'], [...stubbed, maps])
    expect(wrapper.find('[data-testid="tab-maps"]').exists()).toBe(false)
    useLayoutStore().showTab('maps')
    await flushPromises()
    expect(wrapper.find('[data-testid="maps-view"]').exists()).toBe(false)
    expect(useLayoutStore().leftTab).toBe('search')
  })

  it('has tab ids unique across features', () => {
    const ids = FEATURES.flatMap((f) => f.tabs ?? []).map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each([...FEATURES, maps].filter((f) => f.messages))(
    "has the $id feature's own texts in every locale, with the same keys",
    (feature) => {
      const keys = (o: object, prefix = ''): string[] =>
        Object.entries(o).flatMap(([k, v]) =>
          v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
        )
      const en = keys(feature.messages?.en ?? {}).sort()
      for (const locale of LOCALES) {
        expect(keys(feature.messages?.[locale] ?? {}).sort(), locale).toEqual(en)
      }
    },
  )
})
