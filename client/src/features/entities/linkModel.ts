import {
  EXPLOITATION_FORMS,
  FAMILY_RELATIONS,
  LINK_ENDS,
  MEANS_OF_CONTROL,
  RECRUITMENT_METHODS,
  STAGES,
  TRAFFICKING_ROLES,
} from '@htwb/graph/model'
import type {
  CreateLinkInput,
  EntityKind,
  LinkFieldsInput,
  LinkKind,
  LinkRecordFieldsFragment,
  UpdateLinkInput,
} from '../../generated/graphql'
import { LINK_KINDS } from '../../ui/entity/model'
import {
  emptyProvenance,
  provenanceDraft,
  provenanceInput,
  sameProvenance,
  validateProvenance,
  type FieldErrors,
  type ProvenanceDraft,
} from './provenanceModel'

export type LinkFieldType = 'select' | 'multi' | 'number' | 'datetime' | 'text'

export interface LinkFieldSpec {
  name: keyof LinkFieldsInput
  type: LinkFieldType
  options?: readonly string[]
  optionKey?: string
  min?: number
  maxValue?: number
  integer?: boolean
  format?: 'currency'
}

const role: LinkFieldSpec = {
  name: 'role',
  type: 'select',
  options: TRAFFICKING_ROLES,
  optionKey: 'role',
}
const stage: LinkFieldSpec = { name: 'stage', type: 'select', options: STAGES, optionKey: 'stage' }
const at: LinkFieldSpec = { name: 'at', type: 'datetime' }

/** The fields the model gives each link kind (docs/data-model.md, "Links"). */
export const LINK_FIELDS: Record<LinkKind, readonly LinkFieldSpec[]> = {
  FAMILY: [{ name: 'relation', type: 'select', options: FAMILY_RELATIONS, optionKey: 'relation' }],
  ASSOCIATE: [],
  MEMBER_OF: [role],
  EMPLOYED_BY: [],
  DIRECTOR_OF: [],
  OWNS: [{ name: 'sharePercent', type: 'number', min: 0, maxValue: 100 }],
  USES_PHONE: [],
  CALLED: [
    at,
    { name: 'durationSeconds', type: 'number', min: 0, maxValue: 604_800, integer: true },
  ],
  PAID: [
    { name: 'amount', type: 'number', min: 0, maxValue: 1e12 },
    { name: 'currency', type: 'text', format: 'currency' },
    at,
  ],
  LIVES_AT: [at],
  LOCATED_AT: [at],
  SEEN_AT: [at],
  INVOLVED_IN: [role],
  RECRUITED: [
    {
      name: 'recruitmentMethod',
      type: 'select',
      options: RECRUITMENT_METHODS,
      optionKey: 'recruitmentMethod',
    },
    at,
  ],
  TRANSPORTED: [at, stage],
  EXPLOITED: [
    {
      name: 'exploitationForm',
      type: 'select',
      options: EXPLOITATION_FORMS,
      optionKey: 'exploitationForm',
    },
    stage,
  ],
  CONTROLLED: [
    {
      name: 'meansOfControl',
      type: 'multi',
      options: MEANS_OF_CONTROL,
      optionKey: 'meansOfControl',
    },
  ],
  PART_OF_CASE: [],
}

/** Link kinds that may join `from` to `to` in this direction; membership is set by addToCase. */
export function kindsBetween(from: EntityKind, to: EntityKind): LinkKind[] {
  return LINK_KINDS.filter((k) => {
    if (k === 'PART_OF_CASE') return false
    const [a, b] = LINK_ENDS[k]
    return a.includes(from) && b.includes(to)
  })
}

export interface LinkDraft {
  kind: LinkKind | ''
  /** Every value as typed; meansOfControl as a list. */
  fields: Record<string, string | string[]>
  provenance: ProvenanceDraft
}

