import { ref, shallowRef } from 'vue'
import { useApi } from '../../api/client'
import { toAppError, type AppError } from '../../api/errors'
import type { LoadState } from '../../ui/useLatest'
import { ChangePasswordDocument } from '../../generated/graphql'

export const MIN_PASSWORD_LENGTH = 12

export type PasswordProblem = 'mismatch' | 'tooShort' | 'same'

/** Checks done before anything is sent; length counts characters, not UTF-16 units. */
export function passwordProblem(
  current: string,
  next: string,
  repeat: string,
): PasswordProblem | null {
  if ([...next].length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (next !== repeat) return 'mismatch'
  if (next === current) return 'same'
  return null
}

/** The error stays with the dialog rather than the banner: it is about what was just typed. */
export function useChangePassword() {
  const api = useApi()
  const state = ref<LoadState>('idle')
  const error = shallowRef<AppError | null>(null)

  async function change(currentPassword: string, newPassword: string): Promise<boolean> {
    state.value = 'loading'
    error.value = null
    let failure: unknown
    try {
      const result = await api
        .mutation(ChangePasswordDocument, { currentPassword, newPassword })
        .toPromise()
      if (!result.error && result.data?.changePassword) {
        state.value = 'done'
        return true
      }
      failure = result.error
    } catch (thrown) {
      failure = thrown
    }
    error.value = toAppError(failure)
    state.value = 'error'
    return false
  }

  function reset(): void {
    state.value = 'idle'
    error.value = null
  }

  return { state, error, change, reset }
}
