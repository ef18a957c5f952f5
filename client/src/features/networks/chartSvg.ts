import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'

/**
 * The chart as SVG, built from what Cytoscape has drawn: each visible node's position, size,
 * shape, colours, border, badge image and label, each visible edge with its width, colour, arrow
 * and label. Built here rather than with cytoscape-svg, which replays the canvas renderer's
 * private drawing calls (one maintainer, last release Dec 2024) and has nothing to replay under
 * the WebGL renderer large charts use. Text stays text: the file can be searched and edited.
 */

const PAD = 30
/** Cytoscape's own spacing of parallel edges (control-point-step-size). */
const STEP = 40

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

const num = (n: number) => (Math.round(n * 100) / 100).toString()
const str = (ele: NodeSingular | EdgeSingular, prop: string) => String(ele.style(prop) ?? '')
const size = (ele: NodeSingular | EdgeSingular, prop: string) => {
  const v = ele.numericStyle(prop) as unknown
  return typeof v === 'number' && Number.isFinite(v) ? v : 0
}

/** Points of a regular polygon in a w×h box around (x, y), first vertex on top. */
function polygon(x: number, y: number, w: number, h: number, sides: number, turn = 0): string {
  const pts: string[] = []
  for (let i = 0; i < sides; i++) {
    const a = -Math.PI / 2 + turn + (i * 2 * Math.PI) / sides
    pts.push(`${num(x + (Math.cos(a) * w) / 2)},${num(y + (Math.sin(a) * h) / 2)}`)
  }
  return pts.join(' ')
}

/** The node's outline in SVG, as close to Cytoscape's shape as one element gets. */
function shapeOf(shape: string, x: number, y: number, w: number, h: number, paint: string) {
  const rect = (r: number) =>
    `<rect x="${num(x - w / 2)}" y="${num(y - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}"${paint}/>`
  switch (shape) {
    case 'ellipse':
      return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}"${paint}/>`
    case 'diamond':
      return `<polygon points="${polygon(x, y, w, h, 4)}"${paint}/>`
    case 'hexagon':
      return `<polygon points="${polygon(x, y, w, h, 6, Math.PI / 6)}"${paint}/>`
    case 'pentagon':
    case 'round-pentagon':
      return `<polygon points="${polygon(x, y, w, h, 5)}"${paint}/>`
    case 'triangle':
      return `<polygon points="${polygon(x, y, w, h, 3)}"${paint}/>`
    case 'rectangle':
      return rect(0)
    case 'barrel':
      return rect(Math.min(w, h) / 3)
    default:
      return rect(Math.min(w, h) / 8)
  }
}

function dash(style: string, width: number): string {
  if (style === 'dashed') return ` stroke-dasharray="${num(width * 2)} ${num(width)}"`
  if (style === 'dotted') return ` stroke-dasharray="${num(width / 2)} ${num(width)}"`
  return ''
}

/** A label with a white halo, as the chart's text background. */
function label(
  text: string,
  x: number,
  y: number,
  px: number,
  colour: string,
  bold: boolean,
  rotate = 0,
) {
  if (!text) return ''
  const turn = rotate ? ` transform="rotate(${num(rotate)} ${num(x)} ${num(y)})"` : ''
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(px)}"${bold ? ' font-weight="bold"' : ''} fill="${escapeXml(colour)}" text-anchor="middle" stroke="#ffffff" stroke-width="3" stroke-opacity="0.85" paint-order="stroke"${turn}>${escapeXml(text)}</text>`
}

function imageOf(n: NodeSingular): string | null {
  const bg = n.style('background-image') as unknown
  const uri = Array.isArray(bg) ? String(bg[0] ?? '') : String(bg ?? '')
  return uri.startsWith('data:image/') ? uri : null
}

function node(n: NodeSingular): string {
  const { x, y } = n.position()
  const parent = n.isParent()
  const box = parent ? n.boundingBox({ includeLabels: false }) : null
  const w = box ? box.w : size(n, 'width')
  const h = box ? box.h : size(n, 'height')
  const cx = box ? box.x1 + w / 2 : x
  const cy = box ? box.y1 + h / 2 : y
  const bw = size(n, 'border-width')
  const opacity = size(n, 'background-opacity')
  const paint = ` fill="${escapeXml(str(n, 'background-color'))}"${opacity < 1 ? ` fill-opacity="${num(opacity)}"` : ''}${
    bw
      ? ` stroke="${escapeXml(str(n, 'border-color'))}" stroke-width="${num(bw)}"${dash(str(n, 'border-style'), bw)}`
      : ''
  }`
  const parts = [shapeOf(parent ? 'round-rectangle' : str(n, 'shape'), cx, cy, w, h, paint)]
  const img = parent ? null : imageOf(n)
  if (img)
    parts.push(
      `<image href="${escapeXml(img)}" x="${num(cx - w / 2)}" y="${num(cy - h / 2)}" width="${num(w)}" height="${num(h)}"/>`,
    )
  const text = str(n, 'label')
  const px = size(n, 'font-size') || 10
  const top = str(n, 'text-valign') === 'top'
  const ty = top ? cy - h / 2 - 4 : cy + h / 2 + 4 + px
  parts.push(
    label(text, cx, ty, px, str(n, 'color') || '#0f172a', str(n, 'font-weight') === 'bold'),
  )
  return `<g data-id="${escapeXml(n.id())}">${parts.join('')}</g>`
}

