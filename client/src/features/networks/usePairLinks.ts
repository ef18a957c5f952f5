import { computed, ref, watch } from 'vue'
import { useApi } from '../../api/client'
import { LinksDocument, type LinksQuery } from '../../generated/graphql'
import { usePaged } from '../../ui/usePaged'
import { useChartStore } from './chartStore'

export const PAIR_PAGE = 100

/**
 * Every link between two entities on the chart (all the calls between two phones), a page at a
 * time onto the chart: how many there are, how many are drawn, and the next page.
 */
export function usePairLinks(pair: () => readonly [string, string] | null) {
  const api = useApi()
  const chart = useChartStore()
  const size = ref(0)
  const pages = usePaged(
    (after) => {
      const [a, b] = pair() ?? ['', '']
      return api
        .query(LinksDocument, { ids: [a], others: [b], first: size.value, after })
        .toPromise()
    },
    (d: LinksQuery) => d.links,
  )
  // Selecting a pair asks only for the count; the links come when the user asks for them.
  watch(
    () => pair()?.join(' '),
    (key) => {
      pages.reset()
      if (!key) return
      size.value = 0
      void pages.reload()
    },
    { immediate: true },
  )
  const drawn = computed(() => {
    const p = pair()
    if (!p) return 0
    return chart.visibleLinks.filter(
      (l) => (l.fromId === p[0] && l.toId === p[1]) || (l.fromId === p[1] && l.toId === p[0]),
    ).length
  })

  async function more(): Promise<void> {
    size.value = PAIR_PAGE
    const epoch = chart.epoch
    const links = await pages.more()
    if (links && epoch === chart.epoch) chart.addLinks(links)
  }

  return {
    state: pages.state,
    total: pages.totalCount,
    drawn,
    hasMore: computed(() => pages.hasMore.value && drawn.value < (pages.totalCount.value ?? 0)),
    more,
  }
}
