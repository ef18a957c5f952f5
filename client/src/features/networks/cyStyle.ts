import type { StylesheetJson } from 'cytoscape'

const TRAFFICKING = '#b91c1c'
const SELECT = '#2563eb'
const PATH = '#f59e0b'

/** Node colour, shape and image come from element data so one sheet serves all kinds. */
export const chartStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 44,
      height: 44,
      shape: 'data(shape)' as 'ellipse',
      'background-color': 'data(color)',
      'background-image': 'data(image)',
      'background-fit': 'contain',
      'background-clip': 'none',
      'background-image-containment': 'over',
      'bounds-expansion': 8,
      'border-width': 1.5,
      'border-color': '#0f172a',
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node.victim', style: { 'border-width': 5, 'border-color': '#dc2626' } },
  {
    selector: 'node.potential-victim',
    style: { 'border-width': 5, 'border-color': '#dc2626', 'border-style': 'dashed' },
  },
  { selector: 'node.minor', style: { 'border-width': 8, 'border-style': 'double' } },
  {
    selector: 'node.informant',
    style: { 'border-width': 4, 'border-color': '#6d28d9', 'border-style': 'dotted' },
  },
  {
    selector: 'node.selected',
    style: {
      'underlay-color': SELECT,
      'underlay-padding': 10,
      'underlay-opacity': 0.5,
      'underlay-shape': 'ellipse',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node.path',
    style: { 'outline-width': 4, 'outline-color': PATH, 'outline-offset': 3 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'data(arrow)' as 'triangle',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 8,
      color: '#475569',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge.trafficking',
    style: {
      width: 4,
      'line-color': TRAFFICKING,
      'target-arrow-color': TRAFFICKING,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1.4,
      color: TRAFFICKING,
      'font-weight': 'bold',
      'font-size': 9,
    },
  },
  {
    selector: 'edge.path',
    style: { 'line-outline-width': 3, 'line-outline-color': PATH, 'z-index': 10 },
  },
]
