import { defineStore } from 'pinia'

/**
 * Nothing of one user's work may stay on screen for the next one. A store that holds case data
 * registers its reset here when it is created, and the session (features/auth) calls `resetAll`
 * when a session starts or ends, so auth needs to know no other feature. Kept in Pinia rather
 * than a module-level list so that each app (and each test's fresh Pinia) has its own.
 */
export const useSessionReset = defineStore('sessionReset', () => {
  const resets = new Set<() => void>()

  function register(reset: () => void): void {
    resets.add(reset)
  }

  function resetAll(): void {
    for (const reset of resets) reset()
  }

  return { register, resetAll }
})

/** Call inside a store's setup: its `reset` then runs whenever a session starts or ends. */
export function resetWithSession(reset: () => void): void {
  useSessionReset().register(reset)
}
