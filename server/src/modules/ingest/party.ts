import type { EntityKind } from '@htwb/graph'

/**
 * Payers and payees in bank and council files are companies, public bodies and people in one
 * column. A mapping entity of kind `Party` becomes an Organization or a Person per row: by a
 * column that says so (a bank's "customer type"), else by the legal form or the words of the
 * name, else the mapping's default. Banks, councils and firms must not come in as people.
 */
export type PartyKind = Extract<EntityKind, 'Person' | 'Organization'>

const PERSON_TYPES =
  /^(p|f|i|n|person|individual|natural( person)?|private|fizi[cč]ko( lice)?|fizik|individ|consumer|retail)$/i
const ORG_TYPES =
  /^(o|c|l|b|org|organi[sz]ation|company|corporate|business|legal( entity| person)?|entity|pravno( lice)?|juridik|firm|biznes)$/i

// Legal forms and words that only organisations carry (English, German, Balkan and common EU).
const LEGAL_FORM =
  /\b(ltd|limited|plc|llp|llc|inc|corp(oration)?|co|company|gmbh|ag|kg|se|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|doo|d\.o\.o|dooel|ad|a\.d|sh\.?p\.?k|shpk|sh\.a|jsc|ooo|zao|pjsc|cic|cio)\b\.?/i
const INSTITUTION =
  /\b(council|borough|county|municipality|komuna|op[sš]tina|ministry|ministria|ministarstvo|government|police|policia|policija|court|gjykata|sud|agency|agjencia|agencija|authority|department|university|school|hospital|nhs|college|academy)\b/i
const NGO =
  /\b(charity|foundation|fondacioni|fondacija|association|shoqata|udru[zž]enje|trust|society|ngo|ojq|church|mission|federation|union|club)\b/i
const BUSINESS =
  /\b(bank|banka|insurance|services|solutions|group|holdings?|partners(hip)?|associates|enterprises?|industries|international|systems|consult(ing|ants)?|construction|transport|logistics|hotel|restaurant|travel|store|shop|supplies|trading|motors|management|media|energy|telecom|properties|estates?|homes|care|housing)\b|&/i
/** A title before a name: a person (sole traders in a supplier list: "MR Y ALI"). */
const PERSON_TITLE =
  /^((mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau)\.?|(z|g|gđa|gđica|zt|znj)\.)\s/i
/** "Redacted personal data", "Withheld": a different unnamed person on each row. */
export const REDACTED =
  /\b(redacted|withheld|anonymi[sz]ed|personal data|confidential|not disclosed|private individual)\b/i

export interface PartyDecision {
  kind: PartyKind
  /**
   * COMPANY for firms; OTHER for a council, a charity or a bank's name that is not a legal form.
   * Never INSTITUTION or NGO: those are shared reference records every user sees, and that a
   * case's payee is a given charity is the case's data (entity resolution can merge the record
   * into the shared one).
   */
  orgType?: 'COMPANY' | 'OTHER'
}

export function partyKind(
  name: string,
  typeCell: string | undefined,
  fallback: PartyKind,
): PartyDecision {
  const t = typeCell?.trim() ?? ''
  const org = (): PartyDecision => ({
    kind: 'Organization',
    orgType: LEGAL_FORM.test(name) || BUSINESS.test(name) ? 'COMPANY' : 'OTHER',
  })
  if (t && PERSON_TYPES.test(t)) return { kind: 'Person' }
  if (t && ORG_TYPES.test(t)) return org()
  if (REDACTED.test(name) || PERSON_TITLE.test(name.trim())) return { kind: 'Person' }
  if (LEGAL_FORM.test(name) || INSTITUTION.test(name) || NGO.test(name) || BUSINESS.test(name))
    return org()
  return fallback === 'Organization' ? org() : { kind: 'Person' }
}
