import {
  ASSET_TYPES,
  EVENT_TYPES,
  EXPLOITATION_FORMS,
  GENDERS,
  LOCATION_TYPES,
  ORGANIZATION_TYPES,
  PERSON_CATEGORIES,
  SOURCE_TYPES,
  STAGES,
} from '@htwb/graph/model'
import type {
  CreateEntityInput,
  EntityKind,
  RecordFieldsFragment,
  UpdateEntityInput,
} from '../../generated/graphql'
import {
  emptyProvenance,
  isCalendarDate,
  provenanceDraft,
  provenanceInput,
  sameProvenance,
  validateProvenance,
  type FieldErrors,
  type ProvenanceDraft,
} from './provenanceModel'

/** How a field is entered; `list` is one value a line (aliases, identifiers). */
export type FieldType = 'text' | 'textarea' | 'select' | 'date' | 'number' | 'list'

export interface FieldSpec {
  name: string
  type: FieldType
  /** For selects: the values, translated under `optionKey` (`category.VICTIM`). */
  options?: readonly string[]
  optionKey?: string
  required?: boolean
  max?: number
  /** Checked before sending; the server checks the same (entities.validation.ts). */
  format?: 'country' | 'currency' | 'phone' | 'imei'
  min?: number
  maxValue?: number
  /** Upper-cased as typed (country and currency codes). */
  upper?: boolean
}

/** The kinds recorded through these forms; cases are opened from the Cases tab (createCase). */
export const RECORD_KINDS = [
  'Person',
  'Phone',
  'Organization',
  'Location',
  'Asset',
  'Event',
  'Source',
] as const satisfies readonly EntityKind[]
export type RecordKind = (typeof RECORD_KINDS)[number]

type Block = 'person' | 'organization' | 'location' | 'phone' | 'asset' | 'event' | 'source'
export const BLOCK: Record<RecordKind, Block> = {
  Person: 'person',
  Organization: 'organization',
  Location: 'location',
  Phone: 'phone',
  Asset: 'asset',
  Event: 'event',
  Source: 'source',
}

const country: FieldSpec = { name: 'country', type: 'text', format: 'country', upper: true }
const aliases: FieldSpec = { name: 'aliases', type: 'list', max: 200 }
const description: FieldSpec = { name: 'description', type: 'textarea', max: 2000 }

/** The model's fields of each kind (docs/data-model.md), in the order the form shows them. */
export const KIND_FIELDS: Record<RecordKind, readonly FieldSpec[]> = {
  Person: [
    {
      name: 'category',
      type: 'select',
      options: PERSON_CATEGORIES,
      optionKey: 'category',
      required: true,
    },
    { name: 'firstName', type: 'text', max: 100 },
    { name: 'lastName', type: 'text', max: 100 },
    { name: 'dateOfBirth', type: 'date' },
    { name: 'gender', type: 'select', options: GENDERS, optionKey: 'gender' },
    { name: 'nationality', type: 'text', format: 'country', upper: true },
    aliases,
    { name: 'identifiers', type: 'list', max: 64 },
  ],
  Organization: [
    {
      name: 'orgType',
      type: 'select',
      options: ORGANIZATION_TYPES,
      optionKey: 'orgType',
      required: true,
    },
    { name: 'registrationNumber', type: 'text', max: 64 },
    country,
    aliases,
  ],
  Location: [
    {
      name: 'locType',
      type: 'select',
      options: LOCATION_TYPES,
      optionKey: 'locType',
      required: true,
    },
    { name: 'address', type: 'text', max: 300 },
    { name: 'municipality', type: 'text', max: 100 },
    country,
    { name: 'lat', type: 'number', min: -90, maxValue: 90 },
    { name: 'lon', type: 'number', min: -180, maxValue: 180 },
  ],
  Phone: [
    { name: 'number', type: 'text', format: 'phone', required: true },
    { name: 'imei', type: 'text', format: 'imei' },
  ],
  Asset: [
    {
      name: 'assetType',
      type: 'select',
      options: ASSET_TYPES,
      optionKey: 'assetType',
      required: true,
    },
    { name: 'identifier', type: 'text', max: 64 },
    { name: 'value', type: 'number', min: 0, maxValue: 1e12 },
    { name: 'currency', type: 'text', format: 'currency', upper: true },
    description,
  ],
  Event: [
    {
      name: 'eventType',
      type: 'select',
      options: EVENT_TYPES,
      optionKey: 'eventType',
      required: true,
    },
    { name: 'date', type: 'date' },
    { name: 'stage', type: 'select', options: STAGES, optionKey: 'stage' },
    {
      name: 'exploitationForm',
      type: 'select',
      options: EXPLOITATION_FORMS,
      optionKey: 'exploitationForm',
    },
    description,
  ],
  Source: [
    {
      name: 'sourceType',
      type: 'select',
      options: SOURCE_TYPES,
      optionKey: 'sourceType',
      required: true,
    },
    { name: 'reference', type: 'text', max: 200 },
    { name: 'date', type: 'date' },
    description,
  ],
}

