// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { gqlError, mockApi, testPlugins } from '../../testing/mockApi'
import ChangePasswordDialog from './ChangePasswordDialog.vue'
import UserMenu from './UserMenu.vue'

type Respond = Parameters<typeof mockApi>[0]

function setup(
  respond: Respond = () => ({ data: { changePassword: true } }),
  locale: 'en' | 'sr' = 'en',
) {
  const plugins = testPlugins(locale)
  const api = mockApi(respond)
  const wrapper = mount(ChangePasswordDialog, {
    global: { plugins: [...plugins], provide: api.provide },
  })
  return { wrapper, api }
}

async function fill(
  wrapper: ReturnType<typeof setup>['wrapper'],
  current: string,
  next: string,
  repeat: string,
) {
  await wrapper.find('[data-testid="pw-current"]').setValue(current)
  await wrapper.find('[data-testid="pw-new"]').setValue(next)
  await wrapper.find('[data-testid="pw-repeat"]').setValue(repeat)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('ChangePasswordDialog', () => {
  it('refuses a mismatched repeat without calling the API', async () => {
    const { wrapper, api } = setup()
    await fill(wrapper, 'old password 1', 'correct horse battery', 'correct horse batterz')
    expect(wrapper.find('[data-testid="pw-error"]').text()).toBe('The new passwords do not match.')
    expect(api.client.mutation).not.toHaveBeenCalled()
  })

  it('refuses a short password without calling the API, in the active language', async () => {
    const { wrapper, api } = setup(undefined, 'sr')
    await fill(wrapper, 'old password 1', 'short1', 'short1')
    expect(wrapper.find('[data-testid="pw-error"]').text()).toBe(
      'Nova lozinka mora imati najmanje 12 znakova.',
    )
    expect(api.client.mutation).not.toHaveBeenCalled()
  })

  it('changes the password and confirms', async () => {
    const { wrapper, api } = setup()
    await fill(wrapper, 'old password 1', 'correct horse battery', 'correct horse battery')
    expect(api.client.mutation).toHaveBeenCalledWith(expect.anything(), {
      currentPassword: 'old password 1',
      newPassword: 'correct horse battery',
    })
    expect(wrapper.find('[data-testid="pw-done"]').text()).toBe('Your password has been changed.')
  })

  it('shows a translated server refusal and clears the fields', async () => {
    const { wrapper } = setup(() => ({ error: gqlError('auth/weak_password') }))
    await fill(wrapper, 'old password 1', 'aaaaaaaaaaaa', 'aaaaaaaaaaaa')
    expect(wrapper.find('[data-testid="pw-error"]').text()).toContain('too weak')
    expect(wrapper.find('[data-testid="pw-done"]').exists()).toBe(false)
    expect((wrapper.find('[data-testid="pw-new"]').element as HTMLInputElement).value).toBe('')
  })

  it('opens from the user menu', async () => {
    const plugins = testPlugins('en')
    const api = mockApi(() => ({ data: { changePassword: true } }))
    const user = {
      id: 'u1',
      username: 'inv1',
      displayName: 'Ina',
      roles: ['INVESTIGATOR' as const],
      clearances: [],
    }
    const wrapper = mount(UserMenu, {
      props: { user },
      global: { plugins: [...plugins], provide: api.provide },
    })
    expect(wrapper.find('[data-testid="pw-current"]').exists()).toBe(false)
    await wrapper.find('[data-testid="change-password"]').trigger('click')
    expect(wrapper.find('[data-testid="pw-current"]').exists()).toBe(true)
  })
})
