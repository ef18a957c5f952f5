import { ref, shallowRef } from 'vue'
import type { OperationResult } from '@urql/core'
import { toAppError, type AppError } from '../api/errors'
import { useNoticeStore } from './noticeStore'

export type LoadState = 'idle' | 'loading' | 'done' | 'error'

export interface LatestOptions {
  /** Send failures to the error banner (default). Off where a form shows its own error. */
  report?: boolean
}

/**
 * Runs one kind of request at a time and keeps only the latest answer: a response that
 * arrives after a newer request was started (or after reset) is dropped.
 */
export function useLatest<TData, TValue>(
  select: (data: TData) => TValue,
  { report = true }: LatestOptions = {},
) {
  const state = ref<LoadState>('idle')
  const data = shallowRef<TValue | null>(null)
  const error = shallowRef<AppError | null>(null)
  const notices = useNoticeStore()
  let seq = 0
  // The banner this requester raised, withdrawn once it succeeds again (a stale error misleads).
  let raised: number | null = null

  async function run(exec: () => Promise<OperationResult<TData>>): Promise<TValue | null> {
    const mine = ++seq
    state.value = 'loading'
    error.value = null
    let result: OperationResult<TData>
    try {
      result = await exec()
    } catch (thrown) {
      result = { error: thrown } as unknown as OperationResult<TData>
    }
    if (mine !== seq) return null
    if (result.error || !result.data) {
      error.value = toAppError(result.error)
      state.value = 'error'
      if (report) {
        notices.report(error.value)
        raised = notices.current?.id ?? null
      }
      return null
    }
    if (raised !== null && notices.current?.id === raised) notices.dismiss()
    raised = null
    data.value = select(result.data)
    state.value = 'done'
    return data.value
  }

  function reset(): void {
    seq++
    state.value = 'idle'
    data.value = null
    error.value = null
  }

  return { state, data, error, run, reset }
}
