import { describe, expect, it } from 'vitest'
import { rolesFromGroups } from './groups.ts'

const map = {
  '/htwb/investigators': {
    roles: ['INVESTIGATOR' as const],
    clearances: ['VICTIM_IDENTITY' as const],
  },
  '/htwb/supervisors': { roles: ['SUPERVISOR' as const], clearances: [] },
}

describe('group mapping', () => {
  it('grants the union of the mapped groups, in a stable order', () => {
    expect(rolesFromGroups(map, ['/htwb/supervisors', '/htwb/investigators', '/other'])).toEqual({
      roles: ['INVESTIGATOR', 'SUPERVISOR'],
      clearances: ['VICTIM_IDENTITY'],
    })
  })

  it('grants nothing for a missing, malformed or prototype-named claim', () => {
    const none = { roles: [], clearances: [] }
    expect(rolesFromGroups(map, undefined)).toEqual(none)
    expect(rolesFromGroups(map, '/htwb/supervisors')).toEqual(none)
    expect(rolesFromGroups(map, ['__proto__', 'constructor', 42])).toEqual(none)
  })
})
