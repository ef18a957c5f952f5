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
  'auth/too_many_attempts': 'errors.auth.too_many_attempts',
  'auth/sign_in_delayed': 'errors.auth.sign_in_delayed',
  'auth/forbidden': 'errors.auth.forbidden',
  'auth/weak_password': 'errors.auth.weak_password',
  'auth/clearance_required': 'errors.auth.clearance_required',
  'auth/invalid_token': 'errors.auth.invalid_token',
  'auth/sign_in_failed': 'errors.auth.sign_in_failed',
  'auth/no_role': 'errors.auth.no_role',
  'auth/account_conflict': 'errors.auth.account_conflict',
  'auth/provider_unavailable': 'errors.auth.provider_unavailable',
  'request/too_complex': 'errors.request.too_complex',
  'request/too_large': 'errors.request.too_large',
  'request/malformed': 'errors.request.malformed',
  'request/not_found': 'errors.request.not_found',
  'import/invalid_mapping': 'errors.import.invalid_mapping',
  'import/unreadable_file': 'errors.import.unreadable_file',
  'import/empty_file': 'errors.import.empty_file',
  'import/missing_columns': 'errors.import.missing_columns',
  'import/invalid_rows': 'errors.import.invalid_rows',
  'import/aborted': 'errors.import.aborted',
  'import/mapping_not_found': 'errors.import.mapping_not_found',
  'import/file_too_large': 'errors.import.file_too_large',
  'import/too_large': 'errors.import.too_large',
  'import/mapping_name_taken': 'errors.import.mapping_name_taken',
  'import/already_running': 'errors.import.already_running',
  'entity/not_found': 'errors.entity.not_found',
  'entity/version_conflict': 'errors.entity.version_conflict',
  'entity/kind_mismatch': 'errors.entity.kind_mismatch',
  'link/not_found': 'errors.link.not_found',
  'link/version_conflict': 'errors.link.version_conflict',
  'input/invalid': 'errors.input.invalid',
  'input/too_long': 'errors.input.too_long',
  'input/malformed_date': 'errors.input.malformed_date',
  'search/empty_query': 'errors.search.empty_query',
  'search/too_long': 'errors.search.too_long',
  'network/too_many_seeds': 'errors.network.too_many_seeds',
  'network/out_of_range': 'errors.network.out_of_range',
  'link/invalid_ends': 'errors.link.invalid_ends',
  'case/not_found': 'errors.case.not_found',
  'chart/not_found': 'errors.chart.not_found',
  'chart/version_conflict': 'errors.chart.version_conflict',
  'chart/too_large': 'errors.chart.too_large',
  'case/duplicate_number': 'errors.case.duplicate_number',
  'user/not_found': 'errors.user.not_found',
  'merge/invalid_pair': 'errors.merge.invalid_pair',
  'merge/protected_person': 'errors.merge.protected_person',
  'merge/not_found': 'errors.merge.not_found',
  'merge/survivor_changed': 'errors.merge.survivor_changed',
  'graph/unavailable': 'errors.graph.unavailable',
  'internal/unexpected': 'errors.internal.unexpected',
  'export/too_large': 'errors.export.too_large',
  'client/network': 'errors.client.network',
  'client/export_failed': 'errors.client.export_failed',
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
    error instanceof CombinedError && error.graphQLErrors.some((e) => e.extensions?.code === code)
  )
}

interface Translator {
  t: (key: string, named?: Record<string, unknown>) => string
  te: (key: string) => boolean
}

/** The server names fields by input path (input.person.dateOfBirth); show the leaf's label. */
function fieldLabel({ t, te }: Translator, field: string): string {
  const leaf = field.split('.').at(-1) ?? field
  return te(`fields.${leaf}`) ? t(`fields.${leaf}`) : field
}

/** Translated text for an error; never the raw server message. */
export function errorMessage(i18n: Translator, error: AppError): string {
  const text = i18n.t(errorKey(error.code))
  if (!error.field) return text
  return `${text} ${i18n.t('errors.field', { field: fieldLabel(i18n, error.field) })}`
}