/** Where a line from the centre towards (tx, ty) leaves a node's box (close enough for ellipses). */
function rim(n: NodeSingular, tx: number, ty: number) {
  const { x, y } = n.position()
  const w = (n.isParent() ? n.boundingBox({}).w : size(n, 'width')) / 2
  const h = (n.isParent() ? n.boundingBox({}).h : size(n, 'height')) / 2
  const dx = tx - x
  const dy = ty - y
  const len = Math.hypot(dx / (w || 1), dy / (h || 1)) || 1
  return { x: x + dx / len, y: y + dy / len }
}

function edge(e: EdgeSingular, index: number, of: number): string {
  const s = e.source()
  const t = e.target()
  const a = s.position()
  const b = t.position()
  const width = size(e, 'width') || 1
  const colour = str(e, 'line-color') || '#94a3b8'
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len = Math.hypot(dx, dy) || 1
  // Parallel edges fan out on both sides of the straight line, as Cytoscape's bezier does.
  // The offset is taken from the pair's own direction, so links in both directions fan apart.
  const forward = s.id() < t.id()
  const offset = (index - (of - 1) / 2) * STEP * (forward ? 1 : -1)
  const mid = { x: (a.x + b.x) / 2 - (dy / len) * offset, y: (a.y + b.y) / 2 + (dx / len) * offset }
  const from = rim(s, mid.x, mid.y)
  const to = rim(t, mid.x, mid.y)
  const arrow = str(e, 'target-arrow-shape') !== 'none'
  const head = arrow ? 6 * (size(e, 'arrow-scale') || 1) + width : 0
  // The line stops where the arrow head begins.
  const back = Math.hypot(to.x - mid.x, to.y - mid.y) || 1
  const end = { x: to.x - ((to.x - mid.x) / back) * head, y: to.y - ((to.y - mid.y) / back) * head }
  const control = { x: 2 * mid.x - (from.x + end.x) / 2, y: 2 * mid.y - (from.y + end.y) / 2 }
  const path = offset
    ? `M${num(from.x)},${num(from.y)} Q${num(control.x)},${num(control.y)} ${num(end.x)},${num(end.y)}`
    : `M${num(from.x)},${num(from.y)} L${num(end.x)},${num(end.y)}`
  const parts = [
    `<path d="${path}" fill="none" stroke="${escapeXml(colour)}" stroke-width="${num(width)}"${dash(str(e, 'line-style'), width)}/>`,
  ]
  if (arrow) {
    const ux = (to.x - end.x) / (head || 1)
    const uy = (to.y - end.y) / (head || 1)
    const half = head / 2
    parts.push(
      `<polygon points="${num(to.x)},${num(to.y)} ${num(end.x - uy * half)},${num(end.y + ux * half)} ${num(end.x + uy * half)},${num(end.y - ux * half)}" fill="${escapeXml(str(e, 'target-arrow-color') || colour)}"/>`,
    )
  }
  let angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI
  if (angle > 90) angle -= 180
  if (angle < -90) angle += 180
  const px = size(e, 'font-size') || 8
  parts.push(
    label(
      str(e, 'label'),
      mid.x,
      mid.y - 2,
      px,
      str(e, 'color') || '#475569',
      str(e, 'font-weight') === 'bold',
      angle,
    ),
  )
  return `<g data-id="${escapeXml(e.id())}">${parts.join('')}</g>`
}

/** The whole chart (not only the part in view) as an SVG document. */
export function chartSvg(cy: Core): string {
  const nodes = cy.nodes().filter((n: NodeSingular) => n.visible())
  const edges = cy
    .edges()
    .filter((e) => e.visible() && e.source().visible() && e.target().visible())
  const box = nodes.nonempty()
    ? nodes.boundingBox({ includeLabels: true })
    : { x1: 0, y1: 0, w: 0, h: 0 }
  const x0 = box.x1 - PAD
  const y0 = box.y1 - PAD
  const w = box.w + 2 * PAD
  const h = box.h + 2 * PAD
  const pairs = new Map<string, EdgeSingular[]>()
  edges.forEach((e) => {
    const key = [e.source().id(), e.target().id()].sort().join(' ')
    pairs.set(key, [...(pairs.get(key) ?? []), e])
  })
  const drawnEdges = [...pairs.values()].flatMap((list) =>
    list.map((e, i) => edge(e, i, list.length)),
  )
  // Group boxes first, so their members and links lie on top of them.
  const parents = nodes.filter((n: NodeSingular) => n.isParent()).map(node)
  const leaves = nodes.filter((n: NodeSingular) => !n.isParent()).map(node)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}" height="${num(h)}" viewBox="${num(x0)} ${num(y0)} ${num(w)} ${num(h)}" font-family="system-ui, sans-serif">`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>`,
    ...parents,
    ...drawnEdges,
    ...leaves,
    '</svg>',
  ].join('\n')
}
