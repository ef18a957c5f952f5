import { ref, shallowRef } from 'vue'
import { CombinedError } from '@urql/core'
import { toAppError, type AppError } from '../../api/errors'
import type { FieldCode, FieldErrors } from './provenanceModel'

const FIELD_CODES: ReadonlySet<string> = new Set<FieldCode>([
  'required',
  'too_long',
  'too_many',
  'control_chars',
  'out_of_range',
  'country_code',
  'currency_code',
  'phone_number',
  'imei',
  'in_future',
  'before_start',
  'source_required',
  'malformed_date',
  'invalid',
  'not_found',
])

/** Codes of a whole request that, given a field, are that field's problem. */
const FIELD_OF_CODE: Record<string, FieldCode> = {
  'input/invalid': 'invalid',
  'input/too_long': 'too_long',
  'input/malformed_date': 'malformed_date',
  'entity/not_found': 'not_found',
  'case/not_found': 'not_found',
}

/** `input.location.point.lat` → `location.point`: the form's key for the server's path. */
export function formKey(path: string): string {
  const key = path.replace(/^input\./, '')
  return key.startsWith('location.point') ? 'location.point' : key
}

export interface SaveFailure {
  /** Problems to show beside their fields. */
  fields: FieldErrors
  /** Someone saved first: the version to overwrite theirs with. */
  conflict: { currentVersion: number } | null
  /** Anything else, shown as one translated message in the form. */
  error: AppError | null
}

/** What a failed save means for the form; never the server's own message. */
export function readFailure(error: unknown): SaveFailure {
  const failure: SaveFailure = { fields: {}, conflict: null, error: null }
  const first = error instanceof CombinedError ? error.graphQLErrors[0] : undefined
  const ext = (first?.extensions ?? {}) as {
    code?: string
    field?: string
    fields?: { field: string; code: string }[]
    currentVersion?: number
  }
  if (
    (ext.code === 'entity/version_conflict' || ext.code === 'link/version_conflict') &&
    typeof ext.currentVersion === 'number'
  ) {
    failure.conflict = { currentVersion: ext.currentVersion }
    return failure
  }
  if (Array.isArray(ext.fields) && ext.fields.length) {
    for (const f of ext.fields)
      failure.fields[formKey(f.field)] = (FIELD_CODES.has(f.code) ? f.code : 'invalid') as FieldCode
    return failure
  }
  const code = ext.code && FIELD_OF_CODE[ext.code]
  if (code && ext.field && ext.field.startsWith('input.') && ext.field !== 'input') {
    failure.fields[formKey(ext.field)] = code
    return failure
  }
  failure.error = toAppError(error)
  return failure
}

/** One save at a time, with what went wrong kept for the form. */
export function useSave() {
  const saving = ref(false)
  const failure = shallowRef<SaveFailure | null>(null)

  async function run<T>(
    exec: () => Promise<{ data?: T; error?: CombinedError }>,
  ): Promise<T | null> {
    saving.value = true
    failure.value = null
    try {
      const result = await exec()
      if (result.error || !result.data) {
        failure.value = readFailure(result.error)
        return null
      }
      return result.data
    } catch (thrown) {
      failure.value = readFailure(thrown)
      return null
    } finally {
      saving.value = false
    }
  }

  return { saving, failure, run }
}
