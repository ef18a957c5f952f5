// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { CombinedError } from '@urql/core'
import { mockApi, testPlugins } from '../../testing/mockApi'
import { recordingMessages } from './recording.messages'
import EntityForm from './EntityForm.vue'

const provenance = {
  reliability: 'B',
  credibility: 2,
  grading: 'B2',
  handling: 'H1',
  validFrom: null,
  validTo: null,
  recordedBy: 'investigator',
  recordedAt: '2026-01-02T10:00:00Z',
  sources: [
    { id: 'src-1', name: 'Statement 1', sourceType: 'STATEMENT', reference: null, date: null },
  ],
}
const phone = (version: number, imei: string | null) => ({
  __typename: 'Phone',
  id: 'pho-1',
  kind: 'Phone',
  name: 'Burner',
  linkCount: 0,
  number: '+38344555111',
  imei,
  version,
  provenance,
})
const failed = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message: 'raw server text', extensions }] })

/** The form, with the feature's texts merged as the shell merges them. */
async function mountForm(
  respond: Parameters<typeof mockApi>[0],
  request: Record<string, unknown>,
  locale: 'en' | 'sq' = 'en',
) {
  const api = mockApi(respond)
  const [pinia, i18n] = testPlugins(locale)
  i18n.global.mergeLocaleMessage(locale, recordingMessages[locale])
  const wrapper = mount(EntityForm, {
    props: { request } as never,
    global: { plugins: [pinia, i18n], provide: api.provide },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, api }
}

describe('the record form', () => {
  it('shows the server’s field codes beside their fields, translated, never its message', async () => {
    const { wrapper } = await mountForm(
      (op) =>
        op === 'CreateRecord'
          ? {
              error: failed({
                code: 'input/invalid',
                field: 'input.phone.number',
                fields: [{ field: 'input.phone.number', code: 'phone_number' }],
              }),
            }
          : { data: { cases: { totalCount: 0, nodes: [] } } },
      { form: 'entity', mode: 'create', kind: 'Phone' },
      'sq',
    )
    const form = wrapper.find('[data-testid=entity-form]')
    await form.find('[data-testid=field-name]').setValue('Burner')
    await form.find('[data-testid=field-number]').setValue('+38344555111')
    await form.find('[data-testid=field-reliability]').setValue('B')
    await form.find('[data-testid=field-credibility]').setValue('2')
    // A source chosen as the picker would choose it.
    const picker = wrapper.findComponent({ name: 'SourcePicker' })
    picker.vm.$emit('update:modelValue', [{ id: 'src-1', name: 'Statement 1' }])
    await form.find('form').trigger('submit')
    await flushPromises()
    const problem = wrapper.find('[data-testid=field-error-number]')
    expect(problem.text()).toBe('Përdorni formën ndërkombëtare, p.sh. +38344123456.')
    expect(wrapper.text()).not.toContain('raw server text')
    wrapper.unmount()
  })

  it('offers reload or overwrite on a stale version; overwrite sends only the change', async () => {
    let stored = phone(3, null)
    const updates: Record<string, unknown>[] = []
    const { wrapper, api } = await mountForm(
      (op, vars) => {
        if (op === 'RecordEntity') return { data: { entity: stored } }
        const input = vars.input as Record<string, unknown>
        updates.push(input)
        if (input.expectedVersion !== stored.version)
          return {
            error: failed({ code: 'entity/version_conflict', currentVersion: stored.version }),
          }
        return { data: { updateEntity: { ...stored, version: stored.version + 1 } } }
      },
      { form: 'entity', mode: 'edit', id: 'pho-1' },
    )
    // A colleague saves version 4 while the form is open at version 3.
    stored = { ...phone(4, null), name: 'Burner (work)' }
    await wrapper.find('[data-testid=field-imei]').setValue('356938035643809')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const conflict = wrapper.find('[data-testid=record-conflict]')
    expect(conflict.text()).toContain('Changed by someone else.')
    await wrapper.find('[data-testid=conflict-overwrite]').trigger('click')
    await flushPromises()
    expect(updates.at(-1)).toEqual({
      id: 'pho-1',
      expectedVersion: 4,
      phone: { imei: '356938035643809' },
    })
    expect(wrapper.emitted('saved')).toHaveLength(1)
    expect(api.client.mutation).toHaveBeenCalledTimes(2)
    wrapper.unmount()
  })

  it('reload shows what the other editor saved', async () => {
    let stored = phone(3, null)
    const { wrapper } = await mountForm(
      (op) =>
        op === 'RecordEntity'
          ? { data: { entity: stored } }
          : { error: failed({ code: 'entity/version_conflict', currentVersion: 4 }) },
      { form: 'entity', mode: 'edit', id: 'pho-1' },
    )
    stored = { ...phone(4, '356938035643809'), name: 'Burner (work)' }
    await wrapper.find('[data-testid=field-name]').setValue('Mine')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    await wrapper.find('[data-testid=conflict-reload]').trigger('click')
    await flushPromises()
    const name = wrapper.find('[data-testid=field-name]').element as HTMLInputElement
    expect(name.value).toBe('Burner (work)')
    expect(wrapper.find('[data-testid=record-conflict]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('locks what a protected person’s record withholds, and never sends it back', async () => {
    const victim = {
      __typename: 'Person',
      id: 'per-9',
      kind: 'Person',
      name: 'Victim 3F2A9C',
      linkCount: 0,
      category: 'VICTIM',
      minor: false,
      minorWhenRecorded: false,
      pseudonymised: true,
      version: 2,
      firstName: null,
      lastName: null,
      aliases: [],
      dateOfBirth: null,
      gender: null,
      nationality: 'XK',
      identifiers: [],
      provenance,
    }
    const updates: unknown[] = []
    const { wrapper } = await mountForm(
      (op, vars) => {
        if (op === 'RecordEntity') return { data: { entity: victim } }
        updates.push(vars.input)
        return { data: { updateEntity: { ...victim, version: 3, gender: 'FEMALE' } } }
      },
      { form: 'entity', mode: 'edit', id: 'per-9' },
    )
    expect(wrapper.find('[data-testid=record-withheld]').exists()).toBe(true)
    for (const f of ['name', 'firstName', 'lastName', 'dateOfBirth', 'category', 'aliases'])
      expect(wrapper.find(`[data-testid=field-${f}]`).attributes(), f).toHaveProperty('disabled')
    expect(wrapper.find('[data-testid=provenance-fieldset]').attributes()).toHaveProperty(
      'disabled',
    )
    await wrapper.find('[data-testid=field-gender]').setValue('FEMALE')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(updates).toEqual([{ id: 'per-9', expectedVersion: 2, person: { gender: 'FEMALE' } }])
    wrapper.unmount()
  })
})
