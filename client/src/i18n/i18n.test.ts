import { describe, expect, it } from 'vitest'
import { messages } from './index'

function keyPaths(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object'
      ? keyPaths(v as object, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  )
}

describe('locale catalogues', () => {
  const en = keyPaths(messages.en).sort()

  it.each(['sq', 'sr'] as const)('%s has exactly the English keys', (locale) => {
    expect(keyPaths(messages[locale]).sort()).toEqual(en)
  })

  it.each(['en', 'sq', 'sr'] as const)('%s has no empty messages', (locale) => {
    const flat = keyPaths(messages[locale])
    for (const path of flat) {
      const value = path
        .split('.')
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages[locale])
      expect(typeof value === 'string' && value.trim().length > 0, path).toBe(true)
    }
  })
})
