import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { useApi } from '../../api/client'
import { onUnauthenticated } from '../../api/authEvents'
import { toAppError } from '../../api/errors'
import type { LoadState } from '../../ui/useLatest'
import {
  LoginDocument,
  LogoutDocument,
  MeDocument,
  type SessionUserFragment,
} from '../../generated/graphql'
import { useNoticeStore } from '../../ui/noticeStore'
import { useSessionReset } from '../../ui/sessionReset'

/**
 * The signed-in user. UI state of the previous user is wiped whenever a session starts or ends:
 * every store holding case data has registered its reset (ui/sessionReset.ts).
 */
export function useSession() {
  const api = useApi()
  const notices = useNoticeStore()
  const user = shallowRef<SessionUserFragment | null>(null)
  const state = ref<LoadState>('idle')
  const submitting = ref(false)
  /** Label of the single sign-on button, when the server has a provider. */
  const singleSignOn = ref<string | null>(null)

  const resets = useSessionReset()
  const wipe = (): void => resets.resetAll()

  async function refresh(): Promise<void> {
    state.value = 'loading'
    const result = await api.query(MeDocument, {}).toPromise()
    if (result.error || !result.data) {
      state.value = 'error'
      notices.report(toAppError(result.error))
      return
    }
    user.value = result.data.me ?? null
    singleSignOn.value = result.data.signInOptions.singleSignOn ?? null
    state.value = 'done'
  }

  /** Single sign-on comes back to /?signInError=code when it fails; show it once, then drop it. */
  function takeSignInError(): void {
    const url = new URL(window.location.href)
    const code = url.searchParams.get('signInError')
    if (!code) return
    notices.report({ code: /^auth\/[a-z_]+$/.test(code) ? code : 'auth/sign_in_failed' })
    url.searchParams.delete('signInError')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }

  async function login(username: string, password: string): Promise<boolean> {
    submitting.value = true
    try {
      const result = await api.mutation(LoginDocument, { username, password }).toPromise()
      if (result.error || !result.data) {
        notices.report(toAppError(result.error))
        return false
      }
      wipe()
      notices.dismiss()
      user.value = result.data.login
      state.value = 'done'
      return true
    } finally {
      submitting.value = false
    }
  }

  async function logout(): Promise<void> {
    const result = await api.mutation(LogoutDocument, {}).toPromise()
    // Drop the UI either way: a failed logout must not leave case data on screen.
    wipe()
    user.value = null
    if (result.error) notices.report(toAppError(result.error))
    else notices.dismiss()
  }

  const stop = onUnauthenticated(() => {
    if (!user.value) return
    wipe()
    user.value = null
    notices.report({ code: 'auth/unauthenticated' })
  })
  onBeforeUnmount(stop)

  return { user, state, submitting, singleSignOn, refresh, takeSignInError, login, logout }
}
