// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { getActivePinia } from 'pinia'
import type { Clearance } from '../../generated/graphql'
import { gqlError, mockApi, testPlugins } from '../../testing/mockApi'
import { useNoticeStore } from '../../ui/noticeStore'
import { useChartStore } from '../networks'
import EntityProfile from './EntityProfile.vue'
import { useProfileStore } from '../../ui/profileStore'

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
/** A page of links as the API sends it. */
const page = <T>(nodes: T[], more: string | null = null) => ({
  totalCount: nodes.length + (more ? 1 : 0),
  pageInfo: { hasNextPage: !!more, endCursor: more },
  nodes,
})
const entity = {
  ...victim,
  version: 3,
  provenance,
  links: page([link]),
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
  const wrapper = mount(EntityProfile, {
    props: { user: { roles: ['INVESTIGATOR'], clearances: [] } },
    global: { plugins: [...plugins], provide: api.provide },
  })
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

  it('shows n of N links and loads the next page after the one the profile brought', async () => {
    const plugins = testPlugins('en')
    const second = { ...link, id: 'l2', kind: 'CONTROLLED', fromId: 'p2', toId: 'p1' }
    const api = mockApi((op, vars) =>
      op === 'ProfileLinks'
        ? {
            data: {
              entity: {
                id: 'p1',
                links: {
                  totalCount: 2,
                  pageInfo: { hasNextPage: false, endCursor: 'c2' },
                  nodes: [second],
                },
              },
            },
            vars,
          }
        : { data: { entity: { ...entity, links: page([link], 'c1') } } },
    )
    useProfileStore().focus('p1')
    const wrapper = mount(EntityProfile, {
      props: { user: { roles: ['INVESTIGATOR'], clearances: [] } },
      global: { plugins: [...plugins], provide: api.provide },
    })
    await flushPromises()
    const paging = () => wrapper.get('[data-testid="profile-links-paging"]')
    expect(paging().get('[data-testid="page-count"]').text()).toBe('1 of 2')
    await paging().get('[data-testid="load-more"]').trigger('click')
    await flushPromises()
    expect(api.client.query).toHaveBeenLastCalledWith(expect.anything(), { id: 'p1', after: 'c1' })
    expect(
      wrapper.findAll('[data-testid="profile-link"]').map((r) => r.attributes('data-link-id')),
    ).toEqual(['l1', 'l2'])
    expect(paging().get('[data-testid="page-count"]').text()).toBe('2 of 2')
    expect(paging().find('[data-testid="load-more"]').exists()).toBe(false)
  })

  it('translates enum labels', async () => {
    const wrapper = await mountProfile('sq')
    const text = wrapper.text()
    expect(text).toContain('Zakonisht i besueshëm')
    expect(text).toContain('Viktimë')
    expect(text).toContain('Rekrutoi')
  })
})

// What the server sends for a protected person without a reveal.
const pseudonymised = {
  ...entity,
  id: 'p3',
  name: 'Victim 3F2A9C',
  minor: false,
  minorWhenRecorded: false,
  pseudonymised: true,
  firstName: null,
  lastName: null,
  aliases: [],
  dateOfBirth: null,
  identifiers: [],
  links: page([]),
}
const other = { ...suspect, version: 1, provenance, links: page([]), pseudonymised: false }
const realIdentity = {
  id: 'p3',
  name: 'Arta Krasniqi',
  firstName: 'Arta',
  lastName: 'Krasniqi',
  aliases: ['Ari'],
  identifiers: ['ID-1234567'],
  dateOfBirth: '2008-05-04',
  pseudonymised: false,
}
const JUSTIFICATION = 'Victim interview scheduled for case KP-14/24'

type Respond = Parameters<typeof mockApi>[0]

const respondDefault: Respond = (op, vars) => {
  if (op === 'RevealIdentity') return { data: { revealIdentity: realIdentity } }
  return { data: { entity: vars.id === 'p3' ? pseudonymised : other } }
}

async function mountProtected(clearances: Clearance[], respond: Respond = respondDefault) {
  const plugins = testPlugins('en')
  const api = mockApi(respond)
  useProfileStore().focus('p3')
  const wrapper = mount(EntityProfile, {
    props: { user: { roles: ['INVESTIGATOR'], clearances } },
    global: { plugins: [...plugins], provide: api.provide },
  })
  await flushPromises()
  const operations = () =>
    api.client.query.mock.calls.map(
      ([doc]) =>
        (doc as { definitions: { name?: { value: string } }[] }).definitions[0]?.name?.value,
    )
  return { wrapper, api, operations }
}

