import type {
  HandlingCode,
  ProvenanceFieldsFragment,
  ProvenanceInput,
  Reliability,
} from '../../generated/graphql'

/** A field's problem, by the codes the server also answers (docs/errors.md, "Field codes"). */
export type FieldCode =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'control_chars'
  | 'out_of_range'
  | 'country_code'
  | 'currency_code'
  | 'phone_number'
  | 'imei'
  | 'in_future'
  | 'before_start'
  | 'source_required'
  | 'malformed_date'
  | 'invalid'
  | 'not_found'

/** Problems by field path without the `input.` prefix: `name`, `person.category`, `fields.at`. */
export type FieldErrors = Record<string, FieldCode>

export interface SourceRef {
  id: string
  name: string
}

export interface ProvenanceDraft {
  sources: SourceRef[]
  reliability: Reliability | ''
  credibility: string
  handling: HandlingCode | ''
  validFrom: string
  validTo: string
}

export const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F']
export const CREDIBILITIES = ['1', '2', '3', '4', '5', '6'] as const
export const HANDLINGS: readonly HandlingCode[] = ['H0', 'H1', 'H2', 'H3']

/**
 * A new record starts ungraded: the recorder must choose a grading (a default would be a
 * judgement nobody made). Handling starts at H0, the code that restricts nothing beyond the law.
 */
export function emptyProvenance(): ProvenanceDraft {
  return {
    sources: [],
    reliability: '',
    credibility: '',
    handling: 'H0',
    validFrom: '',
    validTo: '',
  }
}

export function provenanceDraft(p: ProvenanceFieldsFragment): ProvenanceDraft {
  return {
    sources: p.sources.map((s) => ({ id: s.id, name: s.name })),
    reliability: p.reliability,
    credibility: String(p.credibility),
    handling: p.handling,
    validFrom: p.validFrom ?? '',
    validTo: p.validTo ?? '',
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date between 1900 and 2100, as the server's Date scalar takes it. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const dt = new Date(Date.UTC(y, mo - 1, d))
  return y >= 1900 && y <= 2100 && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d
}

/** The provenance's problems; `sourceOptional` for a Source itself, which rests on none. */
export function validateProvenance(
  p: ProvenanceDraft,
  { sourceOptional = false }: { sourceOptional?: boolean } = {},
): FieldErrors {
  const errors: FieldErrors = {}
  if (!sourceOptional && p.sources.length === 0) errors['provenance.sourceIds'] = 'source_required'
  if (p.sources.length > 20) errors['provenance.sourceIds'] = 'too_many'
  if (!p.reliability) errors['provenance.reliability'] = 'required'
  if (!p.credibility) errors['provenance.credibility'] = 'required'
  if (!p.handling) errors['provenance.handling'] = 'required'
  for (const f of ['validFrom', 'validTo'] as const)
    if (p[f] && !isCalendarDate(p[f])) errors[`provenance.${f}`] = 'malformed_date'
  if (!errors['provenance.validTo'] && p.validFrom && p.validTo && p.validFrom > p.validTo)
    errors['provenance.validTo'] = 'before_start'
  return errors
}

/** The input for a draft that passed validation. */
export function provenanceInput(p: ProvenanceDraft): ProvenanceInput {
  return {
    sourceIds: p.sources.map((s) => s.id),
    reliability: p.reliability as Reliability,
    credibility: Number(p.credibility),
    handling: p.handling as HandlingCode,
    validFrom: p.validFrom || null,
    validTo: p.validTo || null,
  }
}

export function sameProvenance(a: ProvenanceDraft, b: ProvenanceDraft): boolean {
  return JSON.stringify(provenanceKey(a)) === JSON.stringify(provenanceKey(b))
}

const provenanceKey = (p: ProvenanceDraft) => ({
  ...p,
  sources: p.sources.map((s) => s.id).sort(),
})
