import { createHmac } from 'node:crypto'
import type { EntityModel } from './models.ts'

const PROTECTED_CATEGORIES = new Set(['VICTIM', 'POTENTIAL_VICTIM'])
const LABEL: Record<string, string> = { VICTIM: 'Victim', POTENTIAL_VICTIM: 'Potential victim' }

/** Victims, potential victims and minors: identity withheld unless revealed with justification. */
export function isProtected(e: EntityModel): boolean {
  return (
    e.kind === 'Person' &&
    (PROTECTED_CATEGORIES.has(e.category as string) ||
      e.minor === true ||
      e.minorWhenRecorded === true)
  )
}

/** Stable per database (keyed HMAC of the id), so analysts can follow one person across charts. */
export const pseudonym = (key: string, id: string) =>
  createHmac('sha256', key).update(id).digest('hex').slice(0, 6).toUpperCase()

/** What stands for a protected person wherever their name would: "Victim 3FA2C1". */
export const pseudonymLabel = (key: string, id: string, category: unknown) =>
  `${LABEL[category as string] ?? 'Protected person'} ${pseudonym(key, id)}`

function withhold(e: EntityModel, key: string): void {
  e.name = pseudonymLabel(key, e.id, e.category)
  e.firstName = null
  e.lastName = null
  e.aliases = []
  e.identifiers = []
  e.dateOfBirth = null
  e.pseudonymised = true
}

/**
 * Walks whatever a service mapped from the database and withholds the identity of every
 * protected person in it. Runs inside DataAccess, so no read path can skip it.
 */
export function pseudonymise(value: unknown, key: string, seen = new WeakSet<object>()): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  if (Array.isArray(value)) {
    for (const v of value) pseudonymise(v, key, seen)
    return
  }
  const obj = value as Record<string, unknown>
  if (obj.kind === 'Person' && typeof obj.id === 'string' && 'minorWhenRecorded' in obj) {
    const e = obj as EntityModel
    if (isProtected(e) && e.pseudonymised !== true) withhold(e, key)
    return
  }
  for (const v of Object.values(obj)) pseudonymise(v, key, seen)
}
