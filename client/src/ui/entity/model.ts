import {
  ENTITY_KINDS as GRAPH_ENTITY_KINDS,
  LINK_KINDS as GRAPH_LINK_KINDS,
  TRAFFICKING_LINKS as GRAPH_TRAFFICKING_LINKS,
} from '@htwb/graph/model'
import type { EntityKind, LinkKind, PersonCategory } from '../../generated/graphql'

export const ENTITY_KINDS: readonly EntityKind[] = GRAPH_ENTITY_KINDS
export const LINK_KINDS: readonly LinkKind[] = GRAPH_LINK_KINDS

/** The links that describe the trafficking process itself; drawn directed and heavier. */
export const TRAFFICKING_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>(GRAPH_TRAFFICKING_LINKS)

/** The protective markers shown wherever a person appears. */
export interface EntityFlags {
  category: PersonCategory | null
  victim: boolean
  potentialVictim: boolean
  minor: boolean
  minorWhenRecorded: boolean
  informant: boolean
  /** Name and identifying details withheld by the server; `name` is a stable pseudonym. */
  pseudonymised: boolean
}

/** Reads the person markers off any entity-shaped object; other kinds get all false. */
export function entityFlags(entity: object): EntityFlags {
  const category =
    'category' in entity && typeof entity.category === 'string'
      ? (entity.category as PersonCategory)
      : null
  return {
    category,
    victim: category === 'VICTIM',
    potentialVictim: category === 'POTENTIAL_VICTIM',
    minor: 'minor' in entity && entity.minor === true,
    minorWhenRecorded: 'minorWhenRecorded' in entity && entity.minorWhenRecorded === true,
    informant: category === 'INFORMANT',
    pseudonymised: 'pseudonymised' in entity && entity.pseudonymised === true,
  }
}
