import type { PersonCategory, TraffickingRole } from '../../generated/graphql'
import { KIND_VISUALS } from '../../ui/entity/kindVisuals'
import type { ChartLink, ChartNode } from './chartStore'
import type { ColourBy, LinkWidthBy, SizeBy } from './chartViewStore'

export interface NodeMeasure {
  /** Distinct entities it is linked to on the chart. */
  degree: number
  /** Links on the chart, parallel ones counted each (calls, payments). */
  links: number
}

/** Degree and link count per node, over the links drawn between nodes on the chart. */
export function measures(links: readonly ChartLink[]): Map<string, NodeMeasure> {
  const neighbours = new Map<string, Set<string>>()
  const counts = new Map<string, number>()
  for (const l of links) {
    for (const [a, b] of [
      [l.fromId, l.toId],
      [l.toId, l.fromId],
    ] as const) {
      let set = neighbours.get(a)
      if (!set) neighbours.set(a, (set = new Set()))
      set.add(b)
      counts.set(a, (counts.get(a) ?? 0) + 1)
    }
  }
  const out = new Map<string, NodeMeasure>()
  for (const [id, set] of neighbours) out.set(id, { degree: set.size, links: counts.get(id) ?? 0 })
  return out
}

export const BASE_SIZE = 44
const MIN_SIZE = 30
const MAX_SIZE = 96

/**
 * Area grows with the measure (square root), so a hub with 60 links stands out without hiding
 * its neighbours; relative to the chart's largest value, so the scale suits any chart.
 */
export function nodeSize(value: number, max: number): number {
  if (max <= 0) return BASE_SIZE
  const t = Math.sqrt(Math.max(0, value) / max)
  return Math.round(MIN_SIZE + t * (MAX_SIZE - MIN_SIZE))
}

export function sizeFor(sizeBy: SizeBy, m: NodeMeasure | undefined, max: NodeMeasure): number {
  if (sizeBy === 'none') return BASE_SIZE
  return nodeSize(m?.[sizeBy] ?? 0, max[sizeBy])
}

export function maxMeasure(all: Iterable<NodeMeasure>): NodeMeasure {
  const max = { degree: 0, links: 0 }
  for (const m of all) {
    if (m.degree > max.degree) max.degree = m.degree
    if (m.links > max.links) max.links = m.links
  }
  return max
}

/** Victims red, suspects and convicted dark, others muted: the reading an analyst expects. */
export const CATEGORY_COLOURS: Record<PersonCategory, string> = {
  VICTIM: '#dc2626',
  POTENTIAL_VICTIM: '#f97316',
  SUSPECT: '#1e3a8a',
  CONVICTED: '#0f172a',
  WITNESS: '#0d9488',
  INFORMANT: '#6d28d9',
  CONTACT: '#64748b',
}

export const ROLE_COLOURS: Record<TraffickingRole, string> = {
  RECRUITER: '#b91c1c',
  TRANSPORTER: '#ea580c',
  EXPLOITER: '#7f1d1d',
  CONTROLLER: '#be185d',
  FINANCIER: '#a16207',
  FACILITATOR: '#4d7c0f',
  BUYER: '#7c3aed',
  VICTIM: '#dc2626',
  WITNESS: '#0d9488',
  OFFICER: '#1d4ed8',
  OTHER: '#64748b',
}

/** Not a person (by category) or no role: drawn pale so the coloured ones stand out. */
export const NO_COLOUR = '#cbd5e1'

/** The role a node plays: the commonest role on its own links, OTHER only when nothing else. */
export function nodeRoles(links: readonly ChartLink[]): Map<string, TraffickingRole> {
  const tally = new Map<string, Map<TraffickingRole, number>>()
  for (const l of links) {
    if (!l.role) continue
    let t = tally.get(l.fromId)
    if (!t) tally.set(l.fromId, (t = new Map()))
    t.set(l.role, (t.get(l.role) ?? 0) + 1)
  }
  const out = new Map<string, TraffickingRole>()
  for (const [id, t] of tally) {
    const ranked = [...t.entries()].sort(
      (a, b) => Number(a[0] === 'OTHER') - Number(b[0] === 'OTHER') || b[1] - a[1],
    )
    if (ranked[0]) out.set(id, ranked[0][0])
  }
  return out
}

export function colourFor(
  colourBy: ColourBy,
  n: ChartNode,
  role: TraffickingRole | undefined,
): string {
  if (colourBy === 'category') return n.category ? CATEGORY_COLOURS[n.category] : NO_COLOUR
  if (colourBy === 'role') return role ? ROLE_COLOURS[role] : NO_COLOUR
  return KIND_VISUALS[n.kind]?.color ?? '#64748b'
}

/**
 * A link's weight: how many links of its kind join the same two entities (calls between two
 * phones, payments between two people), or the amount a payment carries.
 */
export function linkWeights(links: readonly ChartLink[], by: LinkWidthBy): Map<string, number> {
  const out = new Map<string, number>()
  if (by === 'none') return out
  if (by === 'amount') {
    for (const l of links) if (typeof l.amount === 'number' && l.amount > 0) out.set(l.id, l.amount)
    return out
  }
  const pairs = new Map<string, string[]>()
  for (const l of links) {
    const key = [l.kind, ...[l.fromId, l.toId].sort()].join(' ')
    const list = pairs.get(key)
    if (list) list.push(l.id)
    else pairs.set(key, [l.id])
  }
  for (const ids of pairs.values()) for (const id of ids) out.set(id, ids.length)
  return out
}

/** 1.5 px for the lightest, up to 12 px for the heaviest on the chart (square-root scale). */
export function linkWidth(weight: number | undefined, max: number): number | null {
  if (weight === undefined || max <= 0) return null
  return Math.round((1.5 + Math.sqrt(weight / max) * 10.5) * 10) / 10
}
