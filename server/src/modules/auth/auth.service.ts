import { hash, verify } from '@node-rs/argon2'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Response } from 'express'
import type { Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import type { SystemAccess } from '../../data/access.ts'
import { toPlain } from '../../data/convert.ts'
import type { Clearance, Role, UserModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import {
  CREATE_SESSION,
  CREATE_USER,
  DELETE_SESSION,
  SESSION_USER,
  SET_PASSWORD,
  USER_BY_ID,
  USER_BY_USERNAME,
  USER_COUNT,
  DEMO_ASSIGN,
} from './auth.queries.ts'
import { toInt } from '../../data/params.ts'
import { addressOf, LoginThrottle, type Verdict } from './throttle.ts'

export const SESSION_COOKIE = 'htwb_session'
const SESSION_TTL = 'PT12H'
// algorithm 2 is Argon2id (a const enum the package does not export at runtime); OWASP parameters.
const ARGON = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

export function toUser(node: Node): UserModel & { passwordHash: string } {
  const p = toPlain(node.properties) as Record<string, unknown>
  return {
    id: p.id as string,
    username: p.username as string,
    displayName: p.displayName as string,
    roles: (p.roles as Role[]) ?? [],
    clearances: (p.clearances as Clearance[] | null) ?? [],
    passwordHash: p.passwordHash as string,
  }
}

export const publicUser = ({
  id,
  username,
  displayName,
  roles,
  clearances,
}: UserModel): UserModel => ({
  id,
  username,
  displayName,
  roles,
  clearances,
})

export async function userFromSession(
  system: SystemAccess,
  token: string | null,
): Promise<UserModel | null> {
  if (!token || token.length > 200) return null
  const [user] = await system.read(SESSION_USER, { tokenHash: tokenHash(token) }, (r) =>
    toUser(r.get('u')),
  )
  return user ? publicUser(user) : null
}

const throttleOf = (ctx: Pick<Context, 'system' | 'config'>) =>
  new LoginThrottle(ctx.system, ctx.config.loginThrottle)

/** The refusal a throttle verdict answers with; the client shows when to try again. */
const throttled = (v: Exclude<Verdict, { ok: true }>) =>
  appError(v.code, { retryAfterSeconds: v.retryAfterSeconds })

export async function login(ctx: Context, username: string, password: string): Promise<UserModel> {
  const key = username.trim().toLowerCase().slice(0, 100)
  const address = addressOf(ctx.req.ip ?? ctx.req.socket.remoteAddress)
  const throttle = throttleOf(ctx)
  // Counted before the slow hash check, so a burst of parallel guesses cannot slip past the limit.
  const verdict = await throttle.attempt(key, address)
  if (!verdict.ok) {
    await ctx.system.audit({
      actor: null,
      action: 'SIGN_IN',
      operation: 'login',
      outcome: 'REFUSED',
      detail: verdict.code,
    })
    throw throttled(verdict)
  }
  const [user] = await ctx.system.read(USER_BY_USERNAME, { username: key }, (r) =>
    toUser(r.get('u')),
  )
  // Verify against a dummy hash for unknown users so timing does not reveal which names exist.
  const ok = await verify(user?.passwordHash || (await dummyHash()), password.slice(0, 1000)).catch(
    () => false,
  )
  if (!user || !ok) {
    await ctx.system.audit({
      actor: null,
      action: 'SIGN_IN',
      operation: 'login',
      outcome: 'REFUSED',
      detail: 'auth/invalid_credentials',
    })
    throw appError('auth/invalid_credentials')
  }
  await throttle.succeeded(key, address)
  await startSession(ctx.system, ctx.res, ctx.config.production, user, 'login')
  return publicUser(user)
}

/** Opens a session for a verified user: audited sign-in, httpOnly SameSite=Strict cookie. */
export async function startSession(
  system: SystemAccess,
  res: Response,
  secure: boolean,
  user: UserModel,
  operation: string,
): Promise<void> {
  const token = randomBytes(32).toString('base64url')
  await system.write(CREATE_SESSION, {
    userId: user.id,
    tokenHash: tokenHash(token),
    ttl: SESSION_TTL,
  })
  await system.audit({ actor: user.username, action: 'SIGN_IN', operation, outcome: 'OK' })
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: 12 * 3600_000,
  })
}

export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.sessionToken)
    await ctx.system.write(DELETE_SESSION, { tokenHash: tokenHash(ctx.sessionToken) })
  ctx.res.clearCookie(SESSION_COOKIE, { path: '/' })
  return true
}

let dummy: Promise<string> | null = null
const dummyHash = () => (dummy ??= hash(randomUUID(), ARGON))

export const hashPassword = (password: string) => hash(password, ARGON)

export interface NewUser {
  username: string
  displayName: string
  roles: Role[]
  clearances?: Clearance[]
  password: string
}

export async function createUser(system: SystemAccess, u: NewUser): Promise<void> {
  await system.write(CREATE_USER, {
    id: randomUUID(),
    username: u.username.toLowerCase(),
    displayName: u.displayName,
    roles: u.roles,
    clearances: u.clearances ?? [],
    passwordHash: await hashPassword(u.password),
  })
}

