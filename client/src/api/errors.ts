import { CombinedError } from '@urql/core'

/** A failure reduced to what the UI may show: a stable code and maybe a field name. */
export interface AppError {
  code: string
  field?: string
}

/** Stable server codes (plus client-side ones) → i18n keys. Unknown codes use the fallback. */
export const ERROR_KEYS: Readonly<Record<string, string>> = {
  'auth/unauthenticated': 'errors.auth.unauthenticated',
  'auth/invalid_credentials': 'errors.auth.invalid_credentials',
  'entity/not_found': 'errors.entity.not_found',
  'entity/version_conflict': 'errors.entity.version_conflict',
  'input/invalid': 'errors.input.invalid',
  'input/too_long': 'errors.input.too_long',
  'input/malformed_date': 'errors.input.malformed_date',
  'search/empty_query': 'errors.search.empty_query',
  'search/too_long': 'errors.search.too_long',
  'network/too_many_seeds': 'errors.network.too_many_seeds',
  'network/out_of_range': 'errors.network.out_of_range',
  'link/invalid_ends': 'errors.link.invalid_ends',
  'case/not_found': 'errors.case.not_found',
  'case/duplicate_number': 'errors.case.duplicate_number',
  'graph/unavailable': 'errors.graph.unavailable',
  'internal/unexpected': 'errors.internal.unexpected',
  'client/network': 'errors.client.network',
}

export const FALLBACK_ERROR_KEY = 'errors.unknown'
export const NETWORK_ERROR_CODE = 'client/network'
export const UNKNOWN_ERROR_CODE = 'client/unknown'

export function errorKey(code: string): string {
  return Object.hasOwn(ERROR_KEYS, code) ? (ERROR_KEYS[code] as string) : FALLBACK_ERROR_KEY
}

/** The first GraphQL error's code wins; transport failures become client/network. */
export function toAppError(error: unknown): AppError {
  if (error instanceof CombinedError) {
    for (const gqlError of error.graphQLErrors) {
      const { code, field } = gqlError.extensions ?? {}
      if (typeof code === 'string') {
        return typeof field === 'string' ? { code, field } : { code }
      }
    }
    if (error.networkError) return { code: NETWORK_ERROR_CODE }
  }
  return { code: UNKNOWN_ERROR_CODE }
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return (
    error instanceof CombinedError &&
    error.graphQLErrors.some((e) => e.extensions?.code === code)
  )
}

type Translate = (key: string, named?: Record<string, unknown>) => string

/** Translated text for an error; never the raw server message. */
export function errorMessage(t: Translate, error: AppError): string {
  const text = t(errorKey(error.code))
  return error.field ? `${text} ${t('errors.field', { field: error.field })}` : text
}