/** What the form edits: every value as typed (strings), lists one item a line. */
export interface RecordDraft {
  kind: RecordKind
  name: string
  fields: Record<string, string>
  provenance: ProvenanceDraft
}

export const isRecordKind = (k: string): k is RecordKind =>
  (RECORD_KINDS as readonly string[]).includes(k)

export function emptyDraft(kind: RecordKind): RecordDraft {
  const fields = Object.fromEntries(KIND_FIELDS[kind].map((f) => [f.name, '']))
  return { kind, name: '', fields, provenance: emptyProvenance() }
}

/** A draft holding a record's current values; `kind` is the record's, checked by the caller. */
export function draftOf(entity: RecordFieldsFragment, kind: RecordKind): RecordDraft {
  const draft = emptyDraft(kind)
  draft.name = entity.name
  const values = entity as unknown as Record<string, unknown>
  for (const spec of KIND_FIELDS[kind]) {
    const v =
      spec.name === 'lat' || spec.name === 'lon'
        ? (values.point as Record<string, number> | null)?.[spec.name]
        : values[spec.name]
    draft.fields[spec.name] = Array.isArray(v) ? v.join('\n') : v == null ? '' : String(v)
  }
  draft.provenance = provenanceDraft(entity.provenance)
  return draft
}

const FORMATS: Record<
  NonNullable<FieldSpec['format']>,
  [RegExp, 'country_code' | 'currency_code' | 'phone_number' | 'imei']
> = {
  country: [/^[A-Z]{2}$/, 'country_code'],
  currency: [/^[A-Z]{3}$/, 'currency_code'],
  phone: [/^\+[1-9]\d{6,14}$/, 'phone_number'],
  imei: [/^\d{14,16}$/, 'imei'],
}

/** A phone number as the server stores it: spaces, dashes, dots and brackets dropped. */
export const compactPhone = (s: string) => s.replace(/[\s\-()./]/g, '')

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** Problems of a draft before it is sent, by the same codes and paths the server answers. */
export function validateDraft(d: RecordDraft, today = new Date()): FieldErrors {
  const block = BLOCK[d.kind]
  const errors: FieldErrors = {}
  if (!d.name.trim()) errors.name = 'required'
  else if (d.name.trim().length > 200) errors.name = 'too_long'
  for (const spec of KIND_FIELDS[d.kind]) {
    const raw = (d.fields[spec.name] ?? '').trim()
    const path =
      spec.name === 'lat' || spec.name === 'lon' ? `${block}.point` : `${block}.${spec.name}`
    const code = fieldProblem(spec, raw, today)
    if (code && !errors[path]) errors[path] = code
  }
  const { lat = '', lon = '' } = d.fields
  if (d.kind === 'Location' && !!lat.trim() !== !!lon.trim())
    errors['location.point'] ??= 'required'
  return { ...errors, ...validateProvenance(d.provenance, { sourceOptional: d.kind === 'Source' }) }
}