export function emptyLinkDraft(kind: LinkKind | '' = ''): LinkDraft {
  return { kind, fields: { meansOfControl: [] }, provenance: emptyProvenance() }
}

/** `datetime-local` holds local time without a zone; the API takes ISO-8601 with one. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function linkDraftOf(link: LinkRecordFieldsFragment): LinkDraft {
  const draft = emptyLinkDraft(link.kind)
  const values = link as unknown as Record<string, unknown>
  for (const spec of LINK_FIELDS[link.kind]) {
    const v = values[spec.name]
    if (spec.type === 'multi') draft.fields[spec.name] = [...((v as string[] | null) ?? [])]
    else if (spec.type === 'datetime') draft.fields[spec.name] = toLocalInput(v as string | null)
    else draft.fields[spec.name] = v == null ? '' : String(v)
  }
  draft.provenance = provenanceDraft(link.provenance)
  return draft
}

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim() : '')

export function validateLinkDraft(d: LinkDraft): FieldErrors {
  const errors: FieldErrors = {}
  if (!d.kind) errors.kind = 'required'
  for (const spec of d.kind ? LINK_FIELDS[d.kind] : []) {
    const raw = str(d.fields[spec.name])
    if (!raw || spec.type === 'multi' || spec.type === 'select') continue
    const path = `fields.${spec.name}`
    if (spec.type === 'number') {
      const n = Number(raw)
      if (!Number.isFinite(n) || (spec.integer && !Number.isInteger(n))) errors[path] = 'invalid'
      else if ((spec.min != null && n < spec.min) || (spec.maxValue != null && n > spec.maxValue))
        errors[path] = 'out_of_range'
    } else if (spec.type === 'datetime') {
      const t = new Date(raw)
      const y = t.getFullYear()
      if (Number.isNaN(t.getTime()) || y < 1900 || y > 2100) errors[path] = 'malformed_date'
    } else if (spec.format === 'currency' && !/^[A-Z]{3}$/.test(raw)) {
      errors[path] = 'currency_code'
    }
  }
  return { ...errors, ...validateProvenance(d.provenance) }
}

/** The kind's fields as the API takes them; an empty one is null (cleared). */
export function linkFieldValues(d: LinkDraft): LinkFieldsInput {
  const out: Record<string, unknown> = {}
  for (const spec of d.kind ? LINK_FIELDS[d.kind] : []) {
    const v = d.fields[spec.name]
    if (spec.type === 'multi') out[spec.name] = Array.isArray(v) ? [...v] : []
    else if (!str(v)) out[spec.name] = null
    else if (spec.type === 'number') out[spec.name] = Number(str(v))
    else if (spec.type === 'datetime') out[spec.name] = new Date(str(v)).toISOString()
    else out[spec.name] = spec.format === 'currency' ? str(v).toUpperCase() : str(v)
  }
  return out as LinkFieldsInput
}

export function createLinkInput(d: LinkDraft, fromId: string, toId: string): CreateLinkInput {
  const fields = Object.fromEntries(
    Object.entries(linkFieldValues(d)).filter(
      ([, v]) => v != null && !(Array.isArray(v) && v.length === 0),
    ),
  )
  return {
    kind: d.kind as LinkKind,
    fromId,
    toId,
    provenance: provenanceInput(d.provenance),
    fields,
  }
}

/** Only what changed from `base`, as for entities (recordModel.updateInput). */
export function updateLinkInput(
  d: LinkDraft,
  base: LinkDraft,
  id: string,
  expectedVersion: number,
): UpdateLinkInput {
  const now = linkFieldValues(d) as Record<string, unknown>
  const before = linkFieldValues(base) as Record<string, unknown>
  const changed = Object.fromEntries(
    Object.entries(now).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
  )
  const input: UpdateLinkInput = { id, expectedVersion }
  if (Object.keys(changed).length) input.fields = changed
  if (!sameProvenance(d.provenance, base.provenance))
    input.provenance = provenanceInput(d.provenance)
  return input
}
