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
}

/**
 * A few nodes added keep everything else where it is; an arrival as large as the chart it joins
 * (a case's neighbourhood on a handful of members) is a new chart and is laid out afresh.
 */
export function layoutMode(existing: number, added: number): 'full' | 'add' {
  return existing === 0 || added >= Math.max(existing, 20) ? 'full' : 'add'
}

/** Above this many fixed nodes fcose's constraint handling costs more than it saves. */
const MAX_FIXED = 2500

/**
 * Options for one layout run. Adding a few nodes to any layout never rearranges the chart: the
 * new ones are placed by fcose around their neighbours with every other node fixed, so the
 * analyst's mental map survives whatever layout they chose.
 */
export function layoutOptions(req: LayoutRequest): LayoutOptions {
  const animate = req.animate ?? false
  if (req.mode === 'add') {
    const fixed = (req.fixed ?? []).slice(0, MAX_FIXED)
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
        quality: 'default',
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
        numIter: 2500,
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
): Layouts {
  const eles = layoutElements(cy, name, mode)
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
