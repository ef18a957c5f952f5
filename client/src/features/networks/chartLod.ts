/**
 * Level of detail. A label is worth drawing only where it can be read: at "Fit" on a chart of
 * 200 entities a 10 px label shrinks to 3 px and the chart turns grey. Labels therefore hide
 * below a rendered size (Cytoscape's min-zoomed-font-size, which costs nothing per frame), and
 * the few that matter (selected, hovered and their neighbours) are drawn large enough to read at
 * any zoom. Big charts also trade detail for speed while the view moves.
 */
import type { LabelMode } from './chartViewStore'

/** Node labels are 10 model px; hidden when they would be drawn smaller than this. */
export const NODE_LABEL_MIN_PX = 7
/** Link labels say the kind; they are noise before the nodes' names can be read. */
export const EDGE_LABEL_MIN_PX = 9
/** Rendered size of a focused label (selected, hovered, neighbour), whatever the zoom. */
export const FOCUS_LABEL_PX = 12
/** Neighbours labelled around one focused node at most; a hub's hundred names are no help. */
export const NEIGHBOUR_LABELS = 40

export function minLabelPx(mode: LabelMode): { node: number; edge: number } {
  return mode === 'always'
    ? { node: 0, edge: 0 }
    : { node: NODE_LABEL_MIN_PX, edge: EDGE_LABEL_MIN_PX }
}

/** Whether the ordinary (unfocused) node labels are drawn at this zoom. */
export function labelsShownAt(zoom: number, mode: LabelMode, baseFontPx = 10): boolean {
  return baseFontPx * zoom >= minLabelPx(mode).node
}

/** Font size in model units that renders as FOCUS_LABEL_PX at this zoom (never below 10). */
export function focusFontSize(zoom: number): number {
  const z = zoom > 0 ? zoom : 1
  return Math.min(80, Math.max(10, Math.round((FOCUS_LABEL_PX / z) * 10) / 10))
}

/**
 * The nodes whose labels are drawn whatever the zoom: the selection and the hovered node, each
 * with up to NEIGHBOUR_LABELS of its neighbours.
 */
export function focusedIds(
  selection: readonly string[],
  hovered: string | null,
  neighboursOf: (id: string) => readonly string[],
): Set<string> {
  const out = new Set<string>()
  const centres = hovered ? [...selection, hovered] : selection
  for (const id of centres) {
    out.add(id)
    for (const n of neighboursOf(id).slice(0, NEIGHBOUR_LABELS)) out.add(n)
  }
  return out
}

export interface RendererTuning {
  /** Pan and zoom move a picture of the chart instead of redrawing it. */
  textureOnViewport: boolean
  /** Links are left out while the view moves. */
  hideEdgesOnViewport: boolean
  /** Links drawn as straight "haystack" lines: far cheaper than curves, no parallel fan. */
  haystack: boolean
}

/** Thresholds measured with tests/bench (a chart of 5,000 must still pan): see docs. */
export function tuning(nodes: number, edges: number): RendererTuning {
  return {
    textureOnViewport: nodes > 1500,
    hideEdgesOnViewport: edges > 4000,
    haystack: edges > 1500,
  }
}

/** Beyond this, one arrival is not drawn until the analyst chooses (draw, group by kind, drop). */
export const ASK_BEFORE_DRAWING = 500
