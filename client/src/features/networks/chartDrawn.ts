import type { LinkKind } from '../../generated/graphql'
import type { ChartLink, ChartNode } from './chartStore'
import type { ChartGroup } from './chartViewStore'

export interface DrawnGroup {
  id: string
  label: string
  collapsed: boolean
  /** Members on the chart and not hidden. */
  memberIds: string[]
}

/** Links between a collapsed group and one other drawn node, drawn as one edge. */
export interface MetaEdge {
  id: string
  source: string
  target: string
  count: number
  kinds: LinkKind[]
}

export interface Drawn {
  /** Chart nodes drawn as themselves. */
  shown: Set<string>
  /** Chart nodes hidden by kind, category or by hand (not counting those inside a box). */
  hidden: Set<string>
  /** Member → the expanded group box it is drawn in. */
  parentOf: Map<string, string>
  /** Member → the collapsed group that stands for it. */
  collapsedInto: Map<string, string>
  groups: DrawnGroup[]
  /** Links drawn as themselves: both ends shown. */
  links: ChartLink[]
  metaEdges: MetaEdge[]
}

export interface ViewRules {
  isHidden(n: ChartNode): boolean
  groups: readonly ChartGroup[]
}

/**
 * What the canvas draws, from what is on the chart and how the view shows it. Hidden entities
 * stay on the chart (the list and the count say so); a collapsed group stands for its members
 * and carries their links to the rest as one edge per neighbour.
 */
export function drawn(
  nodes: readonly ChartNode[],
  links: readonly ChartLink[],
  view: ViewRules,
): Drawn {
  const onChart = new Map(nodes.map((n) => [n.id, n]))
  const hidden = new Set<string>()
  for (const n of nodes) if (view.isHidden(n)) hidden.add(n.id)

  const parentOf = new Map<string, string>()
  const collapsedInto = new Map<string, string>()
  const groups: DrawnGroup[] = []
  for (const g of view.groups) {
    const memberIds = g.memberIds.filter(
      (id) => onChart.has(id) && !hidden.has(id) && !parentOf.has(id) && !collapsedInto.has(id),
    )
    if (memberIds.length === 0) continue
    for (const id of memberIds) (g.collapsed ? collapsedInto : parentOf).set(id, g.id)
    groups.push({ id: g.id, label: g.label, collapsed: g.collapsed, memberIds })
  }

  const shown = new Set<string>()
  for (const n of nodes) if (!hidden.has(n.id) && !collapsedInto.has(n.id)) shown.add(n.id)

  const direct: ChartLink[] = []
  const meta = new Map<string, MetaEdge>()
  for (const l of links) {
    if (!onChart.has(l.fromId) || !onChart.has(l.toId)) continue
    if (hidden.has(l.fromId) || hidden.has(l.toId)) continue
    const from = collapsedInto.get(l.fromId) ?? l.fromId
    const to = collapsedInto.get(l.toId) ?? l.toId
    if (from === l.fromId && to === l.toId) {
      direct.push(l)
      continue
    }
    // Inside one collapsed group: folded away with it.
    if (from === to) continue
    const [a, b] = [from, to].sort() as [string, string]
    const id = `meta:${a}:${b}`
    const edge = meta.get(id)
    if (edge) {
      edge.count++
      if (!edge.kinds.includes(l.kind)) edge.kinds.push(l.kind)
    } else meta.set(id, { id, source: a, target: b, count: 1, kinds: [l.kind] })
  }

  return {
    shown,
    hidden,
    parentOf,
    collapsedInto,
    groups,
    links: direct,
    metaEdges: [...meta.values()],
  }
}

/**
 * Groups an analyst will want to collapse: an organisation with its members, directors and
 * employees on the chart, and families (people joined by FAMILY links, taken as components).
 */
export function suggestedGroups(
  nodes: readonly ChartNode[],
  links: readonly ChartLink[],
): { label: string; anchorId: string | null; memberIds: string[] }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const out: { label: string; anchorId: string | null; memberIds: string[] }[] = []
  const orgMembers = new Map<string, Set<string>>()
  const family = new Map<string, Set<string>>()
  for (const l of links) {
    if (!byId.has(l.fromId) || !byId.has(l.toId)) continue
    if (l.kind === 'MEMBER_OF' || l.kind === 'DIRECTOR_OF' || l.kind === 'EMPLOYED_BY') {
      let m = orgMembers.get(l.toId)
      if (!m) orgMembers.set(l.toId, (m = new Set()))
      m.add(l.fromId)
    } else if (l.kind === 'FAMILY') {
      for (const [a, b] of [
        [l.fromId, l.toId],
        [l.toId, l.fromId],
      ] as const) {
        let f = family.get(a)
        if (!f) family.set(a, (f = new Set()))
        f.add(b)
      }
    }
  }
  for (const [orgId, members] of orgMembers) {
    const org = byId.get(orgId)
    if (org) out.push({ label: org.name, anchorId: orgId, memberIds: [...members] })
  }
  const seen = new Set<string>()
  for (const start of family.keys()) {
    if (seen.has(start)) continue
    const component: string[] = []
    const queue = [start]
    seen.add(start)
    while (queue.length) {
      const id = queue.pop() as string
      component.push(id)
      for (const next of family.get(id) ?? [])
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
    }
    if (component.length < 2) continue
    const names = component.map((id) => byId.get(id)?.name ?? '').filter(Boolean)
    out.push({ label: familyName(names), anchorId: null, memberIds: component.sort() })
  }
  return out
}

/** The surname most members share (last word of their names), else the first member's name. */
function familyName(names: readonly string[]): string {
  const tally = new Map<string, number>()
  for (const n of names) {
    const last = n.trim().split(/\s+/).pop()
    if (last) tally.set(last, (tally.get(last) ?? 0) + 1)
  }
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]
  return best && best[1] > 1 ? best[0] : (names[0] ?? '')
}
