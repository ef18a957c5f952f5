/** Forms of exploitation (HTCDS) and how each tends to unfold: who, how recruited, how controlled. */
import type { NameStyle } from './names.ts'
import type { Origin } from './targets.ts'

export type Form = 'SEXUAL' | 'FORCED_LABOUR' | 'FORCED_BEGGING' | 'FORCED_CRIMINALITY'

/** Naming style of victims by origin. */
export const STYLE: Record<Origin, NameStyle> = {
  XK: 'ALBANIAN',
  AL: 'ALBANIAN',
  MD: 'MOLDOVAN',
  UA: 'UKRAINIAN',
  RO: 'ROMANIAN',
}
/** Transit cities on the way from each origin. */
export const TRANSIT: Record<string, string[]> = {
  MD: ['Belgrade', 'Niš'],
  UA: ['Belgrade', 'Sofia', 'Skopje'],
  RO: ['Belgrade', 'Sofia'],
  AL: ['Kukës', 'Tirana'],
}
/** Where Kosovar victims taken abroad are exploited. */
export const ABROAD = ['Milan', 'Munich', 'Stuttgart', 'Zurich', 'Vienna', 'Athens', 'Istanbul']

/** HTCDS recruitment methods by form, weighted. */
export const METHODS: Record<Form, Record<string, number>> = {
  SEXUAL: {
    ROMANCE_LOVERBOY: 4,
    PERSONAL_ACQUAINTANCE: 2,
    SOCIAL_MEDIA: 2,
    FALSE_JOB_OFFER: 2,
    FAMILY_INVOLVEMENT: 0.5,
  },
  FORCED_BEGGING: { FAMILY_INVOLVEMENT: 8, PERSONAL_ACQUAINTANCE: 1, OTHER: 1 },
  FORCED_LABOUR: { FALSE_JOB_OFFER: 7, ONLINE_ADVERTISEMENT: 3 },
  FORCED_CRIMINALITY: { PERSONAL_ACQUAINTANCE: 5, FAMILY_INVOLVEMENT: 3, ABDUCTION: 1 },
}
export const FOREIGN_METHODS = {
  FALSE_JOB_OFFER: 6,
  ONLINE_ADVERTISEMENT: 2,
  PERSONAL_ACQUAINTANCE: 2,
}
/** HTCDS means of control by form. */
export const CONTROL: Record<Form, string[]> = {
  SEXUAL: [
    'THREATS',
    'PHYSICAL_VIOLENCE',
    'SEXUAL_VIOLENCE',
    'WITHHELD_EARNINGS',
    'RESTRICTED_MOVEMENT',
    'PSYCHOLOGICAL_ABUSE',
    'EMOTIONAL_MANIPULATION',
    'SUBSTANCE_DEPENDENCY',
    'DEBT_BONDAGE',
  ],
  FORCED_BEGGING: ['THREATS', 'PHYSICAL_VIOLENCE', 'WITHHELD_EARNINGS', 'PSYCHOLOGICAL_ABUSE'],
  FORCED_LABOUR: [
    'DEBT_BONDAGE',
    'WITHHELD_DOCUMENTS',
    'WITHHELD_EARNINGS',
    'THREATS',
    'RESTRICTED_MOVEMENT',
  ],
  FORCED_CRIMINALITY: ['THREATS', 'PHYSICAL_VIOLENCE', 'PSYCHOLOGICAL_ABUSE'],
}
export const FORM_LABEL: Record<Form, string> = {
  SEXUAL: 'Sexual exploitation',
  FORCED_LABOUR: 'Forced labour',
  FORCED_BEGGING: 'Forced begging',
  FORCED_CRIMINALITY: 'Forced criminality',
}
