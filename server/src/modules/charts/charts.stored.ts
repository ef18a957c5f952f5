import type { Node } from 'neo4j-driver'
import { toPlain } from '../../data/convert.ts'
import type { Json } from './charts.view.ts'

/** A Chart node as stored (charts.queries.ts): lists of ids and coordinates, JSON for the rest. */
export interface StoredChart {
  id: string
  caseId: string
  name: string
  notes: string
  version: number
  createdBy: string
  createdAt: string
  savedBy: string
  savedAt: string
  entityIds: string[]
  xs: number[]
  ys: number[]
  linkIds: string[]
  annotations: Array<{ id: string; text: string; entityId: string | null; x: number; y: number }>
  viewport: { zoom: number; panX: number; panY: number } | null
  view: Json | null
}

function json<T>(raw: unknown, fallback: T): T {
  if (typeof raw !== 'string' || raw === '') return fallback
  try {
    return JSON.parse(raw) as T
  } catch {
    return fallback
  }
}

export function decodeStored(node: Node): StoredChart {
  const p = toPlain(node.properties) as Record<string, unknown>
  const num = (v: unknown) => (typeof v === 'number' ? v : null)
  const zoom = num(p.zoom)
  const panX = num(p.panX)
  const panY = num(p.panY)
  return {
    id: p.id as string,
    caseId: p.caseId as string,
    name: (p.name as string | null) ?? '',
    notes: (p.notes as string | null) ?? '',
    version: (p.version as number | null) ?? 1,
    createdBy: (p.createdBy as string | null) ?? '',
    createdAt: (p.createdAt as string | null) ?? new Date(0).toISOString(),
    savedBy: (p.savedBy as string | null) ?? '',
    savedAt: (p.savedAt as string | null) ?? new Date(0).toISOString(),
    entityIds: (p.entityIds as string[] | null) ?? [],
    xs: (p.xs as number[] | null) ?? [],
    ys: (p.ys as number[] | null) ?? [],
    linkIds: (p.linkIds as string[] | null) ?? [],
    annotations: json(p.annotations, []),
    viewport: zoom !== null && panX !== null && panY !== null ? { zoom, panX, panY } : null,
    view: json<Json | null>(p.view, null),
  }
}
