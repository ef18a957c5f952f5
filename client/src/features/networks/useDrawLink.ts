import { onBeforeUnmount, watch } from 'vue'
import type { Core, EventObject, NodeSingular } from 'cytoscape'
import { useRecordingStore, type RecordEnd } from '../../ui/recordingStore'
import { useChartStore } from './chartStore'

const SVG = 'http://www.w3.org/2000/svg'

/**
 * Drawing a link on the chart: in the "draw link" mode (ui/recordingStore.ts `drawing`), a drag
 * from one node to another opens the link form with both ends filled. A line follows the pointer
 * in an overlay of the chart's own; no element is added to Cytoscape, so the chart's sync, its
 * node list, saved charts and exports never meet a half-drawn link.
 *
 * cytoscape-edgehandles was considered: its last release (4.0.1) dates from years ago, it adds
 * handle and ghost nodes into the graph (which every reader of `cy.nodes()` would have to skip),
 * and this needs only a drag between two nodes.
 */
export function useDrawLink() {
  const recording = useRecordingStore()
  const chart = useChartStore()
  let cy: Core | null = null
  let overlay: SVGSVGElement | null = null
  let line: SVGLineElement | null = null
  let source: NodeSingular | null = null
  let target: NodeSingular | null = null
  /** What the mode turns off, to give back when it ends. */
  let saved: { panning: boolean; boxSelection: boolean; grab: boolean } | null = null

  const endOf = (node: NodeSingular): RecordEnd | null => {
    const n = chart.nodes[node.id()]
    return n ? { id: n.id, kind: n.kind, name: n.name } : null
  }

  function setMode(on: boolean): void {
    const core = cy
    if (!core) return
    if (on && !saved) {
      saved = {
        panning: core.userPanningEnabled(),
        boxSelection: core.boxSelectionEnabled(),
        grab: core.autoungrabify(),
      }
      // A drag must draw, not move the node, pan the chart or box-select.
      core.userPanningEnabled(false)
      core.boxSelectionEnabled(false)
      core.autoungrabify(true)
    } else if (!on && saved) {
      core.userPanningEnabled(saved.panning)
      core.boxSelectionEnabled(saved.boxSelection)
      core.autoungrabify(saved.grab)
      saved = null
      stop()
    }
    const el = core.container()
    if (el) {
      el.style.cursor = on ? 'crosshair' : ''
      el.dataset.drawing = on ? 'true' : 'false'
    }
  }

  function showLine(from: { x: number; y: number }, to: { x: number; y: number }): void {
    const el = cy?.container()
    if (!el) return
    if (!overlay) {
      overlay = document.createElementNS(SVG, 'svg')
      overlay.setAttribute('aria-hidden', 'true')
      overlay.setAttribute('data-testid', 'draw-link-line')
      Object.assign(overlay.style, {
        position: 'absolute',
        inset: '0',
        width: '100%',
        height: '100%',
        pointerEvents: 'none',
        zIndex: '10',
      })
      line = document.createElementNS(SVG, 'line')
      line.setAttribute('stroke', '#2563eb')
      line.setAttribute('stroke-width', '2.5')
      line.setAttribute('stroke-dasharray', '6 4')
      overlay.appendChild(line)
      el.appendChild(overlay)
    }
    line?.setAttribute('x1', String(from.x))
    line?.setAttribute('y1', String(from.y))
    line?.setAttribute('x2', String(to.x))
    line?.setAttribute('y2', String(to.y))
  }

  function mark(node: NodeSingular | null): void {
    if (target === node) return
    target?.removeClass('draw-target')
    target = node
    node?.addClass('draw-target')
  }

  function stop(): void {
    source = null
    mark(null)
    overlay?.remove()
    overlay = null
    line = null
  }

  /** The node under the pointer other than the one the drag started from. */
  function nodeOver(evt: EventObject): NodeSingular | null {
    const over = evt.target as unknown
    if (over === cy || !source) return null
    const node = over as NodeSingular
    return typeof node.isNode === 'function' && node.isNode() && node.id() !== source.id()
      ? node
      : null
  }

  function onStart(evt: EventObject): void {
    if (!recording.drawing) return
    source = evt.target as NodeSingular
    showLine(source.renderedPosition(), evt.renderedPosition ?? source.renderedPosition())
  }

  function onDrag(evt: EventObject): void {
    if (!source) return
    showLine(source.renderedPosition(), evt.renderedPosition)
    mark(nodeOver(evt))
  }

  function onEnd(evt: EventObject): void {
    if (!source) return
    const from = endOf(source)
    const over = nodeOver(evt)
    const to = over ? endOf(over) : null
    stop()
    if (from && to) recording.open({ form: 'link', mode: 'create', from, to })
  }

  function onKey(e: KeyboardEvent): void {
    // Escape in the link form closes the form only; the mode stays for the next link.
    const inDialog = e.target instanceof Element && !!e.target.closest('[role=dialog]')
    if (e.key === 'Escape' && recording.drawing && !recording.request && !inDialog)
      recording.drawing = false
  }

  /** Called once the chart's Cytoscape exists. */
  function attach(core: Core): void {
    cy = core
    // The drop target's ring, added to whatever style the chart has (cyStyle.ts is not ours).
    // (A headless instance without a style has no sheet to add to.)
    const sheet = core.style() as ReturnType<Core['style']> | undefined
    sheet
      ?.selector('node.draw-target')
      .style({ 'border-width': 4, 'border-color': '#2563eb', 'border-opacity': 1 })
      .update()
    core.on('tapstart', 'node', onStart)
    core.on('tapdrag', onDrag)
    core.on('tapend', onEnd)
    window.addEventListener('keydown', onKey)
    setMode(recording.drawing)
  }

  const unwatch = watch(() => recording.drawing, setMode)

  onBeforeUnmount(() => {
    unwatch()
    window.removeEventListener('keydown', onKey)
    stop()
    cy?.off('tapstart', 'node', onStart)
    cy?.off('tapdrag', onDrag)
    cy?.off('tapend', onEnd)
    cy = null
    saved = null
  })

  return { attach }
}
