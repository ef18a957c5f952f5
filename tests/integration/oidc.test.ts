import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { IDP_CLIENT } from '../support/idp.ts'
import { providerToken, signInWithProvider } from '../support/oidc-flow.ts'
import { inject } from 'vitest'

const ME = `{ me { username roles clearances } }`
type Me = { me: { username: string; roles: string[]; clearances: string[] } | null }

describe('single sign-on through an OpenID Connect provider', () => {
  it('offers the provider on the sign-in page', async () => {
    const res = await new Api().ok<{ signInOptions: { singleSignOn: string | null } }>(
      `{ signInOptions { singleSignOn } }`,
    )
    expect(res.signInOptions.singleSignOn).toBe('Police Keycloak')
  })

  it('signs a provider user in with the roles and clearances their groups map to', async () => {
    const flow = await signInWithProvider('kc.investigator')
    expect(flow.landing).toBe('/')
    expect(flow.sessionCookie).toBeTruthy()
    const me = await Api.withSession(flow.sessionCookie!).ok<Me>(ME)
    expect(me.me).toEqual({
      username: 'kc.investigator',
      roles: ['INVESTIGATOR'],
      clearances: ['VICTIM_IDENTITY'],
    })
    // A second sign-in finds the same account instead of creating another.
    const again = await signInWithProvider('kc.investigator')
    expect((await Api.withSession(again.sessionCookie!).ok<Me>(ME)).me?.username).toBe(
      'kc.investigator',
    )
  })

  it('refuses a provider user whose groups grant no role', async () => {
    const flow = await signInWithProvider('kc.nogroup')
    expect(flow).toEqual({ landing: '/?signInError=auth/no_role', sessionCookie: null })
  })

  it('never lets a provider account take over a local account of the same name', async () => {
    const flow = await signInWithProvider('admin')
    expect(flow).toEqual({ landing: '/?signInError=auth/account_conflict', sessionCookie: null })
    const admin = await (await Api.signedIn()).ok<Me>(ME)
    expect(admin.me?.roles).toContain('ADMINISTRATOR')
  })

  it('refuses a callback that no sign-in of this browser started', async () => {
    const res = await fetch(`${inject('wbUrl')}/auth/oidc/callback?code=forged&state=forged`, {
      redirect: 'manual',
    })
    expect(res.headers.get('location')).toBe('/?signInError=auth/sign_in_failed')
    expect(res.headers.getSetCookie().join()).not.toMatch(/htwb_session=[^;]/)
  })
})

describe('bearer access tokens', () => {
  const groups = ['/htwb/supervisors']

  it('accepts a valid token from the provider and maps its groups', async () => {
    const me = await Api.withBearer(await providerToken('kc.supervisor', { groups })).ok<Me>(ME)
    expect(me.me).toMatchObject({ username: 'kc.supervisor', roles: ['SUPERVISOR'] })
  })

  it('refuses expired, wrong-audience, wrong-issuer, ID and unsigned tokens', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600
    const bad = {
      expired: await providerToken('kc.supervisor', { groups, iat: past - 300, exp: past }),
      wrongAudience: await providerToken('kc.supervisor', { groups, aud: 'another-client' }),
      wrongIssuer: await providerToken('kc.supervisor', { groups, iss: 'http://evil.example' }),
      idToken: await providerToken('kc.supervisor', { groups, typ: 'ID' }),
      algNone: new UnsecuredJWT({ sub: 'kc.supervisor', groups, aud: IDP_CLIENT.id })
        .setIssuer(inject('idp').issuer)
        .setExpirationTime('5m')
        .encode(),
    }
    for (const [what, token] of Object.entries(bad)) {
      const res = await Api.withBearer(token).gql(ME)
      expect({ what, code: res.errors?.[0]?.extensions?.code, data: res.data ?? null }).toEqual({
        what,
        code: 'auth/invalid_token',
        data: null,
      })
    }
  })

  it('refuses tokens signed by a foreign key or with the client secret (HS256)', async () => {
    const { issuer } = inject('idp')
    const claims = { sub: 'kc.supervisor', groups, iss: issuer, aud: IDP_CLIENT.id }
    const { privateKey } = await generateKeyPair('RS256', { extractable: true })
    const foreign = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setExpirationTime('5m')
      .sign(privateKey)
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'test-key' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(IDP_CLIENT.secret))
    for (const token of [foreign, hmac])
      expect(await Api.withBearer(token).code(ME)).toBe('auth/invalid_token')
  })

  it('refuses a valid token whose groups grant no role', async () => {
    const token = await providerToken('kc.nogroup', { groups: ['/staff'] })
    expect(await Api.withBearer(token).code(ME)).toBe('auth/no_role')
  })
})
