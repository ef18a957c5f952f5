import type { LinkKind } from '@htwb/graph'
import type { Cell, Column, Row } from './exports.rows.ts'

/**
 * Links that have no direction. Every edge is written directed (from → to as recorded) with a
 * `directed` attribute saying whether the direction means anything: a per-edge directed="false"
 * makes a mixed graph, which Gephi reads but networkx, igraph and others refuse.
 */
const UNDIRECTED: ReadonlySet<LinkKind> = new Set<LinkKind>(['FAMILY', 'ASSOCIATE'])

// XML 1.0 allows no C0 controls but tab, LF and CR, no lone surrogates and no U+FFFE/U+FFFF:
// one such character in a name and the whole file does not open.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export interface Position {
  x: number
  y: number
}

export interface GraphmlInput {
  nodeColumns: readonly Column[]
  linkColumns: readonly Column[]
  nodes: readonly Row[]
  links: readonly Row[]
  /** Where each node stands on the chart, by id. */
  positions?: ReadonlyMap<string, Position>
}

/**
 * Gephi takes the node attribute `label` as the label and `x`/`y` as the layout; yEd reads its
 * own graphics (`y:ShapeNode`: the label and where the node stood) and lists the attributes
 * under Properties. Every attribute is a declared key with its type, so both import them as
 * typed columns.
 */
const graphName = (c: Column) => (c.name === 'name' ? 'label' : c.name)

function data(key: string, value: Cell): string {
  if (value === null) return ''
  return `<data key="${key}">${xmlText(String(value))}</data>`
}

export function toGraphml(g: GraphmlInput): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xmlns:y="http://www.yworks.com/xml/graphml"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
  ]
  const nodeKeys = g.nodeColumns.map((c, i) => ({ c, key: `n${i}` }))
  const linkKeys = g.linkColumns
    .filter((c) => c.name !== 'fromId' && c.name !== 'toId')
    .map((c, i) => ({ c, key: `e${i}` }))
  for (const { c, key } of nodeKeys)
    out.push(`  <key id="${key}" for="node" attr.name="${graphName(c)}" attr.type="${c.type}"/>`)
  if (g.positions) {
    out.push('  <key id="nx" for="node" attr.name="x" attr.type="double"/>')
    out.push('  <key id="ny" for="node" attr.name="y" attr.type="double"/>')
  }
  out.push('  <key id="ng" for="node" yfiles.type="nodegraphics"/>')
  for (const { c, key } of linkKeys)
    out.push(`  <key id="${key}" for="edge" attr.name="${graphName(c)}" attr.type="${c.type}"/>`)
  out.push('  <key id="el" for="edge" attr.name="label" attr.type="string"/>')
  out.push('  <key id="ed" for="edge" attr.name="directed" attr.type="boolean"/>')
  out.push('  <graph id="chart" edgedefault="directed">')
  for (const n of g.nodes) {
    const id = String(n.id)
    const at = g.positions?.get(id)
    const cells = nodeKeys.map(({ c, key }) => data(key, n[c.name] ?? null)).join('')
    const xy = at ? data('nx', at.x) + data('ny', at.y) : ''
    out.push(
      `    <node id="${xmlText(id)}">${cells}${xy}${yedNode(String(n.name ?? ''), at)}</node>`,
    )
  }
  for (const l of g.links) {
    const cells = linkKeys.map(({ c, key }) => data(key, l[c.name] ?? null)).join('')
    const directed = data('ed', !UNDIRECTED.has(l.kind as LinkKind))
    out.push(
      `    <edge id="${xmlText(String(l.id))}" source="${xmlText(String(l.fromId))}" target="${xmlText(String(l.toId))}">${cells}${data('el', l.kind ?? null)}${directed}</edge>`,
    )
  }
  out.push('  </graph>', '</graphml>')
  return out.join('\n') + '\n'
}

/** yEd's node graphics: its label, and the chart's position (yEd has no layout of ours). */
function yedNode(label: string, at: Position | undefined): string {
  const geometry = at
    ? `<y:Geometry x="${(at.x - 22).toFixed(1)}" y="${(at.y - 22).toFixed(1)}" width="44" height="44"/>`
    : '<y:Geometry width="44" height="44"/>'
  return `<data key="ng"><y:ShapeNode>${geometry}<y:Fill color="#E2E8F0"/><y:NodeLabel modelName="sides" modelPosition="s">${xmlText(label)}</y:NodeLabel><y:Shape type="ellipse"/></y:ShapeNode></data>`
}
