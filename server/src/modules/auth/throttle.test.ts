import { describe, expect, it } from 'vitest'
import { accountDelayMs, addressOf, judge, type ThrottleLimits } from './throttle.ts'

const limits: ThrottleLimits = {
  addressFailures: 5,
  addressWindowMs: 60_000,
  accountFreeFailures: 3,
  accountMaxDelayMs: 10_000,
}
const fresh = { failures: 0, lastFailureAt: 0, known: [], knownUntil: 0 }

describe('sign-in throttle', () => {
  it('refuses an address at its limit until its window ends', () => {
    const address = { failures: 5, since: 1000 }
    expect(judge(limits, address, fresh, 'a', 2000)).toEqual({
      ok: false,
      code: 'auth/too_many_attempts',
      retryAfterSeconds: 59,
    })
    expect(judge(limits, address, fresh, 'a', 61_000)).toEqual({ ok: true })
    expect(judge(limits, { failures: 4, since: 1000 }, fresh, 'a', 2000)).toEqual({ ok: true })
  })

  it('delays an account after its free failures, doubling up to the cap', () => {
    expect([2, 3, 4, 5, 8, 40].map((n) => accountDelayMs(limits, n))).toEqual([
      0, 1000, 2000, 4000, 10_000, 10_000,
    ])
    const account = { ...fresh, failures: 4, lastFailureAt: 10_000 }
    const idle = { failures: 0, since: 0 }
    expect(judge(limits, idle, account, 'a', 11_000)).toEqual({
      ok: false,
      code: 'auth/sign_in_delayed',
      retryAfterSeconds: 1,
    })
    expect(judge(limits, idle, account, 'a', 12_000)).toEqual({ ok: true })
  })

  it('lets an address the account signed in from skip its delay, not the address limit', () => {
    const account = { failures: 9, lastFailureAt: 10_000, known: ['home'], knownUntil: 99_000 }
    const idle = { failures: 0, since: 0 }
    expect(judge(limits, idle, account, 'home', 10_500)).toEqual({ ok: true })
    expect(judge(limits, idle, account, 'elsewhere', 10_500).ok).toBe(false)
    expect(judge(limits, idle, { ...account, knownUntil: 10_000 }, 'home', 10_500).ok).toBe(false)
    expect(judge(limits, { failures: 5, since: 10_000 }, account, 'home', 10_500)).toMatchObject({
      code: 'auth/too_many_attempts',
    })
  })

  it('keys IPv4 by address and IPv6 by its /64', () => {
    expect(addressOf('203.0.113.7')).toBe('203.0.113.7')
    expect(addressOf('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(addressOf('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64')
    expect(addressOf('2001:DB8:0000:1:bbbb:cccc:dddd:eeee')).toBe('2001:db8:0:1::/64')
    expect(addressOf('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressOf('::1')).toBe('0:0:0:0::/64')
    expect(addressOf(undefined)).toBe('unknown')
  })
})
