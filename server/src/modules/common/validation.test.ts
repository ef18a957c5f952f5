import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { e164, parseInput, requiredText } from './validation.ts'

const schema = z.object({ name: requiredText(10), phone: e164.optional() })
const codeOf = (value: unknown) => {
  try {
    parseInput(schema, value)
    return 'ok'
  } catch (e) {
    const ext = (e as { extensions: { code: string; field: string } }).extensions
    return `${ext.code} ${ext.field}`
  }
}

describe('input validation', () => {
  it('accepts and trims good input', () => {
    expect(parseInput(schema, { name: '  Arta  ', phone: '+383 44 123-456' })).toEqual({
      name: 'Arta',
      phone: '+38344123456',
    })
  })

  it('names the field that is too long', () => {
    expect(codeOf({ name: 'x'.repeat(11) })).toBe('input/too_long input.name')
  })

  it('refuses control characters and bidirectional overrides', () => {
    expect(codeOf({ name: 'Ar\u0000ta' })).toBe('input/invalid input.name')
    expect(codeOf({ name: 'Ar\u202Eta' })).toBe('input/invalid input.name')
  })

  it('refuses empty names and malformed phone numbers', () => {
    expect(codeOf({ name: '   ' })).toBe('input/invalid input.name')
    expect(codeOf({ name: 'Arta', phone: '044 123' })).toBe('input/invalid input.phone')
  })
})
