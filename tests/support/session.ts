import { inject } from 'vitest'

/** Signs in over GraphQL and returns the session cookie, as the browser holds it. */
export async function cookieOf(
  username: string,
  password = username === 'admin' ? inject('adminPassword') : inject('accounts')[username],
): Promise<string> {
  const res = await fetch(`${inject('wbUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: password },
    }),
  })
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!
}