/** Which demo cases each demo account works on (supervisors and admin see all). */
const DEMO_CASES: Record<string, { statuses: string[]; n: number }> = {
  investigator: { statuses: ['OPEN'], n: 60 },
  prosecutor: { statuses: ['REFERRED'], n: 60 },
  'intl.officer': { statuses: ['OPEN', 'REFERRED'], n: 10 },
}

const BOTH: Clearance[] = ['VICTIM_IDENTITY', 'INFORMANT_IDENTITY']

const DEMO_ACCOUNTS: Array<Omit<NewUser, 'password'>> = [
  {
    username: 'investigator',
    displayName: 'Investigator (demo)',
    roles: ['INVESTIGATOR'],
    clearances: ['VICTIM_IDENTITY'],
  },
  { username: 'analyst', displayName: 'Analyst (demo)', roles: ['ANALYST'] },
  {
    username: 'prosecutor',
    displayName: 'Prosecutor (demo)',
    roles: ['PROSECUTOR'],
    clearances: ['VICTIM_IDENTITY'],
  },
  {
    username: 'intl.officer',
    displayName: 'International cooperation (demo)',
    roles: ['INTERNATIONAL_OFFICER'],
  },
  {
    username: 'supervisor',
    displayName: 'Supervisor (demo)',
    roles: ['SUPERVISOR'],
    clearances: BOTH,
  },
]

export interface InitialAccount {
  username: string
  password: string
}

/**
 * On an empty user table, creates the administrator and, for the demo, one account per role.
 * Passwords are generated (the administrator's comes from WB_ADMIN_PASSWORD when set) and
 * returned so they can be shown once; there is no default password.
 */
export async function ensureInitialUsers(
  system: SystemAccess,
  opts: { adminPassword?: string | undefined; demoAccounts: boolean },
): Promise<InitialAccount[]> {
  const [count] = await system.read(USER_COUNT, {}, (r) => toPlain(r.get('count')) as number)
  if (count) return []
  const generated: InitialAccount[] = []
  const adminPassword = opts.adminPassword ?? randomBytes(12).toString('base64url')
  if (!opts.adminPassword) generated.push({ username: 'admin', password: adminPassword })
  await createUser(system, {
    username: 'admin',
    displayName: 'Administrator',
    roles: ['ADMINISTRATOR', 'SUPERVISOR', 'INVESTIGATOR', 'ANALYST'],
    clearances: BOTH,
    password: adminPassword,
  })
  for (const account of opts.demoAccounts ? DEMO_ACCOUNTS : []) {
    const password = randomBytes(12).toString('base64url')
    await createUser(system, { ...account, password })
    generated.push({ username: account.username, password })
    const cases = DEMO_CASES[account.username]
    if (cases)
      await system.write(DEMO_ASSIGN, {
        username: account.username,
        statuses: cases.statuses,
        n: toInt(cases.n),
      })
  }
  return generated
}

export async function changePassword(
  ctx: Context,
  current: string,
  next: string,
): Promise<boolean> {
  const user = ctx.data.requireUser()
  if (next.length < 12 || next.length > 200 || next === current)
    throw appError('auth/weak_password', { field: 'newPassword' })
  const key = user.username
  const address = addressOf(ctx.req.ip ?? ctx.req.socket.remoteAddress)
  const throttle = throttleOf(ctx)
  const verdict = await throttle.attempt(key, address)
  if (!verdict.ok) throw throttled(verdict)
  const [stored] = await ctx.system.read(USER_BY_ID, { id: user.id }, (r) => toUser(r.get('u')))
  const ok = stored
    ? await verify(stored.passwordHash, current.slice(0, 1000)).catch(() => false)
    : false
  if (!ok) {
    await ctx.system.audit({
      actor: user.username,
      action: 'ALTER',
      operation: 'changePassword',
      outcome: 'REFUSED',
      detail: 'auth/invalid_credentials',
    })
    throw appError('auth/invalid_credentials', { field: 'currentPassword' })
  }
  await throttle.succeeded(key, address)
  await ctx.system.write(SET_PASSWORD, {
    id: user.id,
    passwordHash: await hashPassword(next),
    keepTokenHash: ctx.sessionToken ? tokenHash(ctx.sessionToken) : '',
  })
  await ctx.system.audit({
    actor: user.username,
    action: 'ALTER',
    operation: 'changePassword',
    outcome: 'OK',
  })
  return true
}

/**
 * An administrator lets an account (and, if given, a client address) sign in again at once. The
 * permission table admits only holders of `accounts.manage`; the act is audited with both.
 */
export async function unlockSignIn(
  ctx: Context,
  username: string,
  address: string | null | undefined,
): Promise<boolean> {
  const admin = ctx.data.requireUser()
  const name = username.trim().toLowerCase().slice(0, 100)
  const ip = address?.trim() ? addressOf(address.trim().slice(0, 100)) : null
  await throttleOf(ctx).unlock(name, ip)
  await ctx.system.audit({
    actor: admin.username,
    action: 'ALTER',
    operation: 'unlockSignIn',
    outcome: 'OK',
    detail: ip ? `account:${name} address:${ip}` : `account:${name}`,
  })
  return true
}

export const signInOptions = (ctx: Context) => ({ singleSignOn: ctx.config.oidc?.label ?? null })
