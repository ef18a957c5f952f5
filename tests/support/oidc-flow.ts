import { importJWK, SignJWT, type JWTPayload } from 'jose'
import { inject } from 'vitest'
import { IDP_CLIENT } from './idp.ts'

/** A tiny cookie jar per origin, enough to walk a redirect chain like a browser. */
class Jar {
  private readonly cookies = new Map<string, Map<string, string>>()

  header(url: URL): string {
    const jar = this.cookies.get(url.origin)
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : ''
  }

  store(url: URL, res: Response): void {
    const jar = this.cookies.get(url.origin) ?? new Map<string, string>()
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const i = pair!.indexOf('=')
      const [name, value] = [pair!.slice(0, i).trim(), pair!.slice(i + 1).trim()]
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name)
      else jar.set(name, value)
    }
    this.cookies.set(url.origin, jar)
  }
}

export interface FlowResult {
  /** Where the workbench sent the browser at the end: '/' or '/?signInError=…'. */
  landing: string
  /** The workbench session cookie, if one was set. */
  sessionCookie: string | null
}

/**
 * Signs in through the workbench's single sign-on exactly as a browser would: start at
 * /auth/oidc/login, log in on the provider's form, consent, and come back to the callback.
 */
export async function signInWithProvider(account: string): Promise<FlowResult> {
  const jar = new Jar()
  const wb = new URL(inject('wbUrl'))
  let url = new URL('/auth/oidc/login', wb)
  let form: Record<string, string> | null = null
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(url),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : null,
    })
    jar.store(url, res)
    form = null
    const location = res.headers.get('location')
    if (location) {
      const next = new URL(location, url)
      if (next.origin === wb.origin && next.pathname === '/') {
        const session = /htwb_session=([^;]+)/.exec(jar.header(wb))?.[1] ?? null
        return { landing: next.pathname + next.search, sessionCookie: session }
      }
      url = next
      continue
    }
    const html = await res.text()
    if (!url.pathname.startsWith('/interaction/')) throw new Error(`unexpected page ${url}`)
    // The provider's login form, then its consent form.
    form = /name="login"/.test(html)
      ? { prompt: 'login', login: account, password: 'any' }
      : { prompt: 'consent' }
  }
  throw new Error('sign-in flow did not finish')
}

/** A token signed with the provider's own key; claims default to a valid one for `sub`. */
export async function providerToken(
  sub: string,
  claims: JWTPayload & Record<string, unknown> = {},
): Promise<string> {
  const { issuer, privateJwk } = inject('idp')
  const key = await importJWK(privateJwk, 'RS256')
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({
    iss: issuer,
    aud: IDP_CLIENT.id,
    sub,
    iat: now,
    exp: now + 300,
    preferred_username: sub,
    typ: 'Bearer',
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: privateJwk.kid! })
    .sign(key)
}
