import { createHash } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'
import type { PlatformRun, SystemAccess } from '../../data/access.ts'
import { toPlain } from '../../data/convert.ts'
import { toInt } from '../../data/params.ts'
import { THROTTLE_CLEAR, THROTTLE_LOCK, THROTTLE_PRUNE, THROTTLE_SAVE } from './auth.queries.ts'

/**
 * Failed sign-ins are throttled twice, with state in the database so every server instance
 * shares it:
 * - per client address: a fixed number of failures (any accounts) per window, then the address
 *   is refused until the window ends. This is what stops guessing and password spraying.
 * - per account: a few failures are free, then each attempt waits for a delay that doubles with
 *   every further failure, up to a cap. A delay, not a lock: an attacker elsewhere only slows the
 *   account down, and addresses the account signed in from before skip the delay (they stay
 *   under their own address limit), so its user is not locked out however long the attack runs.
 * Typed names and addresses are stored hashed: a password typed into the name field, or the
 * address of a user, never lands in the database.
 */
export interface ThrottleLimits {
  /** Failures from one address, for any accounts, within the window before it is refused. */
  addressFailures: number
  addressWindowMs: number
  /** Failures for one account, from any address, before each attempt must wait. */
  accountFreeFailures: number
  /** The longest wait; it doubles from one second with each failure past the free ones. */
  accountMaxDelayMs: number
}

export type ThrottleCode = 'auth/too_many_attempts' | 'auth/sign_in_delayed'
export type Verdict = { ok: true } | { ok: false; code: ThrottleCode; retryAfterSeconds: number }

/** An account's failures are forgotten after this long without one. */
const ACCOUNT_FORGET_MS = 3600_000
/** Addresses an account signed in from skip its delay for this long after the last success. */
const KNOWN_FOR_MS = 30 * 24 * 3600_000
const KNOWN_MAX = 5

interface AddressState {
  failures: number
  since: number
}
interface AccountState {
  failures: number
  lastFailureAt: number
  known: string[]
  knownUntil: number
}

export function accountDelayMs(limits: ThrottleLimits, failures: number): number {
  const over = failures - limits.accountFreeFailures
  return over < 0 ? 0 : Math.min(1000 * 2 ** Math.min(over, 30), limits.accountMaxDelayMs)
}

/** Whether an attempt may go ahead: the address limit first, then the account's delay. */
export function judge(
  limits: ThrottleLimits,
  address: AddressState,
  account: AccountState,
  addressKey: string,
  now: number,
): Verdict {
  const windowEnd = address.since + limits.addressWindowMs
  if (now < windowEnd && address.failures >= limits.addressFailures)
    return {
      ok: false,
      code: 'auth/too_many_attempts',
      retryAfterSeconds: seconds(windowEnd - now),
    }
  const until = account.lastFailureAt + accountDelayMs(limits, account.failures)
  const known = account.known.includes(addressKey) && now < account.knownUntil
  if (now < until && !known)
    return { ok: false, code: 'auth/sign_in_delayed', retryAfterSeconds: seconds(until - now) }
  return { ok: true }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))
const hash = (kind: string, value: string) =>
  `${kind}:${createHash('sha256').update(`${kind}\0${value}`).digest('hex')}`

/**
 * The address a limit applies to: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64,
 * since one subscriber holds a whole /64 and could otherwise step through addresses.
 */
