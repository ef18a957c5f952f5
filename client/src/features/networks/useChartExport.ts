import type { Core } from 'cytoscape'
import { ref } from 'vue'
import { useApi } from '../../api/client'
import { toAppError, type AppError } from '../../api/errors'
import {
  ExportChartDocument,
  type ChartExportFormat,
  type ExportChartMutation,
} from '../../generated/graphql'
import type { LoadState } from '../../ui/useLatest'
import { useChartStore } from './chartStore'
import { chartSvg } from './chartSvg'

export const EXPORT_FORMATS: readonly ChartExportFormat[] = ['PNG', 'SVG', 'GRAPHML', 'CSV', 'FTM']
export type ExportResult = ExportChartMutation['exportChart']

/** A picture is drawn from what is on screen; the other formats carry the chart's records. */
export const isImage = (f: ChartExportFormat) => f === 'PNG' || f === 'SVG'

/** Largest side of a PNG in pixels: browsers refuse canvases much beyond this. */
const MAX_PNG_SIDE = 8_000

function stamp(at = new Date()): string {
  return at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')
}

/** Hands the browser a file to save; the download attribute keeps it from opening in the tab. */
export function offerFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

function fromBase64(content: string, type: string): Blob {
  const bin = atob(content)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return new Blob([bytes], { type })
}

/**
 * What an export of the chart sends: for a picture, the entities and links drawn (those hidden
 * or folded into a group are not in it); for a file, everything on the chart, with where each
 * entity stands.
 */
export function chartSelection(cy: Core | null, format: ChartExportFormat) {
  const chart = useChartStore()
  const entityIds = chart.nodeList.map((n) => n.id)
  const linkIds = chart.visibleLinks.map((l) => l.id)
  if (!cy) return { entityIds, linkIds, positions: [], hidden: 0 }
  const drawn = (id: string) => {
    const el = cy.getElementById(id)
    return el.nonempty() && el.visible()
  }
  const hidden = entityIds.filter((id) => !drawn(id)).length
  if (isImage(format))
    return {
      entityIds: entityIds.filter(drawn),
      linkIds: linkIds.filter(drawn),
      positions: [],
      hidden,
    }
  const positions = entityIds.flatMap((id) => {
    const el = cy.getElementById(id)
    if (el.empty()) return []
    const { x, y } = el.position()
    // A tenth of a pixel is as close as any tool places a node; shorter numbers, smaller body.
    const r = (v: number) => Math.round(v * 10) / 10
    return Number.isFinite(x) && Number.isFinite(y) ? [{ id, x: r(x), y: r(y) }] : []
  })
  return { entityIds, linkIds, positions, hidden }
}

/**
 * Exports the chart: the server records the disclosure (and builds GraphML, CSV or FtM from the
 * records as the viewer may see them) first; only once it has answered does the browser draw a
 * PNG or SVG or save the file.
 */
export function useChartExport(core: () => Core | null) {
  const api = useApi()
  const state = ref<LoadState>('idle')
  const error = ref<AppError | null>(null)
  const done = ref<ExportResult | null>(null)

  async function run(format: ChartExportFormat, purpose: string): Promise<boolean> {
    const cy = core()
    const { entityIds, linkIds, positions } = chartSelection(cy, format)
    state.value = 'loading'
    error.value = null
    const res = await api
      .mutation(ExportChartDocument, {
        input: {
          format,
          entityIds,
          linkIds,
          positions: format === 'GRAPHML' ? positions : null,
          purpose,
        },
      })
      .toPromise()
    const out = res.data?.exportChart
    if (res.error || !out) {
      state.value = 'error'
      error.value = toAppError(res.error)
      return false
    }
    // The selection is the user's working state, not part of the chart they hand on.
    const selected = cy ? cy.nodes('.selected') : null
    selected?.removeClass('selected')
    try {
      if (format === 'PNG' && cy) {
        const blob = await cy.png({
          output: 'blob-promise',
          full: true,
          scale: 2,
          bg: '#ffffff',
          maxWidth: MAX_PNG_SIDE,
          maxHeight: MAX_PNG_SIDE,
        })
        offerFile(blob, `chart-${stamp()}.png`)
      } else if (format === 'SVG' && cy) {
        offerFile(new Blob([chartSvg(cy)], { type: 'image/svg+xml' }), `chart-${stamp()}.svg`)
      } else if (out.content && out.fileName) {
        offerFile(fromBase64(out.content, out.mimeType ?? 'application/octet-stream'), out.fileName)
      }
    } catch {
      state.value = 'error'
      error.value = { code: 'client/export_failed' }
      return false
    } finally {
      selected?.addClass('selected')
    }
    state.value = 'idle'
    done.value = out
    return true
  }

  return { state, error, done, run }
}
