import { randomUUID } from 'node:crypto'
import { createUser, SystemAccess } from '@htwb/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginThrottle } from '../../server/src/modules/auth/throttle.ts'
import { Api } from '../support/api.ts'
import { closeTestDriver, cypher, testDb } from '../support/db.ts'

/**
 * Sign-in throttling against the real database: per address first, a growing delay (never a
 * lock) per account, addresses an account is known at skip its delay, an administrator unlocks.
 * Every test uses names and addresses of its own, so the rest of the suite (which signs in from
 * 127.0.0.1 all the time) is not affected.
 */

const tag = randomUUID().slice(0, 8)
const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`
const UNLOCK = `mutation($u: String!, $a: String) { unlockSignIn(username: $u, address: $a) }`

afterAll(() => closeTestDriver())

interface Answer {
  data: unknown
  errors?: Array<{ extensions?: { code?: string; retryAfterSeconds?: number } }>
}
const codeOf = (r: Answer) => r.errors?.[0]?.extensions?.code ?? 'ok'
const login = async (from: string, u: string, p: string) =>
  (await Api.from(from).gql(LOGIN, { u, p })) as Answer
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('the throttle against the database', () => {
  const limits = {
    addressFailures: 5,
    addressWindowMs: 60_000,
    accountFreeFailures: 5,
    accountMaxDelayMs: 300_000,
  }
  const throttle = () => new LoginThrottle(new SystemAccess(testDb()), limits)
  const t0 = Date.now()

  it('blocks an address after five failures while the account signs in from elsewhere', async () => {
    const t = throttle()
    const [user, a, b] = [`x.${tag}`, `a.${tag}`, `b.${tag}`]
    for (let i = 0; i < 5; i++) expect(await t.attempt(user, a, t0 + i)).toEqual({ ok: true })
    expect(await t.attempt(user, a, t0 + 10)).toMatchObject({
      ok: false,
      code: 'auth/too_many_attempts',
    })
    // The account had five failures: the next attempt waits a second, from any address…
    expect(await t.attempt(user, b, t0 + 10)).toMatchObject({
      ok: false,
      code: 'auth/sign_in_delayed',
      retryAfterSeconds: 1,
    })
    // …and then goes ahead; the right password clears the account.
    expect(await t.attempt(user, b, t0 + 1100)).toEqual({ ok: true })
    await t.succeeded(user, b, t0 + 1100)
    expect(await t.attempt(user, a, t0 + 1200)).toMatchObject({ code: 'auth/too_many_attempts' })
    expect(await t.attempt(user, b, t0 + 1200)).toEqual({ ok: true })
  })

  it('never locks the account for the address it is known at, however long the attack', async () => {
    const t = throttle()
    const [user, home] = [`y.${tag}`, `home.${tag}`]
    await t.attempt(user, home, t0)
    await t.succeeded(user, home, t0)
    // Attackers at forty addresses, each failing as soon as the account's delay allows.
    let now = t0 + 1000
    for (let done = 0; done < 40;) {
      const v = await t.attempt(user, `bot${done}.${tag}`, now)
      if (v.ok) done++
      now += v.ok ? 1 : v.retryAfterSeconds * 1000
    }
    expect(await t.attempt(user, `new.${tag}`, now)).toMatchObject({ code: 'auth/sign_in_delayed' })
    expect(await t.attempt(user, home, now)).toEqual({ ok: true })
  })

  it('counts parallel attempts from one address exactly', async () => {
    const t = throttle()
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.attempt(`p${i}.${tag}`, `burst.${tag}`, t0)),
    )
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5)
  })

  it('is unlocked by an administrator, and pruned once expired', async () => {
    const t = throttle()
    const [user, a] = [`z.${tag}`, `za.${tag}`]
    for (let i = 0; i < 5; i++) await t.attempt(user, a, t0)
    expect((await t.attempt(user, a, t0 + 5)).ok).toBe(false)
    await t.unlock(user, a)
    expect(await t.attempt(user, a, t0 + 5)).toEqual({ ok: true })
    await t.prune(t0 + 40 * 24 * 3600_000)
    const [{ n }] = await cypher<{ n: number }, 1>(`MATCH (t:LoginThrottle) RETURN count(t) AS n`)
    expect(n).toBe(0)
  })
})

describe('signing in through the API', () => {
  const username = `throttled.${tag}`
  const password = 'a-long-test-password-1'
  const n = Number.parseInt(tag.slice(0, 2), 16) // a different range of addresses each run
  const home = `198.51.100.${n}`
  const attacker = `203.0.113.${n}`
  let admin: Api

  /**
   * Wrong passwords from `count` fresh addresses, waiting out the delay whenever it applies (as
   * a patient attacker would): afterwards the account's next delay is 2^(count-5) seconds.
   */
  async function attack(prefix: string, count: number): Promise<void> {
    for (let i = 0; i < count;) {
      const r = await login(`${prefix}.${i}`, username, 'wrong')
      if (codeOf(r) === 'auth/sign_in_delayed') {
        await sleep(r.errors![0]!.extensions!.retryAfterSeconds! * 1000)
        continue
      }
      expect(codeOf(r)).toBe('auth/invalid_credentials')
      i++
    }
  }

  beforeAll(async () => {
    await createUser(new SystemAccess(testDb()), {
      username,
      displayName: 'Throttle test',
      roles: ['INVESTIGATOR'],
      password,
    })
    expect(codeOf(await login(home, username, password))).toBe('ok')
    admin = await Api.signedIn()
  })

  it('refuses an address that sprayed guesses, but not the user elsewhere', async () => {
    // The default limit: 20 failures from one address within 15 minutes, for any names.
    for (let i = 0; i < 20; i++)
      expect(codeOf(await login(attacker, `nobody${i}.${tag}`, 'guess'))).toBe(
        'auth/invalid_credentials',
      )
    const refused = await login(attacker, username, password)
    expect(codeOf(refused)).toBe('auth/too_many_attempts')
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0)
    expect(codeOf(await login(`192.0.2.${n}`, username, password))).toBe('ok')
  })

  it('delays the account at new addresses only, until an administrator unlocks it', async () => {
    await attack(`10.${n}.0`, 8)
    const elsewhere = `10.${n}.1.1`
    expect(codeOf(await login(elsewhere, username, password))).toBe('auth/sign_in_delayed')
    const supervisor = await Api.signedIn('supervisor')
    expect(await supervisor.code(UNLOCK, { u: username })).toBe('auth/forbidden')
    expect(await admin.ok(UNLOCK, { u: username, a: attacker })).toEqual({ unlockSignIn: true })
    expect(codeOf(await login(elsewhere, username, password))).toBe('ok')
    // The attacker's address was named too, so it may sign in again.
    expect(codeOf(await login(attacker, username, password))).toBe('ok')
    const [entry] = await cypher<{ actor: string; detail: string }>(
      `MATCH (a:AuditEntry {operation: 'unlockSignIn'}) RETURN a.actor AS actor, a.detail AS detail
       ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(entry).toEqual({ actor: 'admin', detail: `account:${username} address:${attacker}` })
  })

  it('lets the user in from home while the account is under attack', async () => {
    await attack(`10.${n}.2`, 8)
    expect(codeOf(await login(`10.${n}.3.1`, username, password))).toBe('auth/sign_in_delayed')
    expect(codeOf(await login(home, username, password))).toBe('ok')
  })
})
