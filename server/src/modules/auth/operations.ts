import type { Ability } from '@htwb/graph/permissions'

/**
 * Every GraphQL root field and REST route with the ability it needs. The schema guard
 * (guard.ts) refuses a root field that has no entry here, and operations.test.ts fails for one,
 * so a new operation cannot ship without a decision about who may call it. Services still check
 * the objects involved (the case, the entity) through need-to-know and may ask for more
 * (updating shared reference data needs `reference.write`).
 */
export const OPERATIONS = {
  Query: {
    health: 'session.use',
    signInOptions: 'session.use',
    me: 'session.use',
    entity: 'entity.read',
    links: 'entity.read',
    search: 'entity.read',
    expand: 'entity.read',
    paths: 'entity.read',
    cases: 'entity.read',
    assignableUsers: 'case.assign',
    charts: 'entity.read',
    chart: 'entity.read',
    revealIdentity: 'identity.reveal',
    auditEntries: 'audit.read',
    auditChain: 'audit.read',
    duplicateCandidates: 'resolution.merge',
    recentMerges: 'resolution.merge',
    retentionDue: 'retention.decide',
    retentionPolicy: 'entity.read',
    yearlyFigures: 'figures.read',
  },
  Mutation: {
    // The placeholder that lets modules extend Mutation; it does nothing.
    _empty: 'session.use',
    login: 'session.use',
    logout: 'session.use',
    changePassword: 'account.own',
    unlockSignIn: 'accounts.manage',
    createEntity: 'entity.write',
    updateEntity: 'entity.write',
    createLink: 'entity.write',
    updateLink: 'entity.write',
    createCase: 'case.create',
    addToCase: 'case.members',
    removeFromCase: 'case.members',
    assignCase: 'case.assign',
    unassignCase: 'case.assign',
    setCaseStatus: 'case.status',
    saveChart: 'chart.write',
    deleteChart: 'chart.write',
    exportChart: 'export.chart',
    mergeEntities: 'resolution.merge',
    markDistinct: 'resolution.merge',
    undoMerge: 'resolution.merge',
    retainPerson: 'retention.decide',
    erasePerson: 'retention.decide',
  },
  REST: {
    'GET /api/imports/mappings': 'import.run',
    'POST /api/imports/mappings': 'import.run',
    'DELETE /api/imports/mappings/:id': 'import.run',
    'POST /api/imports/preview': 'import.run',
    'POST /api/imports': 'import.run',
  },
} as const satisfies Record<'Query' | 'Mutation' | 'REST', Record<string, Ability>>

export type RootType = 'Query' | 'Mutation'

export function abilityOf(type: RootType, field: string): Ability | undefined {
  const table: Record<string, Ability> = OPERATIONS[type]
  return Object.hasOwn(table, field) ? table[field] : undefined
}
