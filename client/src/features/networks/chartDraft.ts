import type { ChartContent, Viewport } from './chartStore'

/** The chart as it was left in this tab, so that a reload does not lose unsaved work. */
export interface ChartDraft {
  v: 1
  /** Whose draft: another user signing in in the same tab must not find it. */
  user: string
  content: ChartContent
  view: string
  viewport: Viewport | null
  current: SavedChartRef | null
  notes: string
  annotations: ChartAnnotation[]
  dirty: boolean
}

/** A note on the chart, alone or pinned to an entity on it. */
export interface ChartAnnotation {
  id: string
  text: string
  entityId: string | null
  x: number
  y: number
}

/** The saved chart the canvas shows, if any, and what the canvas does not edit of it. */
export interface SavedChartRef {
  id: string
  name: string
  caseId: string
  caseNumber: string
  version: number
  notes: string
  annotations: ChartAnnotation[]
}

// sessionStorage: the tab's own, gone with it; a sign-out or another sign-in removes it too.
const KEY = 'htwb.chartDraft'

export function readDraft(
  storage: Storage | undefined = globalThis.sessionStorage,
): ChartDraft | null {
  try {
    const raw = storage?.getItem(KEY)
    if (!raw) return null
    const d = JSON.parse(raw) as Partial<ChartDraft>
    if (d.v !== 1 || typeof d.user !== 'string' || !d.content || typeof d.content !== 'object')
      return null
    return {
      v: 1,
      user: d.user,
      content: {
        nodes: d.content.nodes ?? {},
        links: d.content.links ?? {},
        positions: d.content.positions ?? {},
      },
      view: typeof d.view === 'string' ? d.view : 'null',
      viewport: d.viewport ?? null,
      current: d.current ?? null,
      notes: typeof d.notes === 'string' ? d.notes : (d.current?.notes ?? ''),
      annotations: Array.isArray(d.annotations) ? d.annotations : (d.current?.annotations ?? []),
      dirty: d.dirty === true,
    }
  } catch {
    return null
  }
}

export function writeDraft(
  draft: ChartDraft,
  storage: Storage | undefined = globalThis.sessionStorage,
) {
  try {
    storage?.setItem(KEY, JSON.stringify(draft))
  } catch {
    // Full or refused storage: the draft is a convenience, saving still works.
  }
}

export function dropDraft(storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(KEY)
  } catch {
    // As above.
  }
}
