import { describe, expect, it } from 'vitest'
import { CombinedError } from '@urql/core'
import { createAppI18n, LOCALES } from '../i18n'
import { gqlError } from '../testing/mockApi'
import { ERROR_KEYS, FALLBACK_ERROR_KEY, errorKey, errorMessage, toAppError } from './errors'

describe('error codes', () => {
  it('maps a known server code to its translation', () => {
    const { t, te } = createAppI18n('en').global
    const error = toAppError(gqlError('auth/invalid_credentials'))
    expect(error).toEqual({ code: 'auth/invalid_credentials' })
    expect(errorMessage({ t, te }, error)).toBe('Wrong username or password.')
  })

  it('translates into the active locale and never shows the raw server message', () => {
    const { t, te } = createAppI18n('sr').global
    const text = errorMessage({ t, te }, toAppError(gqlError('graph/unavailable')))
    expect(text).toBe('Baza podataka trenutno nije dostupna. Pokušajte ponovo uskoro.')
    expect(text).not.toContain('raw server text')
  })

  it('falls back to a generic message for unknown codes', () => {
    const { t, te } = createAppI18n('sq').global
    expect(errorKey('made/up')).toBe(FALLBACK_ERROR_KEY)
    expect(errorMessage({ t, te }, toAppError(gqlError('made/up')))).toBe(
      'Ndodhi një gabim i papritur.',
    )
  })

  it('appends the field, labelled by its leaf when one is known', () => {
    const { t, te } = createAppI18n('en').global
    const error = toAppError(gqlError('input/malformed_date', 'input.person.dateOfBirth'))
    expect(error).toEqual({ code: 'input/malformed_date', field: 'input.person.dateOfBirth' })
    expect(errorMessage({ t, te }, error)).toBe(
      'A date is not in the form YYYY-MM-DD. Field: Date of birth',
    )
    expect(errorMessage({ t, te }, { code: 'input/invalid', field: 'input.zzz' })).toContain(
      'Field: input.zzz',
    )
  })

  it('turns transport failures into client/network', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') })
    expect(toAppError(error).code).toBe('client/network')
    expect(toAppError(new RangeError('boom')).code).toBe('client/unknown')
  })

  it('does not treat prototype names as codes', () => {
    expect(errorKey('toString')).toBe(FALLBACK_ERROR_KEY)
  })

  it.each(LOCALES)('%s translates every mapped code and the fallback', (locale) => {
    const { te } = createAppI18n(locale).global
    for (const key of [...Object.values(ERROR_KEYS), FALLBACK_ERROR_KEY, 'errors.field']) {
      expect(te(key, locale), `${locale}: ${key}`).toBe(true)
    }
  })
})
