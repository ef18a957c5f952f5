import cytoscape from 'cytoscape'
import { describe, expect, it } from 'vitest'
import { chartSvg, escapeXml } from './chartSvg'

/** A chart as GraphCanvas draws it, without a screen: the same style rules, set positions. */
function chart() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      {
        selector: 'node',
        style: {
          width: 44,
          height: 44,
          shape: 'data(shape)' as 'ellipse',
          'background-color': 'data(color)',
          label: 'data(label)',
          'font-size': 10,
          'text-valign': 'bottom',
          'border-width': 1.5,
          'border-color': '#0f172a',
        },
      },
      { selector: 'node.victim', style: { 'border-width': 5, 'border-color': '#dc2626' } },
      { selector: '.gone', style: { display: 'none' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#94a3b8',
          'target-arrow-shape': 'data(arrow)' as 'triangle',
          label: 'data(label)',
        },
      },
    ],
  })
  // Added after start: elements given to the constructor are laid out afresh (all at 0, 0).
  cy.add([
    {
      data: { id: 'per-1', label: 'Arben <K> & Co', shape: 'ellipse', color: '#2563eb' },
      position: { x: 0, y: 0 },
    },
    {
      data: { id: 'per-2', label: 'Victim 3FA2C1', shape: 'ellipse', color: '#2563eb' },
      classes: 'victim',
      position: { x: 200, y: 0 },
    },
    {
      data: { id: 'pho-1', label: '+38344123456', shape: 'diamond', color: '#16a34a' },
      position: { x: 100, y: 150 },
    },
    {
      data: { id: 'org-1', label: 'Hidden bar', shape: 'round-rectangle', color: '#ea580c' },
      classes: 'gone',
      position: { x: 300, y: 300 },
    },
    {
      data: { id: 'l1', source: 'per-1', target: 'per-2', label: 'Exploited', arrow: 'triangle' },
    },
    { data: { id: 'l2', source: 'per-2', target: 'per-1', label: 'Family', arrow: 'none' } },
    {
      data: {
        id: 'l3',
        source: 'per-1',
        target: 'pho-1',
        label: 'Uses phone',
        arrow: 'triangle',
      },
    },
    { data: { id: 'l4', source: 'org-1', target: 'per-1', label: 'Employs', arrow: 'triangle' } },
  ])
  return cy
}

describe('the chart as SVG', () => {
  const svg = chartSvg(chart())

  it('draws each visible node and link with its label, text escaped', () => {
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true)
    expect(svg.match(/<g data-id="(per|pho|org)-/g)).toHaveLength(3)
    expect(svg.match(/<g data-id="l\d"/g)).toHaveLength(3)
    expect(svg).toContain('>Arben &lt;K&gt; &amp; Co</text>')
    expect(svg).toContain('>Victim 3FA2C1</text>')
    expect(svg).toContain('<polygon points="100,128 122,150 100,172 78,150"')
  })

  it('leaves out what the chart hides, and the links to it', () => {
    expect(svg).not.toContain('Hidden bar')
    expect(svg).not.toContain('data-id="l4"')
  })

  it('keeps the chart’s colours, borders and arrows, and fans out links between one pair', () => {
    expect(svg).toMatch(
      /<ellipse cx="200" cy="0" rx="22" ry="22" fill="rgb\(37,99,235\)" stroke="rgb\(220,38,38\)" stroke-width="5"/,
    )
    const exploited = /<g data-id="l1"><path d="([^"]+)"/.exec(svg)![1]!
    const family = /<g data-id="l2"><path d="([^"]+)"/.exec(svg)![1]!
    // Two links between the same two persons curve apart rather than lying on one line.
    expect(exploited).toContain('Q')
    expect(family).toContain('Q')
    const bend = (d: string) => Number(/Q[\d.-]+,([\d.-]+)/.exec(d)![1])
    expect(Math.sign(bend(exploited))).toBe(-Math.sign(bend(family)))
    // Directed links end in an arrow head; family has none.
    expect(/<g data-id="l1">.*<polygon/.test(svg)).toBe(true)
    expect(/<g data-id="l2">[^]*?<\/g>/.exec(svg)![0]).not.toContain('<polygon')
  })

  it('fits the drawing to the chart, not to the part on screen', () => {
    const [, , w, h] = /viewBox="([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+)"/
      .exec(svg)!
      .slice(1)
      .map(Number) as number[]
    expect(w).toBeGreaterThanOrEqual(244)
    expect(h).toBeGreaterThanOrEqual(194)
    expect(escapeXml('"a"')).toBe('&quot;a&quot;')
  })
})