async function revealWith(
  wrapper: Awaited<ReturnType<typeof mountProtected>>['wrapper'],
  text: string,
) {
  await wrapper.get('[data-testid="reveal-identity"]').trigger('click')
  await wrapper.get('[data-testid="reveal-justification"]').setValue(text)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('EntityProfile of a pseudonymised person', () => {
  it('shows the pseudonym, the protected badge and the notice, without a reveal button', async () => {
    const { wrapper } = await mountProtected([])
    expect(wrapper.get('[data-testid="profile-name"]').text()).toBe('Victim 3F2A9C')
    expect(wrapper.find('header [data-testid="protected-badge"]').exists()).toBe(true)
    expect(wrapper.find('header [data-testid="victim-badge"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="identity-notice"]').text()).toContain('Identity protected')
    expect(wrapper.find('[data-testid="reveal-identity"]').exists()).toBe(false)
  })

  it('offers the reveal only with the VICTIM_IDENTITY clearance', async () => {
    const informantOnly = await mountProtected(['INFORMANT_IDENTITY'])
    expect(informantOnly.wrapper.find('[data-testid="reveal-identity"]').exists()).toBe(false)
    const cleared = await mountProtected(['VICTIM_IDENTITY'])
    expect(cleared.wrapper.find('[data-testid="reveal-identity"]').exists()).toBe(true)
  })

  it('shows no notice for a person who is not pseudonymised', async () => {
    const plugins = testPlugins('en')
    const api = mockApi(respondDefault)
    useProfileStore().focus('p2')
    const wrapper = mount(EntityProfile, {
      props: { user: { roles: ['INVESTIGATOR'], clearances: ['VICTIM_IDENTITY'] } },
      global: { plugins: [...plugins], provide: api.provide },
    })
    await flushPromises()
    expect(wrapper.find('[data-testid="identity-notice"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="protected-badge"]').exists()).toBe(false)
  })

  it('refuses a short justification without calling the API', async () => {
    const { wrapper, operations } = await mountProtected(['VICTIM_IDENTITY'])
    await revealWith(wrapper, '  because ')
    expect(wrapper.get('[data-testid="reveal-error"]').text()).toBe(
      'The justification must be at least 10 characters.',
    )
    expect(operations()).not.toContain('RevealIdentity')
    expect(wrapper.find('[data-testid="revealed-name"]').exists()).toBe(false)
  })

  it('reveals the real identity in the profile only, noting the audit trail', async () => {
    const { wrapper, api } = await mountProtected(['VICTIM_IDENTITY'])
    await revealWith(wrapper, JUSTIFICATION)
    expect(api.client.query).toHaveBeenCalledWith(expect.anything(), {
      id: 'p3',
      justification: JUSTIFICATION,
    })
    expect(wrapper.find('[data-testid="reveal-dialog"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="revealed-name"]').text()).toBe('Arta Krasniqi')
    const block = wrapper.get('[data-testid="revealed-identity"]').text()
    expect(block).toContain('Krasniqi')
    expect(block).toContain('Ari')
    expect(block).toContain('2008')
    expect(wrapper.get('[data-testid="reveal-audited"]').text()).toContain('audit trail')
    // The header keeps the pseudonym; no store holds the real name.
    expect(wrapper.get('[data-testid="profile-name"]').text()).toBe('Victim 3F2A9C')
    expect(JSON.stringify(getActivePinia()!.state.value)).not.toContain('Krasniqi')
    expect(useChartStore().nodeList).toEqual([])
  })

  it('drops the revealed identity when the profile switches to another entity', async () => {
    const { wrapper } = await mountProtected(['VICTIM_IDENTITY'])
    await revealWith(wrapper, JUSTIFICATION)
    expect(wrapper.find('[data-testid="revealed-name"]').exists()).toBe(true)

    const profile = useProfileStore()
    profile.focus('p2')
    await flushPromises()
    expect(wrapper.get('[data-testid="profile-name"]').text()).toBe('Dragan P.')
    expect(wrapper.text()).not.toContain('Krasniqi')

    profile.back()
    await flushPromises()
    expect(wrapper.get('[data-testid="profile-name"]').text()).toBe('Victim 3F2A9C')
    expect(wrapper.find('[data-testid="revealed-name"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="reveal-identity"]').exists()).toBe(true)
  })

  it('shows a refusal in the dialog rather than the banner', async () => {
    const { wrapper } = await mountProtected(['VICTIM_IDENTITY'], (op, vars) =>
      op === 'RevealIdentity'
        ? { error: gqlError('auth/clearance_required') }
        : respondDefault(op, vars),
    )
    await revealWith(wrapper, JUSTIFICATION)
    expect(wrapper.get('[data-testid="reveal-error"]').text()).toBe(
      'You do not hold the clearance this needs. Ask a supervisor.',
    )
    expect(useNoticeStore().current).toBeNull()
    expect(wrapper.find('[data-testid="revealed-name"]').exists()).toBe(false)
  })
})
