// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { mockApi, testPlugins } from '../../testing/mockApi'
import EntityProfile from './EntityProfile.vue'
import { useProfileStore } from './profileStore'

const provenance = {
  reliability: 'B',
  credibility: 2,
  grading: 'B2',
  handling: 'H2',
  validFrom: '2024-03-01',
  validTo: null,
  recordedBy: 'analyst1',
  recordedAt: '2024-03-02T10:15:00Z',
  sources: [
    {
      id: 's1',
      name: 'Witness statement 14/24',
      sourceType: 'STATEMENT',
      reference: 'KP-14/24',
      date: '2024-02-28',
    },
  ],
}
const victim = {
  id: 'p1',
  kind: 'Person',
  name: 'Arta K.',
  linkCount: 1,
  category: 'VICTIM',
  minor: true,
  minorWhenRecorded: true,
}
const suspect = {
  id: 'p2',
  kind: 'Person',
  name: 'Dragan P.',
  linkCount: 3,
  category: 'SUSPECT',
  minor: false,
  minorWhenRecorded: false,
}
const link = {
  id: 'l1',
  kind: 'RECRUITED',
  fromId: 'p2',
  toId: 'p1',
  role: 'RECRUITER',
  relation: null,
  sharePercent: null,
  exploitationForm: 'SEXUAL',
  meansOfControl: ['DEBT_BONDAGE'],
  recruitmentMethod: 'ROMANCE_LOVERBOY',
  amount: null,
  currency: null,
  at: null,
  durationSeconds: null,
  stage: 'RECRUITMENT',
  provenance: { grading: 'C3', handling: 'H1' },
  from: suspect,
  to: victim,
}
const entity = {
  ...victim,
  version: 3,
  provenance,
  links: [link],
  firstName: 'Arta',
  lastName: 'K.',
  aliases: ['Ari'],
  dateOfBirth: '2008-05-04',
  gender: 'FEMALE',
  nationality: 'XK',
  identifiers: [],
}

async function mountProfile(locale: 'en' | 'sq' = 'en') {
  const plugins = testPlugins(locale)
  const api = mockApi(() => ({ data: { entity } }))
  useProfileStore().focus('p1')
  const wrapper = mount(EntityProfile, { global: { plugins: [...plugins], provide: api.provide } })
  await flushPromises()
  return wrapper
}

describe('EntityProfile', () => {
  it('shows name, badges and the Admiralty grading with handling code', async () => {
    const wrapper = await mountProfile()
    expect(wrapper.get('[data-testid="profile-name"]').text()).toBe('Arta K.')
    expect(wrapper.get('[data-testid="profile-grading"]').text()).toBe('B2')
    expect(wrapper.get('[data-testid="profile-handling"]').text()).toBe('H2')
    const prov = wrapper.get('[data-testid="profile-provenance"]').text()
    expect(prov).toContain('Usually reliable')
    expect(prov).toContain('Probably true')
    expect(prov).toContain('No dissemination without the provider’s consent')
    expect(prov).toContain('Witness statement 14/24')
    expect(prov).toContain('KP-14/24')
    expect(wrapper.find('header [data-testid="victim-badge"]').exists()).toBe(true)
    expect(wrapper.find('header [data-testid="minor-badge"]').exists()).toBe(true)
  })

  it('groups links by kind and opens the other end on click', async () => {
    const wrapper = await mountProfile()
    const rows = wrapper.findAll('[data-testid="profile-link"]')
    expect(rows).toHaveLength(1)
    expect(wrapper.get('[data-link-kind="RECRUITED"] h4').text()).toContain('Recruited')
    expect(rows[0]!.text()).toContain('Dragan P.')
    expect(rows[0]!.text()).toContain('Debt bondage')
    await rows[0]!.get('button.other').trigger('click')
    expect(useProfileStore().focusedId).toBe('p2')
  })

  it('translates enum labels', async () => {
    const wrapper = await mountProfile('sq')
    const text = wrapper.text()
    expect(text).toContain('Zakonisht i besueshëm')
    expect(text).toContain('Viktimë')
    expect(text).toContain('Rekrutoi')
  })
})
