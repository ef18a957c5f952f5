import { ref, shallowRef } from 'vue'
import type { OperationResult } from '@urql/core'
import { useLatest } from './useLatest'

/** The paging shape every growing list of the API answers with (server: modules/common/paging.ts). */
export interface Page<T> {
  totalCount: number
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  nodes: readonly T[]
}

/**
 * A list read page by page: `reload` asks for the first page, `more` for the next, appended.
 * A reload makes the answer to any earlier request stale, so a page of the old list never lands
 * in the new one; `more` does nothing while a page is on its way or when none follows.
 */
export function usePaged<TData, T>(
  exec: (after: string | null) => Promise<OperationResult<TData>>,
  select: (data: TData) => Page<T> | null,
) {
  const request = useLatest(select)
  const items = shallowRef<readonly T[]>([])
  const totalCount = ref<number | null>(null)
  const hasMore = ref(false)
  let cursor: string | null = null

  async function fetch(after: string | null, append = after !== null) {
    const page = await request.run(() => exec(after))
    if (!page) return null
    items.value = append ? [...items.value, ...page.nodes] : [...page.nodes]
    totalCount.value = page.totalCount
    hasMore.value = page.pageInfo.hasNextPage
    cursor = page.pageInfo.endCursor ?? null
    return page.nodes
  }

  const reload = () => fetch(null)

  /** The pages after one that came from elsewhere (a profile brings its first page of links). */
  const continueAfter = (after: string | null) => fetch(after, true)

  function more(): Promise<readonly T[] | null> {
    if (!hasMore.value || request.state.value === 'loading') return Promise.resolve(null)
    return fetch(cursor)
  }

  function reset(): void {
    request.reset()
    items.value = []
    totalCount.value = null
    hasMore.value = false
    cursor = null
  }

  return {
    state: request.state,
    error: request.error,
    items,
    totalCount,
    hasMore,
    reload,
    continueAfter,
    more,
    reset,
  }
}
