import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Db } from './driver.ts'
import { invalidateProtectedIdentities, protectedIdentities, TTL_MS } from './protected-index.ts'

/** A database whose protected persons are `names`, counting the loads. */
function fakeDb(names: string[]) {
  const db = {
    loads: 0,
    database: 'neo4j',
    driver: {
      session: () => ({
        close: async () => undefined,
        executeRead: async () => {
          db.loads++
          return {
            records: names.map((name, i) => ({
              toObject: () => ({
                id: `per-${i}`,
                category: 'VICTIM',
                name,
                firstName: null,
                lastName: null,
                aliases: [],
                identifiers: [],
                phones: [],
                assets: [],
              }),
            })),
          }
        },
      }),
    },
  }
  return db as typeof db & Db
}

afterEach(() => vi.useRealTimers())

describe('the index of protected identities', () => {
  it('loads once for concurrent readers and again after a local change', async () => {
    const names = ['Elira Krasniqi']
    const db = fakeDb(names)
    const [a, b] = await Promise.all([protectedIdentities(db, 'k'), protectedIdentities(db, 'k')])
    expect(a).toBe(b)
    expect(db.loads).toBe(1)
    names.push('Drita Gashi')
    expect((await protectedIdentities(db, 'k')).matcher.size).toBe(1)
    invalidateProtectedIdentities(db)
    expect((await protectedIdentities(db, 'k')).matcher.find('Drita Gashi')).toHaveLength(1)
    expect(db.loads).toBe(2)
  })

  it('serves the old index while reloading one older than the TTL', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] })
    const names = ['Elira Krasniqi']
    const db = fakeDb(names)
    const first = await protectedIdentities(db, 'k')
    names.push('Drita Gashi')
    vi.setSystemTime(TTL_MS + 1)
    expect(await protectedIdentities(db, 'k')).toBe(first)
    await vi.waitFor(async () => expect((await protectedIdentities(db, 'k')).matcher.size).toBe(2))
    expect(db.loads).toBe(2)
  })
})
