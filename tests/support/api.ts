import { inject } from 'vitest'

export interface GqlResult<T> {
  data: T | null
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>
}

/** A signed-in API user over real HTTP, keeping the session cookie like a browser would. */
export class Api {
  private cookie = ''
  private authorization = ''
  private forwardedFor = ''

  constructor(readonly url = inject('wbUrl')) {}

  /** A client that already holds a session cookie, e.g. from single sign-on. */
  static withSession(token: string): Api {
    const api = new Api()
    api.cookie = `htwb_session=${token}`
    return api
  }

  /**
   * A client at another address: the test workbench trusts X-Forwarded-For from loopback
   * (WB_TRUST_PROXY), as a workbench behind a reverse proxy does from the proxy.
   */
  static from(address: string): Api {
    const api = new Api()
    api.forwardedFor = address
    return api
  }

  /** A script's client presenting a bearer access token. */
  static withBearer(token: string): Api {
    const api = new Api()
    api.authorization = `Bearer ${token}`
    return api
  }

  /** Signs in as admin, or as a demo account by username. */
  static async signedIn(
    username = 'admin',
    password = username === 'admin' ? inject('adminPassword') : inject('accounts')[username],
  ): Promise<Api> {
    const api = new Api()
    const res = await api.gql<{ login: { id: string } }>(
      'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      { u: username, p: password },
    )
    if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`)
    return api
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.authorization ? { authorization: this.authorization } : {}),
        ...(this.forwardedFor ? { 'x-forwarded-for': this.forwardedFor } : {}),
      },
      body: JSON.stringify({ query, variables }),
    })
    const setCookie = res.headers.get('set-cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0] as string
    return (await res.json()) as GqlResult<T>
  }

  /** The data, failing the test with the errors if there are any. */
  async ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables)
    if (res.errors?.length || !res.data)
      throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`)
    return res.data
  }

  /** The error code of a call that must fail. */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const res = await this.gql(query, variables)
    return res.errors?.[0]?.extensions?.code
  }
}
