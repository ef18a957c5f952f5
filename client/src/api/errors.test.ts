import { describe, expect, it } from 'vitest'
import { CombinedError } from '@urql/core'
import { createAppI18n, LOCALES } from '../i18n'
import { gqlError } from '../testing/mockApi'
import { ERROR_KEYS, FALLBACK_ERROR_KEY, errorKey, errorMessage, toAppError } from './errors'
// The server's table as text: the client neither builds nor type-checks server code.
import serverErrors from '../../../server/src/errors.ts?raw'

/** The codes of the server's ERRORS table (server/src/errors.ts): its quoted `area/code` keys. */
function serverCodes(): string[] {
  const table = /export const ERRORS = \{([\s\S]*?)\n\}/.exec(serverErrors)?.[1] ?? ''
  return [...table.matchAll(/^\s*'([a-z_]+\/[a-z_]+)':/gm)].map((m) => m[1] as string)
}

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

  it('maps every code the server defines', () => {
    const codes = serverCodes()
    // Guards the reading of the file: a change of its layout must not pass with nothing read.
    expect(codes.length).toBeGreaterThan(40)
    expect(codes).toContain('auth/unauthenticated')
    expect(codes.filter((code) => !Object.hasOwn(ERROR_KEYS, code))).toEqual([])
  })

  it.each(LOCALES)('%s translates every code the server defines', (locale) => {
    const { t, te } = createAppI18n(locale).global
    const untranslated = serverCodes().filter((code) => !te(errorKey(code), locale))
    expect(untranslated).toEqual([])
    expect(errorMessage({ t, te }, { code: 'user/not_found' })).not.toBe(t(FALLBACK_ERROR_KEY))
  })
})
