import type { Core, Layouts } from 'cytoscape'
import type { FcoseLayoutOptions } from 'cytoscape-fcose'

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * Full layout for a fresh chart; otherwise start from current positions ('proof' quality is
 * what fcose requires without randomising) so the analyst's mental map survives.
 */
export function runLayout(cy: Core, full: boolean, onDone: () => void): Layouts {
  const options: FcoseLayoutOptions = {
    name: 'fcose',
    quality: full ? 'default' : 'proof',
    randomize: full,
    animate: !full && !reducedMotion(),
    animationDuration: 250,
    fit: false,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: 6500,
    idealEdgeLength: 90,
    numIter: 1500,
  }
  const layout = cy.layout(options)
  layout.one('layoutstop', () => {
    if (full) fitCapped(cy)
    else keepInView(cy)
    onDone()
  })
  layout.run()
  return layout
}

/** Refit only if something fell outside the viewport; otherwise leave the analyst's zoom. */
export function keepInView(cy: Core): void {
  if (cy.nodes().empty()) return
  const box = cy.nodes().boundingBox({})
  const ext = cy.extent()
  if (box.x1 < ext.x1 || box.y1 < ext.y1 || box.x2 > ext.x2 || box.y2 > ext.y2) {
    fitCapped(cy)
  }
}

const MAX_FIT_ZOOM = 1.25

/** Fit everything, but never blow a handful of nodes up to poster size. */
export function fitCapped(cy: Core): void {
  if (cy.nodes().empty()) return
  cy.fit(undefined, 40)
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
  }
}
