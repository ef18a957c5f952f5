import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERRORS } from './errors.ts'

describe('error codes', () => {
  it('are all documented in docs/errors.md', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8')
    const missing = Object.keys(ERRORS).filter((code) => !doc.includes(`\`${code}\``))
    expect(missing).toEqual([])
  })
})
