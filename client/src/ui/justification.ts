/**
 * The rules for the "why" an audited act asks for (reveal an identity, keep or erase a record):
 * checked in the browser before anything is sent, and again by the server.
 */
export const MIN_JUSTIFICATION_LENGTH = 10
export const MAX_JUSTIFICATION_LENGTH = 500

export type JustificationProblem = 'tooShort' | 'tooLong'

/** Length counts characters, not UTF-16 units. */
export function justificationProblem(text: string): JustificationProblem | null {
  const length = [...text.trim()].length
  if (length < MIN_JUSTIFICATION_LENGTH) return 'tooShort'
  if (length > MAX_JUSTIFICATION_LENGTH) return 'tooLong'
  return null
}
