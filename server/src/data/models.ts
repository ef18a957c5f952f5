import type { EntityKind, LinkKind, Provenance } from '@htwb/graph'

/** Plain objects that leave the data layer: no Neo4j integers, temporal or spatial types. */
export type ProvenanceModel = Provenance

export interface EntityModel {
  id: string
  kind: EntityKind
  name: string
  version: number
  provenance: ProvenanceModel
  /** Kind-specific properties (see KIND_PROPS), already converted; lists default to []. */
  [prop: string]: unknown
}

export interface LinkModel {
  id: string
  kind: LinkKind
  fromId: string
  toId: string
  version: number
  provenance: ProvenanceModel
  meansOfControl: string[]
  [prop: string]: unknown
}

export interface SearchHitModel {
  entity: EntityModel
  score: number
}

export interface SubgraphModel {
  nodes: EntityModel[]
  links: LinkModel[]
  truncated: boolean
  cutPairs: Array<{ aId: string; bId: string; shown: number; totalCount: number }>
}

export interface SubgraphPathModel {
  nodes: EntityModel[]
  links: LinkModel[]
  length: number
}

export { CLEARANCES, ROLES, type Clearance, type Role } from '@htwb/graph/permissions'
import type { Clearance, Role } from '@htwb/graph/permissions'

export interface UserModel {
  id: string
  username: string
  displayName: string
  roles: Role[]
  clearances: Clearance[]
}

export interface AuditEntryModel {
  id: string
  seq: number
  at: string
  actor: string
  action: string
  operation: string
  outcome: string
  personIds: string[]
  entityIds: string[]
  caseId: string | null
  justification: string | null
  detail: string | null
}
