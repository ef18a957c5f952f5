import type { EntityModel, LinkModel } from '../../data/models.ts'
import { exportedName, withheld } from '../ftm/index.ts'

/** A column of a chart export: CSV writes `name` as its header, GraphML declares it as a key. */
export interface Column {
  name: string
  type: 'string' | 'double' | 'int' | 'boolean'
}

export type Cell = string | number | boolean | null
export type Row = Record<string, Cell>

const s = (name: string): Column => ({ name, type: 'string' })
const d = (name: string): Column => ({ name, type: 'double' })
const i = (name: string): Column => ({ name, type: 'int' })

/** One fixed set for every kind, so a spreadsheet of a mixed chart has one header. */
export const NODE_COLUMNS: readonly Column[] = [
  s('id'),
  s('kind'),
  s('name'),
  s('category'),
  { name: 'minor', type: 'boolean' },
  s('firstName'),
  s('lastName'),
  s('aliases'),
  s('dateOfBirth'),
  s('gender'),
  s('nationality'),
  s('identifiers'),
  s('orgType'),
  s('registrationNumber'),
  s('country'),
  s('locType'),
  s('address'),
  s('municipality'),
  d('latitude'),
  d('longitude'),
  s('number'),
  s('imei'),
  s('subscriberId'),
  s('assetType'),
  s('identifier'),
  d('value'),
  s('currency'),
  s('description'),
  s('eventType'),
  s('date'),
  s('stage'),
  s('exploitationForm'),
  s('caseNumber'),
  s('status'),
  s('openedOn'),
  s('closedOn'),
  s('offence'),
  s('reliability'),
  i('credibility'),
  s('handling'),
  s('validFrom'),
  s('validTo'),
]

export const LINK_COLUMNS: readonly Column[] = [
  s('id'),
  s('kind'),
  s('fromId'),
  s('toId'),
  s('fromName'),
  s('toName'),
  s('role'),
  s('relation'),
  d('sharePercent'),
  s('exploitationForm'),
  s('meansOfControl'),
  s('recruitmentMethod'),
  d('amount'),
  s('currency'),
  s('at'),
  i('durationSeconds'),
  s('stage'),
  s('reference'),
  s('reliability'),
  i('credibility'),
  s('handling'),
  s('validFrom'),
  s('validTo'),
]

/*
 * Victims, minors (pseudonymised by DataAccess) and informants (hidden from most, never masked)
 * leave as a pseudonym and no more, by the FtM export's rule (`withheld`, ftm.guard.ts): gender,
 * nationality or a municipality beside the pseudonym would narrow her down outside the workbench.
 * Their homes, phones and assets are guarded before the rows are made (guardChart).
 */

const cell = (v: unknown): Cell => {
  if (v === undefined || v === null || v === '') return null
  if (Array.isArray(v)) return v.length ? v.map(String).join('; ') : null
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v
  return null
}

/** What a chart node carries out of the workbench. Never an FtM or source-dataset id (rule 13). */
export function nodeRow(e: EntityModel, key: string): Row {
  if (withheld(e)) {
    const informant = e.category === 'INFORMANT'
    return {
      id: e.id,
      kind: e.kind,
      name: exportedName(e, key),
      category: informant ? null : cell(e.category),
      minor: !informant && (e.minor === true || e.minorWhenRecorded === true),
    }
  }
  const row: Row = {}
  for (const c of NODE_COLUMNS) if (c.name in e) row[c.name] = cell(e[c.name])
  const point = e.point as { lat: number; lon: number } | undefined
  if (point) Object.assign(row, { latitude: point.lat, longitude: point.lon })
  const p = e.provenance
  Object.assign(row, {
    id: e.id,
    kind: e.kind,
    name: e.name,
    minor: e.kind === 'Person' ? false : null,
    reliability: p.reliability,
    credibility: p.credibility,
    handling: p.handling,
    validFrom: p.validFrom,
    validTo: p.validTo,
  })
  return row
}

export function linkRow(l: LinkModel, from: EntityModel, to: EntityModel, key: string): Row {
  const row: Row = {}
  for (const c of LINK_COLUMNS) if (c.name in l) row[c.name] = cell(l[c.name])
  const p = l.provenance
  return Object.assign(row, {
    id: l.id,
    kind: l.kind,
    fromId: l.fromId,
    toId: l.toId,
    fromName: nodeRow(from, key).name,
    toName: nodeRow(to, key).name,
    reliability: p.reliability,
    credibility: p.credibility,
    handling: p.handling,
    validFrom: p.validFrom,
    validTo: p.validTo,
  })
}
