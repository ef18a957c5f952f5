/**
 * Who may do what: one table of named abilities, read by the server (every GraphQL root field and
 * REST route is mapped to one, see server/src/modules/auth/operations.ts) and by the client (a tab
 * or button shows only for a user who holds its ability). No role list is written anywhere else;
 * a test fails on a role name compared outside this file.
 *
 * Need-to-know (which cases and entities a user sees) is not here: it is the visibility predicate
 * in the data layer, applied on top of every ability.
 */

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

export interface AbilityRule {
  /** Roles of which the user must hold one; 'signedIn' for every account, 'public' for anyone. */
  roles: readonly Role[] | 'signedIn' | 'public'
  /** A clearance needed on top of the role. */
  clearance?: Clearance
  /** What it allows, for the docs and the admin's overview. */
  means: string
}

/** Those who work cases: they record, link and bring data in. */
const CASE_WORKERS = ['INVESTIGATOR', 'PROSECUTOR', 'INTERNATIONAL_OFFICER', 'SUPERVISOR'] as const

export const ABILITIES = {
  'session.use': { roles: 'public', means: 'sign in and out, see the sign-in options' },
  'account.own': { roles: 'signedIn', means: 'see and change one’s own account' },
  'entity.read': {
    roles: 'signedIn',
    means: 'search, open and expand what need-to-know lets one see',
  },
  'identity.reveal': {
    roles: 'signedIn',
    clearance: 'VICTIM_IDENTITY',
    means: 'reveal a protected person’s identity, with a recorded justification',
  },
  'entity.write': {
    roles: CASE_WORKERS,
    means: 'record and edit entities and links in one’s cases (addresses, people, phones, …)',
  },
  'chart.write': {
    roles: CASE_WORKERS,
    means: 'save, rename and delete charts of one’s cases (everyone who may see a case reads them)',
  },
  'reference.write': {
    roles: ['SUPERVISOR'],
    means: 'create or change shared reference data: places other than addresses, institutions',
  },
  'source.classifyH3': {
    roles: ['SUPERVISOR'],
    clearance: 'INFORMANT_IDENTITY',
    means: 'give a source the highest handling code (H3), which hides it from most users',
  },
  'case.create': { roles: ['INVESTIGATOR', 'SUPERVISOR'], means: 'open a case' },
  'case.members': {
    roles: ['INVESTIGATOR', 'PROSECUTOR', 'SUPERVISOR'],
    means: 'add records to, or remove them from, one’s cases',
  },
  'case.status': {
    roles: ['INVESTIGATOR', 'PROSECUTOR', 'SUPERVISOR'],
    means: 'refer or close one’s cases',
  },
  'case.assign': { roles: ['SUPERVISOR', 'ADMINISTRATOR'], means: 'assign cases to users' },
  'case.all': {
    roles: ['SUPERVISOR'],
    means: 'see every case of the directorate, not only those assigned',
  },
  'export.chart': {
    roles: [...CASE_WORKERS, 'ANALYST'],
    means: 'export a chart as a picture or a file (GraphML, CSV, FtM), recorded as a disclosure',
  },
  'import.run': { roles: ['INVESTIGATOR', 'SUPERVISOR'], means: 'import files into a case' },
  'import.mappings.manage': {
    roles: ['SUPERVISOR'],
    means: 'delete import mappings saved by others',
  },
  'resolution.merge': {
    roles: ['INVESTIGATOR', 'SUPERVISOR'],
    means: 'review duplicates, merge and undo merges',
  },
  'figures.read': {
    roles: ['ANALYST', 'SUPERVISOR', 'ADMINISTRATOR'],
    means: 'yearly figures across every case, small counts withheld',
  },
  'audit.read': {
    roles: ['SUPERVISOR', 'ADMINISTRATOR'],
    means: 'read the audit trail and check its chain',
  },
  'retention.decide': {
    roles: ['SUPERVISOR'],
    means: 'keep or erase records past their retention limit',
  },
  'accounts.manage': {
    roles: ['ADMINISTRATOR'],
    means: 'manage accounts: unlock a throttled sign-in',
  },
} as const satisfies Record<string, AbilityRule>

export type Ability = keyof typeof ABILITIES

export const ruleOf = (ability: Ability): AbilityRule => ABILITIES[ability]

/** The parts of a user an ability depends on; the server's user and the client's `me` both fit. */
export interface Holder {
  roles: readonly string[]
  clearances: readonly string[]
}

/** Why a user holds an ability or not; the server answers the matching error code. */
export function check(
  user: Holder | null | undefined,
  ability: Ability,
): 'ok' | 'unauthenticated' | 'forbidden' | 'clearance_required' {
  const rule = ruleOf(ability)
  if (rule.roles === 'public') return 'ok'
  if (!user) return 'unauthenticated'
  if (rule.roles !== 'signedIn' && !user.roles.some((r) => (rule.roles as string[]).includes(r)))
    return 'forbidden'
  return !rule.clearance || user.clearances.includes(rule.clearance) ? 'ok' : 'clearance_required'
}

/** Whether a user (or nobody, for public abilities) holds an ability. */
export const can = (user: Holder | null | undefined, ability: Ability): boolean =>
  check(user, ability) === 'ok'
