import { ref, shallowRef } from 'vue'
import type { LoadState } from '../../ui/useLatest'
import { importHttp } from './importHttp'
import type {
  Binding,
  FileChoice,
  FilePreview,
  ImportError,
  ImportProgress,
  ImportReport,
  MappingInfo,
} from './types'

export const FTM = 'ftm'
/** FollowTheMoney files are JSON lines, told by their extension (Aleph and OpenSanctions use these). */
export const isFtmFile = (name: string) => /\.(ijson|jsonl|ndjson|ftm\.json)$/i.test(name)

/**
 * The wizard's server conversation: mappings, the preview of a file, and the import itself,
 * whose progress streams in as it runs. A newer request makes an older answer stale: dropped.
 */
export function useImport() {
  const mappings = shallowRef<MappingInfo[]>([])
  const preview = shallowRef<FilePreview | null>(null)
  const state = ref<LoadState>('idle')
  const report = shallowRef<ImportReport | null>(null)
  const error = shallowRef<ImportError | null>(null)
  const progress = shallowRef<ImportProgress | null>(null)
  let seq = 0
  let previewed: File | null = null

  async function loadMappings(): Promise<void> {
    const res = await importHttp<{ mappings: MappingInfo[] }>('GET', '/api/imports/mappings')
    if ('ok' in res) mappings.value = res.ok.mappings
  }

  function begin(): number {
    state.value = 'loading'
    error.value = null
    report.value = null
    progress.value = null
    return ++seq
  }

  function settle(mine: number, err: ImportError | null): boolean {
    if (mine !== seq) return false
    error.value = err
    state.value = err ? 'error' : 'done'
    return !err
  }

  /**
   * The file read as chosen (encoding, header row…; detected where not chosen). Read again with
   * another choice, the sample stays up until the new one comes.
   */
  async function loadPreview(file: File, choice: FileChoice = {}): Promise<boolean> {
    const mine = begin()
    if (file !== previewed) preview.value = null
    previewed = file
    const q = new URLSearchParams({ fileName: file.name })
    for (const [k, v] of Object.entries(choice)) if (v !== undefined) q.set(k, String(v))
    const res = await importHttp<{ preview: FilePreview }>(
      'POST',
      `/api/imports/preview?${q}`,
      file,
    )
    if (mine === seq && 'ok' in res) preview.value = res.ok.preview
    return settle(mine, 'ok' in res ? null : res.error)
  }

  async function send(
    file: File,
    opts: {
      /** A mapping id, or 'ftm' for FollowTheMoney JSON lines (no mapping). */
      mapping: string
      binding: Binding | null
      caseId: string | null
      dryRun: boolean
      /** Rows with a bad cell: refuse the file, or set them aside and import the rest. */
      badRows?: 'refuse' | 'quarantine'
    },
  ): Promise<boolean> {
    const mine = begin()
    const q = new URLSearchParams({
      ...(opts.mapping === FTM ? { format: FTM } : { mapping: opts.mapping }),
      fileName: file.name,
      dryRun: String(opts.dryRun),
      ...(opts.binding ? { binding: JSON.stringify(opts.binding) } : {}),
      ...(opts.caseId ? { caseId: opts.caseId } : {}),
      ...(opts.badRows === 'quarantine' ? { badRows: 'quarantine' } : {}),
    })
    const res = await importHttp<{ report: ImportReport }>('POST', `/api/imports?${q}`, file, {
      onProgress: (p) => {
        if (mine === seq) progress.value = p
      },
    })
    if (mine === seq && 'ok' in res) report.value = res.ok.report
    return settle(mine, 'ok' in res ? null : res.error)
  }

  /** Saves YAML someone wrote, or the chosen mapping bound to this file's columns. */
  async function saveMapping(
    body: { yaml: string } | { name: string; template: string; binding: Binding },
  ): Promise<MappingInfo | ImportError> {
    const res = await importHttp<{ mapping: MappingInfo }>(
      'POST',
      '/api/imports/mappings',
      JSON.stringify(body),
      { json: true },
    )
    if (!('ok' in res)) return res.error
    await loadMappings()
    return res.ok.mapping
  }

  /** Deletes a saved mapping (its author or a supervisor; the server decides). */
  async function deleteMapping(id: string): Promise<ImportError | null> {
    const res = await importHttp<{ deleted: boolean }>(
      'DELETE',
      `/api/imports/mappings/${encodeURIComponent(id)}`,
    )
    if (!('ok' in res)) return res.error
    await loadMappings()
    return null
  }

  function reset(): void {
    seq++
    state.value = 'idle'
    report.value = null
    error.value = null
    progress.value = null
  }

  return {
    mappings,
    preview,
    state,
    report,
    error,
    progress,
    loadMappings,
    loadPreview,
    send,
    saveMapping,
    deleteMapping,
    reset,
  }
}
