import type {
  Collection,
  Core,
  LayoutOptions,
  Layouts,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape'
import type { FcoseLayoutOptions } from 'cytoscape-fcose'
import type { LayoutName } from './chartViewStore'

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

export interface LayoutRequest {
  name: LayoutName
  /**
   * 'full' lays out everything drawn (a fresh chart, a layout chosen, "Re-layout"); 'add'
   * places new nodes only: every node already drawn stays exactly where it is.
   */
  mode: 'full' | 'add'
  /** Nodes already placed, with their positions; only for 'add'. */
  fixed?: readonly { id: string; position: Position }[]
  animate?: boolean
  /** Nodes laid out: past BIG, fcose runs at draft quality so 5,000 are drawn in seconds. */
  size?: number
}

export const BIG = 1500

/**
 * A few nodes added keep everything else where it is; an arrival as large as the chart it joins
 * (a case's neighbourhood on a handful of members) is a new chart and is laid out afresh.
 */
export function layoutMode(existing: number, added: number): 'full' | 'add' {
  return existing === 0 || added >= Math.max(existing, 20) ? 'full' : 'add'
}

/**
 * Above this many nodes to hold, an addition is laid out locally: the new nodes and their drawn
 * neighbours, the neighbours fixed (fcose's constraint handling costs more than the layout).
 */
const MAX_FIXED = 2000

/**
 * Options for one layout run. Adding a few nodes to any layout never rearranges the chart: the
 * new ones are placed by fcose around their neighbours with every other node fixed, so the
 * analyst's mental map survives whatever layout they chose.
 */
export function layoutOptions(req: LayoutRequest): LayoutOptions {
  const animate = req.animate ?? false
  if (req.mode === 'add') {
    const fixed = req.fixed ?? []
    const options: FcoseLayoutOptions = {
      name: 'fcose',
      quality: 'proof',
      randomize: false,
      animate,
      animationDuration: 250,
      fit: false,
      padding: 40,
      nodeDimensionsIncludeLabels: false,
      nodeRepulsion: 16000,
      idealEdgeLength: 110,
      numIter: 1000,
      fixedNodeConstraint: fixed.map((f) => ({ nodeId: f.id, position: { ...f.position } })),
    }
    return options
  }
  switch (req.name) {
    case 'hierarchical':
      // Recruitment, transport and ownership run from→to: recruiters above their victims,
      // owners above what they own.
      return {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 24,
        rankSep: 80,
        edgeSep: 8,
        ranker: 'network-simplex',
        fit: false,
        animate,
        padding: 40,
      } as LayoutOptions
    case 'circle':
      return {
        name: 'circle',
        fit: false,
        animate,
        padding: 40,
        avoidOverlap: true,
        sort: (a: NodeSingular, b: NodeSingular) =>
          String(a.data('kind')).localeCompare(String(b.data('kind'))) ||
          String(a.data('name')).localeCompare(String(b.data('name'))),
      } as LayoutOptions
    case 'concentric':
      // The most linked entities in the middle; one ring per band of degree.
      return {
        name: 'concentric',
        fit: false,
        animate,
        padding: 40,
        avoidOverlap: true,
        minNodeSpacing: 12,
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: (nodes: NodeCollection) => Math.max(1, nodes.maxDegree(false) / 6),
      } as LayoutOptions
    default: {
      const options: FcoseLayoutOptions = {
        name: 'fcose',
        quality: (req.size ?? 0) > BIG ? 'draft' : 'default',
        randomize: true,
        animate,
        animationDuration: 250,
        fit: false,
        padding: 40,
        nodeDimensionsIncludeLabels: false,
        // Roomier than fcose's defaults: at "Fit" nodes must not touch, so that a hover or a
        // selection shows whose label is whose.
        nodeRepulsion: 16000,
        idealEdgeLength: 110,
        nodeSeparation: 90,
        numIter: (req.size ?? 0) > BIG ? 1000 : 2500,
      }
      return options
    }
  }
}

/** What a layout moves: what is drawn; compound boxes follow their members where not fcose. */
function layoutElements(cy: Core, name: LayoutName, mode: 'full' | 'add'): Collection {
  const visible = cy.elements(':visible')
  if (mode === 'full' && (name === 'circle' || name === 'concentric')) return visible.not(':parent')
  return visible
}

/**
 * Runs a layout. `added` are the ids just drawn ('add' mode); the rest stays fixed. Fits the
 * view after a full layout, otherwise only refits if something fell outside it.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  mode: 'full' | 'add',
  added: ReadonlySet<string>,
  onDone: () => void,
): { stop(): void } {
  let eles = layoutElements(cy, name, mode)
  if (mode === 'full' && name === 'hierarchical') return hierarchical(cy, eles, onDone)
  if (mode === 'add' && eles.nodes().length - added.size > MAX_FIXED) {
    const fresh = eles.nodes().filter((n) => added.has(n.id()))
    const around = fresh.union(fresh.neighborhood(':visible'))
    eles = around.union(around.edgesWith(around))
  }
  const fixed =
    mode === 'add'
      ? eles
          .nodes()
          .filter((n) => !added.has(n.id()) && !n.isParent())
          .map((n) => ({ id: n.id(), position: (n as NodeSingular).position() }))
      : undefined
  const options = layoutOptions({
    name,
    mode,
    fixed,
    size: eles.nodes().length,
    animate: mode === 'add' && eles.nodes().length < 800 && !reducedMotion(),
  })
  const layout = eles.layout(options)
  layout.one('layoutstop', () => {
    if (mode === 'full') fitCapped(cy)
    else keepInView(cy)
    onDone()
  })
  layout.run()
  return layout
}

/** The links a hierarchy is drawn along: who recruited, moved, exploited, owns, pays whom. */
export const CHAIN_LINKS: ReadonlySet<string> = new Set([
  'RECRUITED',
  'TRANSPORTED',
  'EXPLOITED',
  'CONTROLLED',
  'OWNS',
  'DIRECTOR_OF',
  'MEMBER_OF',
  'EMPLOYED_BY',
  'PAID',
])

/**
 * Ranks only the chains (dagre on CHAIN_LINKS), their separate parts stacked to the view's shape;
 * everything else (events, places, phones) is then settled around them by fcose with the chains
 * fixed. Ranking every link would put a place's hundred events in one row a screen wide.
 */
function hierarchical(cy: Core, eles: Collection, onDone: () => void): { stop(): void } {
  const chainEdges = eles.edges().filter((e) => CHAIN_LINKS.has(String(e.data('kind'))))
  const chainNodes = chainEdges.connectedNodes()
  const chains = chainNodes.union(chainEdges)
  const ranked = chainNodes.empty() ? eles : chains
  let current: { stop(): void } = ranked.layout(
    layoutOptions({ name: 'hierarchical', mode: 'full' }),
  )
  let stopped = false
  ;(current as Layouts).one('layoutstop', () => {
    if (stopped) return
    packComponents(ranked, cy.width() / Math.max(1, cy.height()))
    const rest = eles
      .nodes()
      .not(ranked)
      .filter((n) => !(n as NodeSingular).isParent())
    if (rest.empty()) {
      fitCapped(cy)
      onDone()
      return
    }
    // Each of the rest starts beside a neighbour in a chain, so fcose only has to settle it.
    rest.forEach((n) => {
      const anchor = n.neighborhood('node').intersection(ranked).first()
      if (anchor.nonempty()) {
        const p = (anchor as NodeSingular).position()
        const a = Math.random() * Math.PI * 2
        ;(n as NodeSingular).position({ x: p.x + Math.cos(a) * 90, y: p.y + Math.sin(a) * 90 })
      }
    })
    const fixed = ranked
      .nodes()
      .filter((n) => !n.isParent())
      .map((n) => ({ id: n.id(), position: (n as NodeSingular).position() }))
    const settle = eles.layout(layoutOptions({ name: 'force', mode: 'add', fixed }))
    current = settle
    settle.one('layoutstop', () => {
      fitCapped(cy)
      onDone()
    })
    settle.run()
  })
  ;(current as Layouts).run()
  return {
    stop() {
      stopped = true
      current.stop()
    },
  }
}

export interface Box {
  x1: number
  y1: number
  w: number
  h: number
}

/**
 * Shelf packing: boxes, largest first, in rows about as wide as `aspect` asks for the area they
 * cover. Returns each box's new top-left corner, in the order given.
 */
export function shelfPack(
  boxes: readonly Box[],
  aspect: number,
  gap = 60,
): { x: number; y: number }[] {
  const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0)
  const widest = Math.max(0, ...boxes.map((b) => b.w))
  const rowWidth = Math.max(widest, Math.sqrt(area * Math.max(0.2, aspect)))
  const order = boxes.map((b, i) => i).sort((a, b) => boxes[b]!.h - boxes[a]!.h)
  const out: { x: number; y: number }[] = boxes.map(() => ({ x: 0, y: 0 }))
  let x = 0
  let y = 0
  let rowHeight = 0
  for (const i of order) {
    const b = boxes[i]!
    if (x > 0 && x + b.w > rowWidth) {
      x = 0
      y += rowHeight + gap
      rowHeight = 0
    }
    out[i] = { x, y }
    x += b.w + gap
    rowHeight = Math.max(rowHeight, b.h)
  }
  return out
}

