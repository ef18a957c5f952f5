import type { StylesheetJson } from 'cytoscape'
import { EDGE_LABEL_MIN_PX, NODE_LABEL_MIN_PX } from './chartLod'

const TRAFFICKING = '#b91c1c'
const SELECT = '#2563eb'
const PATH = '#f59e0b'

/** Node colour, shape and image come from element data so one sheet serves all kinds. */
export const chartStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
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
      // Level of detail: a label too small to read is not drawn (chartLod.ts).
      'min-zoomed-font-size': NODE_LABEL_MIN_PX,
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
      'min-zoomed-font-size': EDGE_LABEL_MIN_PX,
    },
  },
  { selector: 'edge.weighted', style: { width: 'data(width)' } },
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
  { selector: 'edge.trafficking.weighted', style: { width: 'data(width)' } },
  // Hidden by kind, category or hand, or folded into a collapsed group: kept, not drawn.
  { selector: '.gone', style: { display: 'none' } },
  // A group box (expanded): its members inside, its name on top.
  {
    selector: 'node.group:parent',
    style: {
      shape: 'round-rectangle',
      'background-color': '#e0e7ff',
      'background-opacity': 0.35,
      'background-image': 'none',
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': '#4338ca',
      padding: '14px',
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-size': 13,
      'font-weight': 'bold',
      color: '#312e81',
      'min-zoomed-font-size': 4,
    },
  },
  // A collapsed group: one node standing for its members.
  {
    selector: 'node.group-collapsed',
    style: {
      shape: 'round-rectangle',
      'background-color': '#4338ca',
      'background-image': 'none',
      'border-width': 3,
      'border-style': 'double',
      'border-color': '#1e1b4b',
      label: 'data(label)',
      'font-size': 12,
      'font-weight': 'bold',
      'min-zoomed-font-size': 4,
    },
  },
  {
    selector: 'edge.meta',
    style: {
      width: 'data(width)',
      'line-color': '#6366f1',
      'line-style': 'dashed',
      'target-arrow-shape': 'none',
      label: 'data(label)',
      color: '#3730a3',
    },
  },
  // Big charts: straight lines, much cheaper than curves.
  { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
  // Labels mode "always": every label whatever the zoom.
  { selector: '.all-labels', style: { 'min-zoomed-font-size': 0 } },
  // Focused (selected, hovered, their neighbours): readable at any zoom. The font size is set
  // per node from the zoom (chartLod.focusFontSize), so it renders at a fixed pixel size.
  {
    selector: 'node.focus',
    style: {
      'min-zoomed-font-size': 0,
      'text-background-opacity': 0.95,
      'text-background-padding': '2px',
      'text-max-width': '220px',
      'z-index': 20,
    },
  },
  { selector: 'edge.focus', style: { 'min-zoomed-font-size': 0, 'z-index': 15 } },
  { selector: 'node.hovered', style: { 'font-weight': 'bold', 'z-index': 30 } },
]
