import { Client, fetchExchange, mapExchange, useClientHandle } from '@urql/vue'
import { emitUnauthenticated } from './authEvents'
import { hasErrorCode } from './errors'
import { labelExchange, type Translate } from './labels'

/**
 * POST + JSON only (the server has CSRF prevention) and the httpOnly session cookie.
 * No document cache: investigation data changes under other users, and nothing sensitive
 * should outlive a logout in memory.
 */
export function createApiClient(url = '/graphql', translate?: Translate): Client {
  return new Client({
    url,
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { 'content-type': 'application/json' } },
    requestPolicy: 'network-only',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // `me` answers null rather than failing, so only real operations can end a session.
          if (operation.kind !== 'teardown' && hasErrorCode(error, 'auth/unauthenticated')) {
            emitUnauthenticated()
          }
        },
      }),
      // Derived names and pseudonyms in the user's language (labels.ts).
      ...(translate ? [labelExchange(translate)] : []),
      fetchExchange,
    ],
  })
}

/** The client installed with `app.use(urql, client)`; tests provide their own under '$urql'. */
export function useApi(): Client {
  return useClientHandle().client
}
