import type { EntityKind } from '../../generated/graphql'

/** Colour, Cytoscape shape and a 24×24 white glyph per kind; shared by lists and the chart. */
export interface KindVisual {
  color: string
  shape: string
  glyph: string
}

const W = 'fill="#fff"'
const S = 'fill="none" stroke="#fff" stroke-width="2" stroke-linejoin="round"'

export const KIND_VISUALS: Record<EntityKind, KindVisual> = {
  Person: {
    color: '#2563eb',
    shape: 'ellipse',
    glyph: `<circle cx="12" cy="8" r="4" ${W}/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z" ${W}/>`,
  },
  Organization: {
    color: '#7c3aed',
    shape: 'round-rectangle',
    glyph: `<path ${W} fill-rule="evenodd" d="M5 21V3h10v5h4v13zM8 6h2v2H8zm4 0h2v2h-2zM8 10h2v2H8zm4 0h2v2h-2zm4 1h1v2h-1zM8 14h2v2H8zm4 0h2v2h-2zm4 0h1v2h-1z"/>`,
  },
  Location: {
    color: '#059669',
    shape: 'diamond',
    glyph: `<path ${W} fill-rule="evenodd" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 4.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z"/>`,
  },
  Phone: {
    color: '#0891b2',
    shape: 'barrel',
    glyph: `<path ${W} fill-rule="evenodd" d="M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm1 3v12h8V5zm3 13.5h2V20h-2z"/>`,
  },
  Asset: {
    color: '#d97706',
    shape: 'hexagon',
    glyph: `<path ${S} d="M6 4h12l4 5-10 12L2 9z M2 9h20 M9 4l3 5 3-5 M12 9v12"/>`,
  },
  Event: {
    color: '#db2777',
    shape: 'round-pentagon',
    glyph: `<path ${S} d="M4 6h16v15H4z M4 10h16 M8 3v5 M16 3v5"/><circle cx="12" cy="15.5" r="2" ${W}/>`,
  },
  Case: {
    color: '#475569',
    shape: 'cut-rectangle',
    glyph: `<path ${W} d="M3 5h7l2 2h9v13H3z"/>`,
  },
  Source: {
    color: '#78716c',
    shape: 'tag',
    glyph: `<path ${S} d="M6 2h8l5 5v15H6z M14 2v5h5 M9 12h7 M9 16h7"/>`,
  },
}

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

const glyphCache = new Map<EntityKind, string>()

/** A white glyph on transparent ground, for small list chips. */
export function glyphDataUri(kind: EntityKind): string {
  let uri = glyphCache.get(kind)
  if (!uri) {
    const glyph = KIND_VISUALS[kind]?.glyph ?? ''
    uri = svgDataUri(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${glyph}</svg>`)
    glyphCache.set(kind, uri)
  }
  return uri
}