function packComponents(eles: Collection, aspect: number): void {
  const parts = eles.components()
  if (parts.length < 2) return
  const boxes = parts.map((c) => {
    const b = c.nodes().boundingBox({})
    return { x1: b.x1, y1: b.y1, w: b.w, h: b.h }
  })
  const at = shelfPack(boxes, aspect)
  parts.forEach((c, i) => {
    const dx = at[i]!.x - boxes[i]!.x1
    const dy = at[i]!.y - boxes[i]!.y1
    c.nodes()
      .filter((n) => !n.isParent())
      .positions((n) => {
        const p = (n as NodeSingular).position()
        return { x: p.x + dx, y: p.y + dy }
      })
  })
}

/** Refit only if something fell outside the viewport; otherwise leave the analyst's zoom. */
export function keepInView(cy: Core): void {
  const drawn = cy.nodes(':visible')
  if (drawn.empty()) return
  const box = drawn.boundingBox({})
  const ext = cy.extent()
  if (box.x1 < ext.x1 || box.y1 < ext.y1 || box.x2 > ext.x2 || box.y2 > ext.y2) {
    fitCapped(cy)
  }
}

const MAX_FIT_ZOOM = 1.25

/** Fit everything drawn, but never blow a handful of nodes up to poster size. */
export function fitCapped(cy: Core): void {
  const drawn = cy.nodes(':visible')
  if (drawn.empty()) return
  cy.fit(drawn, 40)
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
  }
}