function fieldProblem(spec: FieldSpec, raw: string, today: Date): FieldErrors[string] | null {
  if (!raw) return spec.required ? 'required' : null
  if (spec.type === 'list') {
    const items = lines(raw)
    if (items.length > 20) return 'too_many'
    if (spec.max && items.some((i) => i.length > spec.max!)) return 'too_long'
    return null
  }
  if (spec.max && raw.length > spec.max) return 'too_long'
  if (spec.type === 'date') {
    if (!isCalendarDate(raw)) return 'malformed_date'
    if (spec.name === 'dateOfBirth' && raw > today.toISOString().slice(0, 10)) return 'in_future'
  }
  if (spec.type === 'number') {
    const n = Number(raw)
    if (!Number.isFinite(n)) return 'invalid'
    if ((spec.min != null && n < spec.min) || (spec.maxValue != null && n > spec.maxValue))
      return 'out_of_range'
  }
  if (spec.format) {
    const [re, code] = FORMATS[spec.format]
    const value = spec.format === 'phone' ? compactPhone(raw) : raw
    if (!re.test(value)) return code
  }
  return null
}

/** The kind block's values as the API takes them; an empty field is null (cleared). */
export function blockValues(d: RecordDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const spec of KIND_FIELDS[d.kind]) {
    if (spec.name === 'lat' || spec.name === 'lon') continue
    const raw = (d.fields[spec.name] ?? '').trim()
    if (spec.type === 'list') out[spec.name] = lines(raw)
    else if (!raw) out[spec.name] = null
    else if (spec.type === 'number') out[spec.name] = Number(raw)
    else if (spec.format === 'phone') out[spec.name] = compactPhone(raw)
    else out[spec.name] = raw
  }
  if (d.kind === 'Location') {
    const { lat = '', lon = '' } = d.fields
    out.point = lat.trim() && lon.trim() ? { lat: Number(lat), lon: Number(lon) } : null
  }
  return out
}

export function createInput(d: RecordDraft, caseId: string | null): CreateEntityInput {
  // A new record leaves out what is empty: an empty list or null says nothing new.
  const values = Object.fromEntries(
    Object.entries(blockValues(d)).filter(
      ([, v]) => v != null && !(Array.isArray(v) && v.length === 0),
    ),
  )
  return {
    kind: d.kind,
    name: d.name.trim(),
    provenance: provenanceInput(d.provenance),
    [BLOCK[d.kind]]: values,
    ...(caseId ? { caseId } : {}),
  }
}

/**
 * Only what the user changed from `base` (the values the form opened with), so that an
 * overwrite after a conflict keeps the other editor's changes to other fields, and fields the
 * server withholds (a protected person's identity) are never sent back empty.
 */
export function updateInput(
  d: RecordDraft,
  base: RecordDraft,
  id: string,
  expectedVersion: number,
): UpdateEntityInput {
  const now = blockValues(d)
  const before = blockValues(base)
  const changed = Object.fromEntries(
    Object.entries(now).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
  )
  const input: UpdateEntityInput = { id, expectedVersion }
  if (d.name.trim() !== base.name.trim()) input.name = d.name.trim()
  if (Object.keys(changed).length) Object.assign(input, { [BLOCK[d.kind]]: changed })
  if (!sameProvenance(d.provenance, base.provenance))
    input.provenance = provenanceInput(d.provenance)
  return input
}

/** Whether an update would send anything besides id and version. */
export const changesAnything = (input: UpdateEntityInput) => Object.keys(input).length > 2

/** Fields a pseudonymised person's record withholds: shown locked, never sent. */
export const WITHHELD_PERSON_FIELDS: ReadonlySet<string> = new Set([
  'firstName',
  'lastName',
  'aliases',
  'identifiers',
  'dateOfBirth',
  'category',
])
