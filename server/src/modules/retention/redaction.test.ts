import { describe, expect, it } from 'vitest'
import { needles, redact, redactProps } from './redaction.ts'

describe('redaction of an erased name in free text', () => {
  const forms = needles('Arben Krasniqi', ['Beni', 'Ben', 'Arbeni'])

  it('hunts for the name and aliases of four letters or more, longest first', () => {
    expect(forms).toEqual(['Arben Krasniqi', 'Arbeni', 'Beni'])
  })

  it('replaces every occurrence regardless of case and leaves other words alone', () => {
    expect(redact('Met ARBEN KRASNIQI and beni; Benito left.', forms)).toBe(
      'Met [erased] and [erased]; Benito left.',
    )
    expect(redact('Regex chars (a+b) stay', needles('a+b)', []))).toBe('Regex chars ([erased] stay')
    expect(redact('Takoj Krasnićin', needles('Krasnić', []))).toBe('Takoj Krasnićin')
  })

  it('changes only the text properties that mention the person, skipping the named keys', () => {
    const changes = redactProps(
      {
        description: 'Driver for Arben Krasniqi',
        aliases: ['Arbeni', 'Toni'],
        name: 'Arben Krasniqi',
        count: 3,
        note: 'nothing here',
      },
      forms,
      new Set(['name']),
    )
    expect(changes).toEqual({ description: 'Driver for [erased]', aliases: ['[erased]', 'Toni'] })
  })
})
