import { describe, expect, it } from 'vitest'
import { toGraphml, xmlText } from './exports.graphml.ts'
import { LINK_COLUMNS, NODE_COLUMNS, type Row } from './exports.rows.ts'

const nodes: Row[] = [
  { id: 'per-1', kind: 'Person', name: 'Arben <Krasniqi> & "Co"', credibility: 2 },
  { id: 'per-2', kind: 'Person', name: 'Victim 3FA2C1', category: 'VICTIM', minor: true },
  { id: 'org-1', kind: 'Organization', name: 'Bar\u0007 Ëlë', latitude: 42.66 },
]
const links: Row[] = [
  { id: 'lnk-1', kind: 'EXPLOITED', fromId: 'per-1', toId: 'per-2', amount: 300 },
  { id: 'lnk-2', kind: 'FAMILY', fromId: 'per-1', toId: 'per-2' },
]

describe('GraphML of a chart', () => {
  const xml = toGraphml({
    nodeColumns: NODE_COLUMNS,
    linkColumns: LINK_COLUMNS,
    nodes,
    links,
    positions: new Map([['per-1', { x: 10.5, y: -20 }]]),
  })

  it('declares every attribute as a typed key, the name as Gephi’s label', () => {
    expect(xml).toContain('<key id="n2" for="node" attr.name="label" attr.type="string"/>')
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="credibility" attr.type="int"\/>/)
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="latitude" attr.type="double"\/>/)
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="minor" attr.type="boolean"\/>/)
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="amount" attr.type="double"\/>/)
    // Source and target are the edge's own attributes, not keys.
    expect(xml).not.toContain('attr.name="fromId"')
    const keys = [...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(keys).size).toBe(keys.length)
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]))
    for (const k of used) expect(keys).toContain(k)
  })

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xml).toContain('Arben &lt;Krasniqi&gt; &amp; &quot;Co&quot;')
    expect(xml).not.toContain('\u0007')
    expect(xml).toContain('Bar\uFFFD Ëlë')
    expect(xmlText("d'Arc")).toBe('d&apos;Arc')
    expect(xmlText('\uD800x')).toBe('\uFFFDx')
  })

  it('writes nodes, edges with their ends and direction, and the chart positions', () => {
    expect(xml.match(/<node /g)).toHaveLength(3)
    expect(xml).toMatch(
      /<edge id="lnk-1" source="per-1" target="per-2">.*<data key="ed">true<\/data><\/edge>/,
    )
    expect(xml).toMatch(
      /<edge id="lnk-2" source="per-1" target="per-2">.*<data key="ed">false<\/data><\/edge>/,
    )
    // One directed graph, not a mixed one (networkx and igraph refuse those).
    expect(xml).not.toContain('directed="false"')
    expect(xml).toMatch(/<node id="per-1">.*<data key="nx">10.5<\/data><data key="ny">-20<\/data>/)
    expect(xml).toContain('<y:Geometry x="-11.5" y="-42.0" width="44" height="44"/>')
    expect(xml).toContain(
      '<y:NodeLabel modelName="sides" modelPosition="s">Victim 3FA2C1</y:NodeLabel>',
    )
    // Empty values are left out rather than written as empty strings of a number type.
    expect(xml).not.toMatch(/<data key="[^"]+"><\/data>/)
  })
})
