import { useApi } from '../../api/client'
import { RevealIdentityDocument, type RevealIdentityQuery } from '../../generated/graphql'
import { useLatest } from '../../ui/useLatest'

export type RevealedIdentity = RevealIdentityQuery['revealIdentity']

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
