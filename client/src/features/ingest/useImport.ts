import { ref, shallowRef } from 'vue'
import type { LoadState } from '../../api/request'

export interface MappingInfo {
  id: string
  name: string
  description: string
  columns: string[]
}

export interface KindCount {
  kind: string
  created: number
  matched: number
}

export interface ImportReport {
  dryRun: boolean
  fileName: string
  encoding: string
  rows: number
  sourceId: string | null
  entities: KindCount[]
  links: KindCount[]
  createdIds: string[]
}

export interface RowError {
  line: number
  column: string | null
  field: string
  reason: string
}

export interface ImportError {
  code: string
  errors?: RowError[]
  errorCount?: number
  columns?: string[]
}

/**
 * Files go to POST /api/imports as the raw body (not GraphQL); the custom header keeps
 * cross-site forms out. A newer request makes an older answer stale and it is dropped.
 */
export function useImport() {
  const mappings = shallowRef<MappingInfo[]>([])
  const state = ref<LoadState>('idle')
  const report = shallowRef<ImportReport | null>(null)
  const error = shallowRef<ImportError | null>(null)
  let seq = 0

  async function loadMappings(): Promise<void> {
    const res = await fetch('/api/imports/mappings', { credentials: 'same-origin' })
    if (res.ok) mappings.value = ((await res.json()) as { mappings: MappingInfo[] }).mappings
  }

  async function send(
    file: File,
    opts: { mapping: string; caseId: string | null; dryRun: boolean },
  ): Promise<boolean> {
    const mine = ++seq
    state.value = 'loading'
    error.value = null
    report.value = null
    const query = new URLSearchParams({
      mapping: opts.mapping,
      fileName: file.name,
      dryRun: String(opts.dryRun),
      ...(opts.caseId ? { caseId: opts.caseId } : {}),
    })
    let body: { report?: ImportReport; error?: ImportError }
    try {
      const res = await fetch(`/api/imports?${query}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream', 'x-htwb-import': '1' },
        body: file,
      })
      body = (await res.json()) as typeof body
    } catch {
      body = { error: { code: 'client/network' } }
    }
    if (mine !== seq) return false
    if (body.report) {
      report.value = body.report
      state.value = 'done'
      return true
    }
    error.value = body.error ?? { code: 'client/unknown' }
    state.value = 'error'
    return false
  }

  function reset(): void {
    seq++
    state.value = 'idle'
    report.value = null
    error.value = null
  }

  return { mappings, state, report, error, loadMappings, send, reset }
}
