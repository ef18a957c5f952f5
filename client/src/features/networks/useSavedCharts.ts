import { ref } from 'vue'
import { useApi } from '../../api/client'
import { hasErrorCode, toAppError } from '../../api/errors'
import { useNoticeStore } from '../../ui/noticeStore'
import {
  ChartCasesDocument,
  OpenSavedChartDocument,
  SaveChartDocument,
  SavedChartListDocument,
  type ChartInput,
  type SavedChartListQuery,
} from '../../generated/graphql'
import { useChartEditsStore } from './chartEdits'
import { useChartStore } from './chartStore'
import { useChartViewStore } from './chartViewStore'

export type ChartSummary = SavedChartListQuery['charts']['nodes'][number]
export interface SaveTarget {
  /** The chart to save over; null for a new one. */
  id: string | null
  name: string
  caseId: string
  /** Left out: the chart's notes as they are. */
  notes?: string
}
export type SaveOutcome = 'saved' | 'conflict' | 'failed'

/** Saving, opening and listing saved charts; failures go to the banner as codes. */
export function useSavedCharts() {
  const api = useApi()
  const chart = useChartStore()
  const view = useChartViewStore()
  const edits = useChartEditsStore()
  const notices = useNoticeStore()
  const busy = ref(false)

  /** The chart on the canvas as the server stores it. */
  function input(target: SaveTarget): ChartInput {
    const at = chart.positions
    const v = chart.viewport
    return {
      caseId: target.caseId,
      name: target.name,
      notes: target.notes ?? edits.notes,
      nodes: chart.nodeList.map((n) => ({ id: n.id, x: at[n.id]?.x ?? 0, y: at[n.id]?.y ?? 0 })),
      linkIds: chart.visibleLinks.map((l) => l.id),
      // What the canvas does not edit goes back as it came (a copy takes it along).
      annotations: edits.annotations.map((a) => ({ ...a })),
      viewport: v ? { zoom: v.zoom, panX: v.pan.x, panY: v.pan.y } : null,
      view: JSON.stringify(view.snapshot()),
    }
  }

  async function save(
    target: SaveTarget,
    opts: { expectedVersion?: number | null; overwrite?: boolean } = {},
  ): Promise<SaveOutcome> {
    busy.value = true
    try {
      const result = await api
        .mutation(SaveChartDocument, {
          id: target.id,
          expectedVersion: opts.expectedVersion ?? null,
          overwrite: opts.overwrite ?? false,
          input: input(target),
        })
        .toPromise()
      if (hasErrorCode(result.error, 'chart/version_conflict')) return 'conflict'
      if (result.error || !result.data) {
        notices.report(toAppError(result.error))
        return 'failed'
      }
      edits.saved(result.data.saveChart)
      return 'saved'
    } finally {
      busy.value = false
    }
  }

  async function open(id: string): Promise<boolean> {
    busy.value = true
    try {
      const result = await api
        .query(OpenSavedChartDocument, { id }, { requestPolicy: 'network-only' })
        .toPromise()
      if (result.error || !result.data) {
        notices.report(toAppError(result.error))
        return false
      }
      edits.load(result.data.chart)
      return true
    } finally {
      busy.value = false
    }
  }

  async function list(caseId: string | null, after: string | null = null) {
    const result = await api
      .query(
        SavedChartListDocument,
        { caseId, first: 50, after },
        { requestPolicy: 'network-only' },
      )
      .toPromise()
    if (result.error || !result.data) {
      notices.report(toAppError(result.error))
      return null
    }
    return result.data.charts
  }

  async function cases() {
    const result = await api.query(ChartCasesDocument, {}).toPromise()
    if (result.error || !result.data) {
      notices.report(toAppError(result.error))
      return []
    }
    return result.data.cases.nodes.map((c) => ({
      id: c.id,
      name: c.name,
      caseNumber: 'caseNumber' in c ? (c.caseNumber as string) : '',
    }))
  }

  return { busy, save, open, list, cases }
}
