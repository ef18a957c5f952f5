import type { Core, NodeSingular, Position } from 'cytoscape'
import type { ChartLink, ChartNode } from './chartStore'
import type { ChartFormat } from './chartViewStore'
import type { Drawn } from './chartDrawn'
import { edgeClasses, edgeData, nodeClasses, nodeData, startPosition } from './chartElements'
import {
  colourFor,
  linkWeights,
  linkWidth,
  maxMeasure,
  measures,
  nodeRoles,
  sizeFor,
} from './chartMeasures'
import { tuning } from './chartLod'
import type { BadgeText } from './nodeImage'

export interface SyncInput {
  nodes: readonly ChartNode[]
  links: readonly ChartLink[]
  drawn: Drawn
  format: ChartFormat
  badges: BadgeText
  linkLabel: (l: ChartLink) => string
  formatDate: (iso: string) => string
  groupLabel: (label: string, count: number) => string
  /** Ids not to draw yet (an arrival waiting for the analyst's answer). */
  held: ReadonlySet<string>
  /** Where a collapsed group's members were, to move them along if the group was dragged. */
  collapsedAt: Map<string, Position>
}

const isGroupId = (id: string) => id.startsWith('group-')
const BLANK =
  'data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E'
/** What the node style maps from data, so a group node needs no style of its own to draw. */
const GROUP_DATA = { kind: 'group', shape: 'round-rectangle', color: '#4338ca', image: BLANK }

function centroid(cy: Core, ids: readonly string[]): Position | null {
  let x = 0
  let y = 0
  let n = 0
  for (const id of ids) {
    const el = cy.getElementById(id)
    if (el.empty()) continue
    const p = (el as NodeSingular).position()
    x += p.x
    y += p.y
    n++
  }
  return n ? { x: x / n, y: y / n } : null
}

/**
 * Makes Cytoscape match the chart and the view. Hidden and folded nodes stay in Cytoscape with
 * `display: none`, so they come back where they were. Returns the ids drawn for the first time.
 */
export function syncCy(cy: Core, input: SyncInput): string[] {
  const { drawn: d, format, held } = input
  const nodeIds = new Set(input.nodes.map((n) => n.id))
  const linkIds = new Set(input.links.map((l) => l.id))
  const metaIds = new Set(d.metaEdges.map((m) => m.id))
  const groupIds = new Set(d.groups.map((g) => g.id))
  const m = measures(input.links)
  const max = maxMeasure(m.values())
  const roles = format.colourBy === 'role' ? nodeRoles(input.links) : new Map()
  const weights = linkWeights(input.links, format.linkWidthBy)
  const maxWeight = Math.max(0, ...weights.values())
  const tune = tuning(input.nodes.length, input.links.length)
  const added: string[] = []

  cy.batch(() => {
    cy.edges().forEach((e) => {
      const id = e.id()
      if (e.hasClass('meta') ? !metaIds.has(id) : !linkIds.has(id)) e.remove()
    })
    cy.nodes().forEach((n) => {
      const id = n.id()
      if (isGroupId(id) ? !groupIds.has(id) : !nodeIds.has(id) || held.has(id)) n.remove()
    })

    // Group nodes before their members, which name them as parent.
    for (const g of d.groups) {
      let el = cy.getElementById(g.id)
      const label = input.groupLabel(g.label, g.memberIds.length)
      if (el.empty()) {
        const at = centroid(cy, g.memberIds) ?? startPosition(cy, g.id, [])
        el = cy.add({ group: 'nodes', data: { id: g.id, ...GROUP_DATA, label }, position: at })
      }
      el.data({ label, size: Math.min(110, 50 + g.memberIds.length * 3) })
      el.classes(g.collapsed ? ['group', 'group-collapsed'] : ['group'])
    }

    for (const n of input.nodes) {
      if (held.has(n.id)) continue
      const look = {
        size: sizeFor(format.sizeBy, m.get(n.id), max),
        color: colourFor(format.colourBy, n, roles.get(n.id)),
        date: format.labelDates && n.date ? input.formatDate(n.date) : null,
      }
      const classes = nodeClasses(n)
      if (!d.shown.has(n.id)) classes.push('gone')
      const parent = d.parentOf.get(n.id) ?? null
      let el = cy.getElementById(n.id)
      if (el.empty()) {
        el = cy.add({
          group: 'nodes',
          data: { ...nodeData(n, input.badges, look), parent: parent ?? undefined },
          classes,
          position: startPosition(cy, n.id, input.links),
        })
        added.push(n.id)
        continue
      }
      el.data(nodeData(n, input.badges, look))
      el.classes(classes)
      const current = (el as NodeSingular).parent().first()
      const currentId = current.nonempty() ? current.id() : null
      if (currentId !== parent) (el as NodeSingular).move({ parent })
    }

    // A collapsed group stands where its members were; expanded again, they follow its moves.
    for (const g of d.groups) {
      const el = cy.getElementById(g.id) as NodeSingular
      if (g.collapsed) {
        if (!input.collapsedAt.has(g.id)) {
          const at = centroid(cy, g.memberIds)
          if (at) {
            input.collapsedAt.set(g.id, at)
            el.position(at)
          }
        }
      } else {
        const was = input.collapsedAt.get(g.id)
        if (was) {
          input.collapsedAt.delete(g.id)
          const now = el.position()
          const dx = now.x - was.x
          const dy = now.y - was.y
          if (dx || dy)
            for (const id of g.memberIds) {
              const member = cy.getElementById(id) as NodeSingular
              const p = member.position()
              member.position({ x: p.x + dx, y: p.y + dy })
            }
        }
      }
    }

    for (const l of input.links) {
      if (held.has(l.fromId) || held.has(l.toId)) continue
      const width = linkWidth(weights.get(l.id), maxWeight)
      const data = edgeData(l, input.linkLabel(l), width)
      const classes = edgeClasses(l, width !== null)
      if (tune.haystack) classes.push('fast')
      const el = cy.getElementById(l.id)
      if (el.nonempty()) {
        el.data(data)
        el.classes(classes)
      } else cy.add({ group: 'edges', data, classes, selectable: false })
    }

    const maxCount = Math.max(1, ...d.metaEdges.map((e) => e.count))
    for (const e of d.metaEdges) {
      const data = {
        id: e.id,
        source: e.source,
        target: e.target,
        label: String(e.count),
        width: linkWidth(e.count, maxCount) ?? 2,
      }
      const el = cy.getElementById(e.id)
      if (el.nonempty()) el.data(data)
      else cy.add({ group: 'edges', data, classes: ['meta'], selectable: false })
    }
  })

  // Read by the canvas renderer at every frame; Cytoscape takes them only as start options.
  const r = (cy as unknown as { renderer?: () => Record<string, unknown> }).renderer?.()
  if (r) {
    r.textureOnViewport = tune.textureOnViewport
    r.hideEdgesOnViewport = tune.hideEdgesOnViewport
  }
  return added
}
