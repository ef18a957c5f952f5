import type { EntityKind, LinkKind, PersonCategory } from '../../generated/graphql'

export const ENTITY_KINDS: readonly EntityKind[] = [
  'Person',
  'Organization',
  'Location',
  'Phone',
  'Asset',
  'Event',
  'Case',
  'Source',
]

export const LINK_KINDS: readonly LinkKind[] = [
  'FAMILY',
  'ASSOCIATE',
  'MEMBER_OF',
  'EMPLOYED_BY',
  'DIRECTOR_OF',
  'OWNS',
  'USES_PHONE',
  'CALLED',
  'PAID',
  'LIVES_AT',
  'LOCATED_AT',
  'SEEN_AT',
  'INVOLVED_IN',
  'RECRUITED',
  'TRANSPORTED',
  'EXPLOITED',
  'CONTROLLED',
  'PART_OF_CASE',
]

/** The links that describe the trafficking process itself; drawn directed and heavier. */
export const TRAFFICKING_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>([
  'RECRUITED',
  'TRANSPORTED',
  'EXPLOITED',
  'CONTROLLED',
])

/** The protective markers shown wherever a person appears. */
export interface EntityFlags {
  category: PersonCategory | null
  victim: boolean
  potentialVictim: boolean
  minor: boolean
  minorWhenRecorded: boolean
  informant: boolean
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
  }
}
