import { describe, expect, it } from 'vitest'
import { loadConfig } from './config.ts'

describe('configuration', () => {
  it('runs embedded with a fresh database secret when no NEO4J_URI is set', () => {
    const a = loadConfig({})
    const b = loadConfig({})
    expect(a.graph.mode).toBe('embedded')
    expect(a.graph.password).not.toBe(b.graph.password)
    expect(a.graph.password.length).toBeGreaterThanOrEqual(24)
  })

  it('uses an external Neo4j only with its credentials', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687' })).toThrow(/NEO4J_USER/)
    const c = loadConfig({
      NEO4J_URI: 'neo4j://db:7687',
      NEO4J_USER: 'wb',
      NEO4J_PASSWORD: 'secret',
    })
    expect(c.graph).toMatchObject({ mode: 'external', uri: 'neo4j://db:7687', database: 'neo4j' })
  })

  it('fails fast listing every problem', () => {
    expect(() =>
      loadConfig({ WB_PORT: 'eighty', NEO4J_URI: 'http://x', WB_ADMIN_PASSWORD: 'short' }),
    ).toThrow(/WB_PORT[\s\S]*NEO4J_URI[\s\S]*WB_ADMIN_PASSWORD/)
  })

  it('refuses unsafe production settings, each named', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        WB_PUBLIC_URL: 'http://wb.police.example',
        NEO4J_URI: 'bolt://db.police.example:7687',
        NEO4J_USER: 'wb',
        NEO4J_PASSWORD: 'secret',
        WB_CORS_ORIGINS: 'http://other.example',
      }),
    ).toThrow(/WB_PUBLIC_URL[\s\S]*WB_SEED[\s\S]*WB_CORS_ORIGINS[\s\S]*NEO4J_URI/)
    const safe = loadConfig({
      NODE_ENV: 'production',
      WB_PUBLIC_URL: 'https://wb.police.example/',
      WB_SEED: 'none',
      NEO4J_URI: 'neo4j+s://db.police.example:7687',
      NEO4J_USER: 'wb',
      NEO4J_PASSWORD: 'secret',
    })
    expect(safe.publicUrl).toBe('https://wb.police.example')
  })

  it('needs every OIDC setting once one is given, and a well-formed group map', () => {
    expect(() => loadConfig({ WB_OIDC_ISSUER: 'https://sso.example/realms/police' })).toThrow(
      /WB_OIDC_CLIENT_ID[\s\S]*WB_OIDC_CLIENT_SECRET[\s\S]*WB_OIDC_GROUP_MAP[\s\S]*WB_PUBLIC_URL/,
    )
    const base = {
      WB_PUBLIC_URL: 'http://127.0.0.1:4000',
      WB_OIDC_ISSUER: 'https://sso.example/realms/police',
      WB_OIDC_CLIENT_ID: 'htwb',
      WB_OIDC_CLIENT_SECRET: 'a-client-secret-of-length',
    }
    expect(() => loadConfig({ ...base, WB_OIDC_GROUP_MAP: '{not json' })).toThrow(/must be JSON/)
    expect(() =>
      loadConfig({ ...base, WB_OIDC_GROUP_MAP: '{"/g": {"roles": ["SUPERUSER"]}}' }),
    ).toThrow(/WB_OIDC_GROUP_MAP/)
    const ok = loadConfig({ ...base, WB_OIDC_GROUP_MAP: '{"/g": {"roles": ["ANALYST"]}}' })
    expect(ok.oidc).toMatchObject({
      audience: 'htwb',
      groupMap: { '/g': { roles: ['ANALYST'], clearances: [] } },
    })
  })
})
