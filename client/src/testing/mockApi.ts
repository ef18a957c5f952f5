import { shallowRef } from 'vue'
import { vi } from 'vitest'
import { CombinedError } from '@urql/core'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n, type Locale } from '../i18n'

type Answer = { data?: unknown; error?: CombinedError }
type Responder = (operationName: string, variables: Record<string, unknown>) => Answer

/** A stand-in for the urql Client: answers by operation name, records every call. */
export function mockApi(respond: Responder) {
  const answer = (document: unknown, variables: Record<string, unknown> = {}) => {
    const def = (document as { definitions: { name?: { value: string } }[] }).definitions[0]
    const result = respond(def?.name?.value ?? '', variables)
    return { toPromise: () => Promise.resolve({ ...result, stale: false, hasNext: false }) }
  }
  const client = { query: vi.fn(answer), mutation: vi.fn(answer) }
  return { client, provide: { $urql: shallowRef(client) } }
}

export function gqlError(code: string, field?: string): CombinedError {
  return new CombinedError({
    graphQLErrors: [{ message: 'raw server text', extensions: field ? { code, field } : { code } }],
  })
}

/** Fresh Pinia + i18n per test so state never leaks between cases. */
export function testPlugins(locale: Locale = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  return [pinia, createAppI18n(locale)] as const
}
