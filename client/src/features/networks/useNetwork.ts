import { computed, ref, shallowRef, type Ref } from 'vue'
import { useApi } from '../../api/client'
import { toAppError } from '../../api/errors'
import type { LoadState } from '../../ui/useLatest'
import { useLatest } from '../../ui/useLatest'
import { useNoticeStore } from '../../ui/noticeStore'
import {
  ExpandDocument,
  PathsDocument,
  type LinkKind,
  type PathsQuery,
} from '../../generated/graphql'
import { useChartStore } from './chartStore'

export const EXPAND_LIMIT = 150
/** Links an expansion brings for one pair (server: networks.service.ts); the pair bar has all. */
export const LINKS_PER_PAIR = 20

/**
 * Expansions add to the chart, so several may run at once and none is "stale" to another;
 * only answers to requests made before the chart was cleared are dropped.
 */
export function useExpand(depth: Ref<number>, linkKinds: Ref<LinkKind[]>) {
  const api = useApi()
  const chart = useChartStore()
  const notices = useNoticeStore()
  const pending = ref(0)
  const lastState = ref<LoadState>('idle')
  const truncated = ref(false)
  // Pairs the last expansion brought only some links for (LINKS_PER_PAIR on the server).
  const cutPairs = ref(0)
  const state = computed<LoadState>(() => (pending.value > 0 ? 'loading' : lastState.value))

  async function expand(ids: readonly string[], overrideDepth?: number): Promise<string[]> {
    if (ids.length === 0) return []
    const epoch = chart.epoch
    pending.value++
    try {
      const result = await api
        .query(ExpandDocument, {
          ids: [...ids],
          depth: overrideDepth ?? depth.value,
          linkKinds: linkKinds.value.length ? linkKinds.value : null,
          limit: EXPAND_LIMIT,
        })
        .toPromise()
      if (epoch !== chart.epoch) return []
      if (result.error || !result.data) {
        lastState.value = 'error'
        notices.report(toAppError(result.error))
        return []
      }
      truncated.value = result.data.expand.truncated
      cutPairs.value = result.data.expand.cutPairs.length
      lastState.value = 'done'
      return chart.addSubgraph(result.data.expand)
    } finally {
      pending.value--
    }
  }

  return { state, truncated, cutPairs, expand }
}

export interface PathOutcome {
  found: boolean
  length: number
  maxHops: number
}

/** Shortest paths between two entities; a newer search makes an older answer stale. */
export function usePaths(
  maxHops: Ref<number>,
  linkKinds: Ref<LinkKind[]>,
  throughCases: Ref<boolean> = ref(false),
) {
  const api = useApi()
  const chart = useChartStore()
  const request = useLatest((d: PathsQuery) => d.paths)
  const outcome = shallowRef<PathOutcome | null>(null)

  async function find(fromId: string, toId: string): Promise<void> {
    const hops = maxHops.value
    const epoch = chart.epoch
    outcome.value = null
    const paths = await request.run(() =>
      api
        .query(PathsDocument, {
          fromId,
          toId,
          maxHops: hops,
          linkKinds: linkKinds.value.length ? linkKinds.value : null,
          throughCases: throughCases.value,
          first: 3,
        })
        .toPromise(),
    )
    if (!paths || epoch !== chart.epoch) return
    const nodeIds = new Set<string>()
    const linkIds = new Set<string>()
    for (const path of paths) {
      chart.addSubgraph(path)
      path.nodes.forEach((n) => nodeIds.add(n.id))
      path.links.forEach((l) => linkIds.add(l.id))
    }
    chart.setHighlight(nodeIds, linkIds)
    const shortest = Math.min(...paths.map((p) => p.length))
    outcome.value = { found: paths.length > 0, length: paths.length ? shortest : 0, maxHops: hops }
  }

  function reset(): void {
    request.reset()
    outcome.value = null
  }

  return { state: request.state, outcome, find, reset }
}
