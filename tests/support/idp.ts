import { exportJWK, generateKeyPair, type JWK } from 'jose'
import type { Server } from 'node:http'
import Provider from 'oidc-provider'

/** Provider accounts and the groups they hold, as a Keycloak realm would hand them out. */
export const IDP_ACCOUNTS: Record<string, { name: string; groups: string[] }> = {
  'kc.investigator': { name: 'KC Investigator', groups: ['/htwb/investigators', '/staff'] },
  'kc.supervisor': { name: 'KC Supervisor', groups: ['/htwb/supervisors'] },
  'kc.nogroup': { name: 'KC No Group', groups: ['/staff'] },
  // Shares its name with the local administrator: must not take that account over.
  admin: { name: 'Impostor', groups: ['/htwb/supervisors'] },
}

export const IDP_GROUP_MAP = {
  '/htwb/investigators': { roles: ['INVESTIGATOR'], clearances: ['VICTIM_IDENTITY'] },
  '/htwb/supervisors': { roles: ['SUPERVISOR'], clearances: [] },
}

export const IDP_CLIENT = { id: 'htwb-workbench', secret: 'test-client-secret-0123456789' }

export interface TestIdp {
  issuer: string
  /** The provider's signing key, so tests can mint tokens it would have signed. */
  privateJwk: JWK
  stop(): Promise<void>
}

/**
 * A standards-conformant OpenID provider (panva's certified oidc-provider) standing in for the
 * Keycloak a police IT department runs; its development login form accepts any password.
 */
export async function startTestIdp(port: number, redirectUri: string): Promise<TestIdp> {
  const issuer = `http://127.0.0.1:${port}`
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const privateJwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT.id,
        client_secret: IDP_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [privateJwk] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'] },
    cookies: { keys: ['test-idp-cookie-key-0123456789'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 300, IdToken: 300 },
    findAccount: (_ctx, sub) => {
      const account = IDP_ACCOUNTS[sub]
      if (!account) return undefined
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: account.name,
          preferred_username: sub,
          groups: account.groups,
        }),
      }
    },
  })
  const server = await new Promise<Server>((resolve) => {
    const s = provider.listen(port, '127.0.0.1', () => resolve(s))
  })
  return {
    issuer,
    privateJwk,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
