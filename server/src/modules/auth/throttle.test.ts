import { describe, expect, it } from 'vitest'
import { LoginThrottle } from './throttle.ts'

describe('login throttle', () => {
  it('blocks a name after five failures within the window and frees it after', () => {
    const t = new LoginThrottle(5, 1000)
    for (let i = 0; i < 5; i++) t.fail('arta', 100 + i)
    expect(t.blocked('arta', 200)).toBe(true)
    expect(t.blocked('besa', 200)).toBe(false)
    expect(t.blocked('arta', 1200)).toBe(false)
  })

  it('clears on success', () => {
    const t = new LoginThrottle(2, 1000)
    t.fail('arta', 1)
    t.fail('arta', 2)
    t.clear('arta')
    expect(t.blocked('arta', 3)).toBe(false)
  })
})
