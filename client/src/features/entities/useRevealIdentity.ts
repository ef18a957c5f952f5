import { useApi } from '../../api/client'
import { useLatest } from '../../api/request'
import { RevealIdentityDocument, type RevealIdentityQuery } from '../../generated/graphql'

export const MIN_JUSTIFICATION_LENGTH = 10
export const MAX_JUSTIFICATION_LENGTH = 500

export type RevealedIdentity = RevealIdentityQuery['revealIdentity']
export type JustificationProblem = 'tooShort' | 'tooLong'

/** Checked before anything is sent; length counts characters, not UTF-16 units. */
export function justificationProblem(text: string): JustificationProblem | null {
  const length = [...text.trim()].length
  if (length < MIN_JUSTIFICATION_LENGTH) return 'tooShort'
  if (length > MAX_JUSTIFICATION_LENGTH) return 'tooLong'
  return null
}

/**
 * Asks for the real identity of one pseudonymised person. The answer is held only by the
 * caller's component and must be reset when it shows another entity; a late answer for the
 * previous one is dropped. Errors stay with the dialog rather than the banner.
 */
export function useRevealIdentity() {
  const api = useApi()
  const request = useLatest((d: RevealIdentityQuery) => d.revealIdentity, { report: false })

  async function reveal(id: string, justification: string): Promise<boolean> {
    const text = justification.trim()
    const value = await request.run(() =>
      api.query(RevealIdentityDocument, { id, justification: text }).toPromise(),
    )
    return value !== null
  }

  return {
    state: request.state,
    identity: request.data,
    error: request.error,
    reveal,
    reset: request.reset,
  }
}
