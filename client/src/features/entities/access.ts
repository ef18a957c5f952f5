import type { Clearance } from '../../generated/graphql'

/** Only holders of this clearance may ask for the identity behind a pseudonym. */
export const REVEAL_CLEARANCE: Clearance = 'VICTIM_IDENTITY'

export function canRevealIdentity(clearances: readonly Clearance[] | null | undefined): boolean {
  return !!clearances && clearances.includes(REVEAL_CLEARANCE)
}
