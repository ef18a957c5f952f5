import type { EntityKind, LinkKind } from './model.ts'

/**
 * The stored shape of nodes and links, as plain values: what bulk loaders write and what the data
 * layer reads back after conversion. Dates are 'YYYY-MM-DD', date-times ISO-8601 UTC, points
 * WGS-84 {lat, lon}; the loader turns them into Neo4j temporal and spatial values (see
 * DATE_PROPS, DATETIME_PROPS, POINT_PROPS).
 *
 * Provenance on every node and link: sourceIds (Source node ids), reliability 'A'–'F',
 * credibility 1–6 (NATO Admiralty), handling 'H0'–'H3' (Europol), validFrom/validTo,
 * recordedBy (username), recordedAt.
 */
export type StoredValue = string | number | boolean | null | string[] | { lat: number; lon: number }
export type StoredProps = Record<string, StoredValue | undefined>

export interface NodeRecord {
  kind: EntityKind
  id: string
  props: StoredProps
}

export interface LinkRecord {
  kind: LinkKind
  id: string
  from: string
  to: string
  props: StoredProps
}

export interface GraphBatch {
  nodes: NodeRecord[]
  links: LinkRecord[]
}

export const DATE_PROPS = [
  'dateOfBirth',
  'validFrom',
  'validTo',
  'date',
  'openedOn',
  'closedOn',
] as const
export const DATETIME_PROPS = ['recordedAt', 'at'] as const
export const POINT_PROPS = ['point'] as const

/** Property names each kind stores besides id, name, searchText, version and provenance. */
export const KIND_PROPS: Record<EntityKind, readonly string[]> = {
  Person: [
    'firstName',
    'lastName',
    'aliases',
    'dateOfBirth',
    'gender',
    'nationality',
    'category',
    'identifiers',
  ],
  Organization: ['orgType', 'registrationNumber', 'aliases', 'country'],
  Location: ['locType', 'address', 'municipality', 'country', 'point'],
  Phone: ['number', 'imei', 'subscriberId'],
  Asset: ['assetType', 'identifier', 'value', 'currency', 'description'],
  Event: ['eventType', 'date', 'stage', 'description', 'exploitationForm'],
  Case: ['caseNumber', 'status', 'openedOn', 'closedOn', 'offence'],
  Source: ['sourceType', 'reference', 'date', 'description'],
}

/**
 * A name built from other records at read time (server modules/labels), on any kind: the
 * template's key, its arguments (`@<entity id>` or text) and the stored name it stands in for.
 */
export const LABEL_PROPS = ['labelKey', 'labelArgs', 'labelFor'] as const

/** Provenance as plain values, on every node and link. */
export interface Provenance {
  sourceIds: string[]
  reliability: string
  credibility: number
  handling: string
  validFrom: string | null
  validTo: string | null
  recordedBy: string
  recordedAt: string
}

export const PROVENANCE_PROPS = [
  'sourceIds',
  'reliability',
  'credibility',
  'handling',
  'validFrom',
  'validTo',
  'recordedBy',
  'recordedAt',
] as const

export const LINK_PROPS = [
  'role',
  'relation',
  'sharePercent',
  'exploitationForm',
  'meansOfControl',
  'recruitmentMethod',
  'amount',
  'currency',
  'at',
  'durationSeconds',
  'stage',
  'reference',
] as const

/** The properties whose values feed `searchText`, per kind. */
export const SEARCH_PROPS: Record<EntityKind, readonly string[]> = {
  Person: ['name', 'firstName', 'lastName', 'aliases', 'identifiers'],
  Organization: ['name', 'aliases', 'registrationNumber'],
  Location: ['name', 'address', 'municipality'],
  Phone: ['name', 'number', 'imei', 'subscriberId'],
  Asset: ['name', 'identifier'],
  Event: ['name'],
  Case: ['name', 'caseNumber'],
  Source: ['name', 'reference'],
}
