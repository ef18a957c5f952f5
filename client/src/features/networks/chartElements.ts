import type { Core, NodeSingular, Position } from 'cytoscape'
import type { LinkKind } from '../../generated/graphql'
import { KIND_VISUALS } from '../../ui/entity/kindVisuals'
import { TRAFFICKING_LINKS } from '../../ui/entity/model'
import type { ChartLink, ChartNode } from './chartStore'
import { nodeImage, type BadgeText } from './nodeImage'
import { BASE_SIZE } from './chartMeasures'

const UNDIRECTED: ReadonlySet<LinkKind> = new Set<LinkKind>(['FAMILY', 'ASSOCIATE'])

function shorten(text: string, max = 28): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** How a node is formatted beyond its kind (chartViewStore's format, worked out per node). */
export interface NodeLook {
  size?: number
  color?: string
  /** A date shown under the name ("labels with dates"). */
  date?: string | null
}

export function nodeData(n: ChartNode, badges: BadgeText, look: NodeLook = {}) {
  const visual = KIND_VISUALS[n.kind]
  const name = shorten(n.name)
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    label: look.date ? `${name}\n${look.date}` : name,
    color: look.color ?? visual?.color ?? '#64748b',
    shape: visual?.shape ?? 'ellipse',
    size: look.size ?? BASE_SIZE,
    image: nodeImage(n.kind, n, badges),
  }
}

export function nodeClasses(n: ChartNode): string[] {
  const classes: string[] = [`kind-${n.kind}`]
  if (n.victim) classes.push('victim')
  if (n.potentialVictim) classes.push('potential-victim')
  if (n.minor || n.minorWhenRecorded) classes.push('minor')
  if (n.informant) classes.push('informant')
  if (n.pseudonymised) classes.push('pseudonymised')
  return classes
}

export function edgeData(l: ChartLink, label: string, width: number | null = null) {
  return {
    id: l.id,
    source: l.fromId,
    target: l.toId,
    kind: l.kind,
    label,
    arrow: UNDIRECTED.has(l.kind) ? 'none' : 'triangle',
    width: width ?? 0,
  }
}

export function edgeClasses(l: ChartLink, weighted = false): string[] {
  const classes = TRAFFICKING_LINKS.has(l.kind) ? ['trafficking'] : []
  if (weighted) classes.push('weighted')
  return classes
}

/** A new node starts beside a neighbour already drawn, so the incremental layout stays local. */
export function startPosition(cy: Core, id: string, links: readonly ChartLink[]): Position {
  let anchor: NodeSingular | null = null
  for (const l of links) {
    const other = l.fromId === id ? l.toId : l.toId === id ? l.fromId : null
    if (!other) continue
    const el = cy.getElementById(other)
    if (el.nonempty() && el.isNode()) {
      anchor = el
      break
    }
  }
  const angle = Math.random() * Math.PI * 2
  const radius = 70 + Math.random() * 50
  if (anchor) {
    const p = anchor.position()
    return { x: p.x + Math.cos(angle) * radius, y: p.y + Math.sin(angle) * radius }
  }
  const ext = cy.extent()
  const cx = (ext.x1 + ext.x2) / 2
  const cyy = (ext.y1 + ext.y2) / 2
  return { x: cx + Math.cos(angle) * radius, y: cyy + Math.sin(angle) * radius }
}