export function addressOf(ip: string | undefined): string {
  const raw = (ip ?? '').replace(/%.*$/, '').toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(raw)?.[1]
  if (mapped) return mapped
  if (isIPv4(raw) || !isIPv6(raw)) return raw || 'unknown'
  const [head = '', tail] = raw.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = [
    ...left,
    ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ]
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

export class LoginThrottle {
  constructor(
    private readonly system: SystemAccess,
    private readonly limits: ThrottleLimits,
  ) {}

  /**
   * Judges an attempt and, when it may go ahead, counts it as a failure before the password is
   * checked, so a burst of parallel guesses cannot slip past the limits; `succeeded` undoes that.
   * A refused attempt is not counted, so a refusal never extends itself.
   */
  async attempt(account: string, address: string, now = Date.now()): Promise<Verdict> {
    const keys = { address: hash('address', address), account: hash('account', account) }
    return this.system.transaction(async (run) => {
      const { ad, ac } = await this.lock(run, keys, now)
      const verdict = judge(this.limits, ad, ac, keys.address, now)
      if (!verdict.ok) return verdict
      const windowOver = now >= ad.since + this.limits.addressWindowMs
      const forgotten = now >= ac.lastFailureAt + ACCOUNT_FORGET_MS
      await this.save(run, keys, now, {
        address: windowOver ? { failures: 1, since: now } : { ...ad, failures: ad.failures + 1 },
        account: { ...ac, failures: (forgotten ? 0 : ac.failures) + 1, lastFailureAt: now },
      })
      return verdict
    })
  }

  /**
   * The password was right: the account's failures are cleared and this address becomes one it
   * is known at. The address only gets back the failure counted in advance; clearing it would let
   * someone with one valid account reset their limit between guesses at others.
   */
  async succeeded(account: string, address: string, now = Date.now()): Promise<void> {
    const keys = { address: hash('address', address), account: hash('account', account) }
    await this.system.transaction(async (run) => {
      const { ad, ac } = await this.lock(run, keys, now)
      const known = [keys.address, ...ac.known.filter((k) => k !== keys.address)]
      await this.save(run, keys, now, {
        address: { ...ad, failures: Math.max(0, ad.failures - 1) },
        account: {
          failures: 0,
          lastFailureAt: 0,
          known: known.slice(0, KNOWN_MAX),
          knownUntil: now + KNOWN_FOR_MS,
        },
      })
    })
  }

  /**
   * An administrator's unlock: forgets the account's failures and, if given, an address's. The
   * addresses the account is known at stay known.
   */
  async unlock(account: string, address?: string | null): Promise<void> {
    const keys = [hash('account', account), ...(address ? [hash('address', address)] : [])]
    await this.system.write(THROTTLE_CLEAR, { keys })
  }

  /** Deletes state nothing depends on any more, so names typed once do not pile up. */
  async prune(now = Date.now()): Promise<void> {
    await this.system.write(THROTTLE_PRUNE, { now: toInt(now) })
  }

  private async lock(
    run: PlatformRun,
    keys: { address: string; account: string },
    now: number,
  ): Promise<{ ad: AddressState; ac: AccountState }> {
    // Both nodes in key order, so two attempts never wait on each other's second lock.
    const rows = await run(THROTTLE_LOCK, {
      keys: [keys.address, keys.account].sort(),
      now: toInt(now),
    })
    const byKey = new Map(
      rows.map((r) => [r.get('key') as string, toPlain(r.get('t')) as Record<string, unknown>]),
    )
    const a = byKey.get(keys.address) ?? {}
    const c = byKey.get(keys.account) ?? {}
    return {
      ad: { failures: (a.failures as number) ?? 0, since: (a.since as number) ?? 0 },
      ac: {
        failures: (c.failures as number) ?? 0,
        lastFailureAt: (c.lastFailureAt as number) ?? 0,
        known: (c.known as string[]) ?? [],
        knownUntil: (c.knownUntil as number) ?? 0,
      },
    }
  }

  private async save(
    run: PlatformRun,
    keys: { address: string; account: string },
    now: number,
    next: { address: AddressState; account: AccountState },
  ): Promise<void> {
    const { address: ad, account: ac } = next
    const accountExpires = Math.max(ac.lastFailureAt + ACCOUNT_FORGET_MS, ac.knownUntil, now)
    await run(THROTTLE_SAVE, {
      rows: [
        {
          key: keys.address,
          props: {
            failures: toInt(ad.failures),
            since: toInt(ad.since),
            expiresAt: toInt(Math.max(ad.since + this.limits.addressWindowMs, now)),
          },
        },
        {
          key: keys.account,
          props: {
            failures: toInt(ac.failures),
            lastFailureAt: toInt(ac.lastFailureAt),
            known: ac.known,
            knownUntil: toInt(ac.knownUntil),
            expiresAt: toInt(accountExpires),
          },
        },
      ],
    })
  }
}
