import { ageOn, ENTITY_KINDS, PROVENANCE_PROPS, type EntityKind, type LinkKind } from '@htwb/graph'
import neo4j, { type Node, type Relationship } from 'neo4j-driver'
import type { EntityModel, LinkModel, ProvenanceModel } from './models.ts'
import { DERIVED_KEYS } from './derived.ts'

const { Node: NodeClass, Relationship: RelClass, Path: PathClass } = neo4j.types

/** Converts driver values to plain JSON-able values; nodes and relationships are left alone. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (neo4j.isInt(value)) return value.toNumber()
  if (neo4j.isDate(value)) return value.toString()
  if (neo4j.isDateTime(value)) return new Date(value.toString()).toISOString()
  if (neo4j.isLocalDateTime(value)) return value.toString()
  if (neo4j.isPoint(value)) return { lon: value.x, lat: value.y }
  if (Array.isArray(value)) return value.map(toPlain)
  if (value instanceof NodeClass || value instanceof RelClass || value instanceof PathClass)
    return value
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]))
  }
  return value
}

const PROVENANCE_KEYS = new Set<string>(PROVENANCE_PROPS)
const LIST_PROPS = ['aliases', 'identifiers'] as const

function provenance(p: Record<string, unknown>): ProvenanceModel {
  return {
    sourceIds: (p.sourceIds as string[] | null) ?? [],
    reliability: (p.reliability as string | null) ?? 'F',
    credibility: (p.credibility as number | null) ?? 6,
    handling: (p.handling as string | null) ?? 'H0',
    validFrom: (p.validFrom as string | null) ?? null,
    validTo: (p.validTo as string | null) ?? null,
    recordedBy: (p.recordedBy as string | null) ?? 'unknown',
    recordedAt: (p.recordedAt as string | null) ?? new Date(0).toISOString(),
  }
}

function split(props: Record<string, unknown>) {
  const plain = toPlain(props) as Record<string, unknown>
  const rest: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(plain)) {
    if (!PROVENANCE_KEYS.has(k) && k !== 'searchText' && !DERIVED_KEYS.has(k)) rest[k] = v
  }
  return { plain, rest }
}

export function kindOf(node: Node): EntityKind | null {
  return ENTITY_KINDS.find((k) => node.labels.includes(k)) ?? null
}

export function nodeToEntity(
  node: Node,
  today = new Date().toISOString().slice(0, 10),
): EntityModel {
  const { plain, rest } = split(node.properties)
  const kind = kindOf(node) ?? 'Source'
  const entity: EntityModel = {
    ...rest,
    id: plain.id as string,
    kind,
    name: (plain.name as string | null) ?? '',
    version: (plain.version as number | null) ?? 1,
    provenance: provenance(plain),
  }
  for (const key of LIST_PROPS) entity[key] = (rest[key] as string[] | null) ?? []
  // FtM imports before OTHER existed stored none; the type is required, so the profile answered
  // an internal error. Unset reads as what it means: another type, or one not known.
  if (kind === 'Organization') entity.orgType ??= 'OTHER'
  if (kind === 'Event') entity.eventType ??= 'OTHER'
  if (kind === 'Person') {
    const dob = rest.dateOfBirth as string | null
    const recorded =
      (plain.validFrom as string | null) ?? (plain.recordedAt as string | null)?.slice(0, 10)
    entity.minor = dob ? ageOn(dob, today) < 18 : false
    entity.minorWhenRecorded = dob && recorded ? ageOn(dob, recorded) < 18 : entity.minor
    entity.category ??= 'CONTACT'
    entity.protected =
      ['VICTIM', 'POTENTIAL_VICTIM'].includes(entity.category as string) ||
      entity.minor === true ||
      entity.minorWhenRecorded === true
    entity.pseudonymised = false
  }
  return entity
}

export function relToLink(rel: Relationship, fromId: string, toId: string): LinkModel {
  const { plain, rest } = split(rel.properties)
  return {
    ...rest,
    id: plain.id as string,
    kind: rel.type as LinkKind,
    fromId,
    toId,
    version: (plain.version as number | null) ?? 1,
    provenance: provenance(plain),
    meansOfControl: (rest.meansOfControl as string[] | null) ?? [],
  }
}

/** Collects the ids of Person nodes anywhere in a record value: the basis of consultation audit. */
export function collectPersonIds(value: unknown, into: Set<string>): void {
  if (value instanceof NodeClass) {
    if (value.labels.includes('Person')) into.add(String(value.properties.id))
  } else if (value instanceof PathClass) {
    for (const seg of value.segments) {
      collectPersonIds(seg.start, into)
      collectPersonIds(seg.end, into)
    }
    collectPersonIds(value.start, into)
  } else if (Array.isArray(value)) {
    for (const v of value) collectPersonIds(v, into)
  } else if (
    value &&
    typeof value === 'object' &&
    !(value instanceof RelClass) &&
    !neo4j.isInt(value)
  ) {
    for (const v of Object.values(value)) collectPersonIds(v, into)
  }
}
