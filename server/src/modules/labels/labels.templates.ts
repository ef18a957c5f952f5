/**
 * Derived labels: what a record stores when its name is built from other records, and their
 * English rendering for what leaves without the client (exports); the client renders the same
 * keys in en, sq and sr (client/src/i18n, `derivedLabel`).
 *
 * Stored on the node: `labelKey` (one of LABEL_KEYS), `labelArgs` (each `@<entity id>` or a
 * text) and `labelFor`, the stored name the label stands in for. The stored name is written for
 * search and carries no participant ("Recruitment of a victim"); a name written since (someone
 * renamed the event) differs from `labelFor`, and the written name wins.
 */
export const LABEL_TEMPLATES_EN = {
  RECRUITMENT_OF: 'Recruitment of {0}',
  TRANSPORT_OF: 'Transport of {0}',
  CROSSED_AT: '{0} crossed at {1}',
  EXPLOITATION_OF: '{form1} of {0}',
  IDENTIFICATION_OF: 'Identification of {0}',
  ARREST_OF: 'Arrest of {0}',
  CONVICTION_OF: 'Conviction of {0}',
  CRIMINAL_REPORT: 'Criminal report {0}: {1}',
  CASH_SEIZED_FROM: 'Cash seized from {0}',
  MIGRANTS_HIDDEN_AT: 'Migrants hidden in a vehicle at {0}',
  FORGED_DOCUMENTS_AT: 'Forged travel documents at {0}',
  FORGED_PERMITS_AT: 'Forged work permits for Western Europe at {0}',
  POLICE_REPORT: 'Police report {0}',
  REGISTRY_EXTRACTS: 'Registry extracts {0}',
  CALL_RECORDS: 'Call records {0}',
  VICTIM_STATEMENTS: 'Victim statements {0}',
  WITNESS_STATEMENTS: 'Witness statements {0}',
  INFORMANT_REPORT: 'Informant report {0}',
  ONLINE_ADVERTISEMENT: 'Online advertisement {0}',
  CRIMINAL_REPORT_FILED: 'Criminal report {0}',
  JUDGMENT: 'Judgment {0}',
} as const

export type LabelKey = keyof typeof LABEL_TEMPLATES_EN
export const LABEL_KEYS = Object.keys(LABEL_TEMPLATES_EN) as LabelKey[]

/** An HTCDS form of exploitation in English, for `{formN}` places (the code is the argument). */
const FORMS_EN: Record<string, string> = {
  SEXUAL: 'Sexual exploitation',
  FORCED_LABOUR: 'Forced labour',
  FORCED_BEGGING: 'Forced begging',
  FORCED_CRIMINALITY: 'Forced criminality',
  OTHER: 'Exploitation',
}

/** What stands for an entity the viewer may not see: the same words as for one that is gone. */
export const UNSEEN_EN = 'someone not shown'

export interface LabelArgModel {
  entityId: string | null
  name: string | null
  text: string | null
  hidden: boolean
}

export interface LabelModel {
  key: LabelKey
  args: LabelArgModel[]
}

export const isLabelKey = (k: unknown): k is LabelKey =>
  typeof k === 'string' && Object.hasOwn(LABEL_TEMPLATES_EN, k)

/** `@per-000123` names an entity; anything else is text. */
export const refOf = (arg: string): string | null => (arg.startsWith('@') ? arg.slice(1) : null)

const argText = (a: LabelArgModel | undefined): string =>
  a ? (a.text ?? (a.hidden ? UNSEEN_EN : (a.name ?? ''))) : ''

export function renderEnglish(label: LabelModel): string {
  return LABEL_TEMPLATES_EN[label.key].replace(/\{(form)?(\d)\}/g, (_, form, i) => {
    const a = label.args[Number(i)]
    return form ? (FORMS_EN[a?.text ?? ''] ?? FORMS_EN.OTHER!) : argText(a)
  })
}
