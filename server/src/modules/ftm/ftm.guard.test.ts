import { describe, expect, it } from 'vitest'
import type { EntityModel } from '../../data/models.ts'
import { pseudonym } from '../../data/protection.ts'
import { exportedName, lonelyHomes, withheld } from './ftm.guard.ts'

const provenance = {
  sourceIds: [],
  reliability: 'B',
  credibility: 2,
  handling: 'H1',
  validFrom: null,
  validTo: null,
  recordedBy: 'in.someone',
  recordedAt: '2024-01-02T00:00:00.000Z',
}
const entity = (id: string, kind: string, props: Record<string, unknown> = {}): EntityModel =>
  ({ id, kind, name: `Name of ${id}`, version: 1, provenance, ...props }) as EntityModel

describe('what every export withholds of protected persons', () => {
  it('names an informant by a pseudonym, a masked victim as DataAccess masked her, others as they are', () => {
    const informant = entity('per-i', 'Person', { category: 'INFORMANT' })
    expect(withheld(informant)).toBe(true)
    expect(exportedName(informant, 'key')).toBe(`Protected person ${pseudonym('key', 'per-i')}`)
    const victim = entity('per-v', 'Person', {
      category: 'VICTIM',
      name: 'Victim 3FA2C1',
      pseudonymised: true,
    })
    expect(exportedName(victim, 'key')).toBe('Victim 3FA2C1')
    const suspect = entity('per-s', 'Person', { category: 'SUSPECT' })
    expect(withheld(suspect)).toBe(false)
    expect(exportedName(suspect, 'key')).toBe('Name of per-s')
  })

  it('drops a guarded home nothing else refers to, keeps one that something does', () => {
    const byId = new Map(
      [entity('loc-1', 'Location'), entity('loc-2', 'Location'), entity('pho-1', 'Phone')].map(
        (e) => [e.id, e],
      ),
    )
    const guarded = new Set(['loc-1', 'loc-2', 'pho-1'])
    expect([...lonelyHomes(byId, guarded, new Set(['loc-2']))]).toEqual(['loc-1'])
  })
})
