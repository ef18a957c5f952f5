import { parse as parseCookies } from 'cookie'
import { Router, type Request, type Response } from 'express'
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose'
import { randomBytes, randomUUID } from 'node:crypto'
import * as oidc from 'openid-client'
import type { Config } from '../../config.ts'
import type { SystemAccess } from '../../data/access.ts'
import type { UserModel } from '../../data/models.ts'
import type { ErrorCode } from '../../errors.ts'
import { logger } from '../../logger.ts'
import { publicUser, startSession, toUser } from './auth.service.ts'
import { UPSERT_OIDC_USER, USER_BY_USERNAME_ANY } from './auth.queries.ts'
import { rolesFromGroups } from './groups.ts'

type OidcConfig = NonNullable<Config['oidc']>

const FLOW_COOKIE = 'htwb_oidc'
const FLOW_TTL_MS = 10 * 60_000
const MAX_PENDING_FLOWS = 10_000
/** Asymmetric algorithms only: `none` and shared-secret HS* tokens are refused outright. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA']

interface Flow {
  state: string
  nonce: string
  verifier: string
  expires: number
}

class SignInRefused extends Error {
  constructor(readonly code: ErrorCode) {
    super(code)
  }
}

/**
 * Sign-in through an OpenID Connect provider (Keycloak in most police IT): the authorization
 * code flow with PKCE, state and nonce for people, and bearer access tokens for scripts.
 * Users are keyed by issuer and subject; their roles and clearances follow the provider's
 * groups at every sign-in, mapped by WB_OIDC_GROUP_MAP.
 */
export class OidcSignIn {
  private discovered: Promise<oidc.Configuration> | null = null
  private jwks: ReturnType<typeof createRemoteJWKSet> | null = null
  // Pending flows live here, bound to a random browser cookie; one process serves them.
  private readonly flows = new Map<string, Flow>()

  constructor(
    private readonly cfg: OidcConfig,
    private readonly publicUrl: string,
    private readonly production: boolean,
    private readonly system: SystemAccess,
  ) {}

  get label(): string {
    return this.cfg.label
  }

  private get redirectUri(): string {
    return `${this.publicUrl}/auth/oidc/callback`
  }

  /** Discovery is lazy and retried, so an unreachable provider never stops local sign-in. */
  private discover(): Promise<oidc.Configuration> {
    this.discovered ??= oidc
      .discovery(
        new URL(this.cfg.issuer),
        this.cfg.clientId,
        this.cfg.clientSecret,
        undefined,
        // The production guard insists on https; tests and laptops may use a local http provider.
        this.production ? {} : { execute: [oidc.allowInsecureRequests] },
      )
      .catch((e: unknown) => {
        this.discovered = null
        throw e
      })
    return this.discovered
  }

  routes(): Router {
    const router = Router()
    router.get('/auth/oidc/login', (req, res) => void this.begin(req, res))
    router.get('/auth/oidc/callback', (req, res) => void this.complete(req, res))
    return router
  }

  private async begin(_req: Request, res: Response): Promise<void> {
    try {
      const config = await this.discover()
      const flowId = randomBytes(24).toString('base64url')
      const flow: Flow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
        expires: Date.now() + FLOW_TTL_MS,
      }
      this.prune()
      this.flows.set(flowId, flow)
      // Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
      res.cookie(FLOW_COOKIE, flowId, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.production,
        path: '/auth/oidc',
        maxAge: FLOW_TTL_MS,
      })
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: this.redirectUri,
        scope: 'openid profile email',
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      })
      res.redirect(303, url.href)
    } catch (e) {
      logger.warn({ err: (e as Error).message }, 'oidc: provider unavailable')
      res.redirect(303, '/?signInError=auth/provider_unavailable')
    }
  }

  private async complete(req: Request, res: Response): Promise<void> {
    const flowId = parseCookies(req.headers.cookie ?? '')[FLOW_COOKIE] ?? ''
    const flow = this.flows.get(flowId)
    this.flows.delete(flowId)
    res.clearCookie(FLOW_COOKIE, { path: '/auth/oidc' })
    let username: string | null = null
    try {
      if (!flow || flow.expires < Date.now()) throw new SignInRefused('auth/sign_in_failed')
      const config = await this.discover()
      const current = new URL(req.originalUrl, this.publicUrl)
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      })
      const claims = tokens.claims()
      if (!claims) throw new SignInRefused('auth/sign_in_failed')
      // Keycloak can put groups in the ID token or only in userinfo; take both.
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
      const user = await this.provision({ ...info, ...claims })
      username = user.username
      await startSession(this.system, res, this.production, user, 'oidc')
      res.redirect(303, '/')
    } catch (e) {
      const code = e instanceof SignInRefused ? e.code : 'auth/sign_in_failed'
      if (!(e instanceof SignInRefused))
        logger.warn({ err: (e as Error).message }, 'oidc: sign-in failed')
      await this.system.audit({
        actor: username,
        action: 'SIGN_IN',
        operation: 'oidc',
        outcome: 'REFUSED',
        detail: code,
      })
      res.redirect(303, `/?signInError=${code}`)
    }
  }

  /** The user a valid bearer access token names, or a refusal code. */
  async bearerUser(token: string): Promise<UserModel | ErrorCode> {
    try {
      const config = await this.discover()
      const jwksUri = config.serverMetadata().jwks_uri
      if (!jwksUri) return 'auth/invalid_token'
      this.jwks ??= createRemoteJWKSet(new URL(jwksUri))
      const { payload, protectedHeader } = await jwtVerify(token, this.jwks, {
        issuer: config.serverMetadata().issuer,
        audience: this.cfg.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      })
      // An ID token names the client as audience too, but is no API credential: access tokens
      // only (RFC 9068 "at+jwt", or Keycloak's typ claim "Bearer").
      if (protectedHeader.typ?.toLowerCase() !== 'at+jwt' && payload.typ !== 'Bearer')
        return 'auth/invalid_token'
      return await this.provision(payload)
    } catch (e) {
      if (e instanceof SignInRefused) return e.code
      return 'auth/invalid_token'
    }
  }

  private async provision(claims: JWTPayload & Record<string, unknown>): Promise<UserModel> {
    const { roles, clearances } = rolesFromGroups(this.cfg.groupMap, claims[this.cfg.groupsClaim])
    if (!roles.length) throw new SignInRefused('auth/no_role')
    const oidcKey = `${this.cfg.issuer}#${claims.sub}`
    const wanted = String(claims.preferred_username ?? claims.email ?? claims.sub)
    const username = wanted.toLowerCase().slice(0, 100)
    // A provider account must never take over a local account that happens to share its name.
    const [holder] = await this.system.read(
      USER_BY_USERNAME_ANY,
      { username },
      (r) => r.get('oidcKey') as string | null,
    )
    if (holder !== undefined && holder !== oidcKey) throw new SignInRefused('auth/account_conflict')
    const [user] = await this.system.write(
      UPSERT_OIDC_USER,
      {
        oidcKey,
        id: randomUUID(),
        username,
        displayName: String(claims.name ?? username).slice(0, 200),
        roles,
        clearances,
      },
      (r) => toUser(r.get('u')),
    )
    if (!user) throw new SignInRefused('auth/sign_in_failed')
    return publicUser(user)
  }

  private prune(): void {
    const now = Date.now()
    for (const [id, f] of this.flows) if (f.expires < now) this.flows.delete(id)
    // Anyone can start a flow: the oldest pending ones give way rather than memory.
    for (const id of this.flows.keys()) {
      if (this.flows.size <= MAX_PENDING_FLOWS) break
      this.flows.delete(id)
    }
  }
}
