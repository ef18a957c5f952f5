/**
 * The investigation graph's closed vocabulary. Labels and relationship types that reach Cypher
 * from user input are checked against these lists, never interpolated otherwise.
 * Documented in docs/data-model.md; HTCDS terms follow github.com/UNMigration/HTCDS.
 */

export const ENTITY_KINDS = [
  'Person',
  'Organization',
  'Location',
  'Phone',
  'Asset',
  'Event',
  'Case',
  'Source',
] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

/** Id prefixes per kind, so an id says what it names in logs, audit entries and URLs. */
export const ID_PREFIX: Record<EntityKind, string> = {
  Person: 'per',
  Organization: 'org',
  Location: 'loc',
  Phone: 'pho',
  Asset: 'ast',
  Event: 'evt',
  Case: 'cas',
  Source: 'src',
}

/** Law Enforcement Directive 2016/680, Art. 6: categories of data subjects. */
export const PERSON_CATEGORIES = [
  'SUSPECT',
  'CONVICTED',
  'VICTIM',
  'POTENTIAL_VICTIM',
  'WITNESS',
  'INFORMANT',
  'CONTACT',
] as const
export type PersonCategory = (typeof PERSON_CATEGORIES)[number]

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const
/** OTHER: another type, or one the record does not say (a FollowTheMoney Organization). */
export const ORGANIZATION_TYPES = [
  'CRIMINAL_GROUP',
  'COMPANY',
  'NGO',
  'INSTITUTION',
  'OTHER',
] as const
export const LOCATION_TYPES = [
  'ADDRESS',
  'MUNICIPALITY',
  'CITY',
  'COUNTRY',
  'BORDER_CROSSING',
  'CELL_SITE',
] as const
export const ASSET_TYPES = [
  'VEHICLE',
  'REAL_ESTATE',
  'BANK_ACCOUNT',
  'COMPANY_SHARE',
  'CASH',
  'OTHER',
] as const
export const EVENT_TYPES = [
  'RECRUITMENT',
  'TRANSPORT',
  'EXPLOITATION',
  'ARREST',
  'MEETING',
  'BORDER_CROSSING',
  'PAYMENT',
  'IDENTIFICATION',
  'PROSECUTION',
  'CONVICTION',
  // Another type, or one the record does not say (a FollowTheMoney Event).
  'OTHER',
] as const
export const CASE_STATUSES = ['OPEN', 'REFERRED', 'CLOSED'] as const
export const SOURCE_TYPES = [
  'REPORT',
  'STATEMENT',
  'RECORD',
  'DOCUMENT',
  'INTERCEPT',
  'OPEN_SOURCE',
] as const

/** HTCDS: form of exploitation. */
export const EXPLOITATION_FORMS = [
  'SEXUAL',
  'FORCED_LABOUR',
  'FORCED_BEGGING',
  'FORCED_CRIMINALITY',
  'OTHER',
] as const
/** HTCDS: means of control. */
export const MEANS_OF_CONTROL = [
  'DEBT_BONDAGE',
  'WITHHELD_DOCUMENTS',
  'PHYSICAL_VIOLENCE',
  'SEXUAL_VIOLENCE',
  'THREATS',
  'THREATS_TO_FAMILY',
  'PSYCHOLOGICAL_ABUSE',
  'RESTRICTED_MOVEMENT',
  'WITHHELD_EARNINGS',
  'SUBSTANCE_DEPENDENCY',
  'EMOTIONAL_MANIPULATION',
  'OTHER',
] as const
/** HTCDS: recruitment method. */
export const RECRUITMENT_METHODS = [
  'FALSE_JOB_OFFER',
  'ROMANCE_LOVERBOY',
  'FAMILY_INVOLVEMENT',
  'ABDUCTION',
  'ONLINE_ADVERTISEMENT',
  'SOCIAL_MEDIA',
  'PERSONAL_ACQUAINTANCE',
  'OTHER',
] as const
/** HTCDS: role of a person in the trafficking process. */
export const TRAFFICKING_ROLES = [
  'RECRUITER',
  'TRANSPORTER',
  'EXPLOITER',
  'CONTROLLER',
  'FINANCIER',
  'FACILITATOR',
  'BUYER',
  'VICTIM',
  'WITNESS',
  'OFFICER',
  'OTHER',
] as const
export const STAGES = ['RECRUITMENT', 'TRANSIT', 'EXPLOITATION'] as const
export const FAMILY_RELATIONS = [
  'PARENT',
  'CHILD',
  'SIBLING',
  'SPOUSE',
  'PARTNER',
  'RELATIVE',
] as const

/** NATO Admiralty system: A (completely reliable) … F (cannot be judged). */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const
/** NATO Admiralty system: 1 (confirmed) … 6 (cannot be judged). */
export const CREDIBILITY = ['1', '2', '3', '4', '5', '6'] as const
/** Europol handling codes. */
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const

export const LINK_KINDS = [
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
] as const
export type LinkKind = (typeof LINK_KINDS)[number]

type Ends = readonly [readonly EntityKind[], readonly EntityKind[]]
const P = ['Person'] as const
const PO = ['Person', 'Organization'] as const
const POA = ['Person', 'Organization', 'Asset'] as const
const ANY = ENTITY_KINDS.filter((k) => k !== 'Case' && k !== 'Source')

/** Which kinds a link may join (from → to). Checked on every write. */
export const LINK_ENDS: Record<LinkKind, Ends> = {
  FAMILY: [P, P],
  ASSOCIATE: [PO, PO],
  MEMBER_OF: [P, ['Organization']],
  EMPLOYED_BY: [P, ['Organization']],
  DIRECTOR_OF: [P, ['Organization']],
  OWNS: [PO, ['Asset', 'Organization']],
  USES_PHONE: [PO, ['Phone']],
  CALLED: [['Phone'], ['Phone']],
  PAID: [POA, POA],
  LIVES_AT: [P, ['Location']],
  LOCATED_AT: [['Organization', 'Asset', 'Event', 'Phone'], ['Location']],
  SEEN_AT: [['Person', 'Asset'], ['Location']],
  INVOLVED_IN: [['Person', 'Organization', 'Asset', 'Phone'], ['Event']],
  RECRUITED: [P, P],
  TRANSPORTED: [P, P],
  EXPLOITED: [P, P],
  CONTROLLED: [P, P],
  // Sources belong to the cases they serve (they carry case numbers and file names).
  PART_OF_CASE: [[...ANY, 'Source'], ['Case']],
}

/**
 * A saved chart (server/src/modules/charts): a platform node, not an entity. It names its case
 * and the entities and links on it by id, so no traversal of entities ever meets it; erasure
 * reaches it through the charts module's face.
 */
export const CHART_LABEL = 'Chart'

/** Links that describe trafficking; shown as directed, heavier edges. */
export const TRAFFICKING_LINKS: readonly LinkKind[] = [
  'RECRUITED',
  'TRANSPORTED',
  'EXPLOITED',
  'CONTROLLED',
]

export const isEntityKind = (v: string): v is EntityKind =>
  (ENTITY_KINDS as readonly string[]).includes(v)
export const isLinkKind = (v: string): v is LinkKind =>
  (LINK_KINDS as readonly string[]).includes(v)

/** Age in whole years on a day; used to flag minors (under 18). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [y, m, d] = on.slice(0, 10).split('-').map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}
