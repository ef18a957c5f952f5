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
}

export interface SubgraphPathModel {
  nodes: EntityModel[]
  links: LinkModel[]
  length: number
}

export const ROLES = [
  'INVESTIGATOR',
  'ANALYST',
  'PROSECUTOR',
  'INTERNATIONAL_OFFICER',
  'SUPERVISOR',
  'ADMINISTRATOR',
] as const
export type Role = (typeof ROLES)[number]

export const CLEARANCES = ['VICTIM_IDENTITY', 'INFORMANT_IDENTITY'] as const
export type Clearance = (typeof CLEARANCES)[number]

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
