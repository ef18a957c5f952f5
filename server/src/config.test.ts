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
})
