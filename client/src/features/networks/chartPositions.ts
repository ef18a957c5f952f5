import { watch } from 'vue'
import type { Core, NodeSingular } from 'cytoscape'
import type { Position, useChartStore } from './chartStore'

type Chart = ReturnType<typeof useChartStore>

const round = (v: number) => Math.round(v * 10) / 10

/** Where the chart's entities stand on the canvas (group boxes are not the chart's). */
export function positionsOf(cy: Core, chart: Chart): Record<string, Position> {
  const out: Record<string, Position> = {}
  cy.nodes().forEach((n) => {
    const id = n.id()
    if (!chart.has(id)) return
    const p = n.position()
    out[id] = { x: round(p.x), y: round(p.y) }
  })
  return out
}

/**
 * Puts entities just drawn where the chart says they stood (a saved chart, an undo, a draft);
 * returns those it knows no place for, which the caller lays out.
 */
export function placeSaved(cy: Core, chart: Chart, added: readonly string[]): string[] {
  const unplaced: string[] = []
  for (const id of added) {
    const p = chart.positions[id]
    if (p) (cy.getElementById(id) as NodeSingular).position({ x: p.x, y: p.y })
    else unplaced.push(id)
  }
  return unplaced
}

/**
 * Keeps the chart store's positions true to the canvas: a drag is an edit (undoable), a layout's
 * end part of the edit that ran it; and when positions come from elsewhere the canvas follows.
 * Returns what stops it.
 */
export function bindPositions(cy: Core, chart: Chart): () => void {
  cy.on('dragfree', 'node', () => chart.move(positionsOf(cy, chart)))
  cy.on('layoutstop', () => chart.setPositions(positionsOf(cy, chart)))
  // After the canvas drew the nodes (its own watchers run before render, this one after).
  return watch(
    () => chart.placement,
    (placement) => {
      cy.batch(() => {
        for (const [id, p] of Object.entries(chart.positions)) {
          const el = cy.getElementById(id) as NodeSingular
          if (el.nonempty() && !el.isParent()) el.position({ x: p.x, y: p.y })
        }
      })
      const v = chart.viewport
      if (placement.viewport && v) cy.viewport({ zoom: v.zoom, pan: { x: v.pan.x, y: v.pan.y } })
    },
    { flush: 'post' },
  )
}
