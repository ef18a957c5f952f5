import { useApi } from '../../api/client'
import { useChartStore, type EntityInput } from './chartStore'
import { LinksDocument } from '../../generated/graphql'

/** What one request may name: the server's limits on `ids` and `others` (entities/links.graphql). */
const IDS_PER_REQUEST = 500
const OTHERS_PER_REQUEST = 20_000
const TIES_PAGE = 500

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  )

/**
 * Puts entities on the chart at once, then fetches, page after page, every link between them
 * and what the chart holds, so ties to entities already drawn appear. A failed fetch only leaves
 * those ties out; a cleared chart drops the answers.
 */
export function useAddToChart() {
  const api = useApi()
  const chart = useChartStore()

  async function ties(ids: readonly string[], others: readonly string[], epoch: number) {
    for (const some of chunks(ids, IDS_PER_REQUEST))
      for (const to of chunks(others, OTHERS_PER_REQUEST)) {
        let after: string | null = null
        do {
          const result = await api
            .query(LinksDocument, { ids: some, others: to, first: TIES_PAGE, after })
            .toPromise()
          if (epoch !== chart.epoch || !result.data) return
          chart.addLinks(result.data.links.nodes)
          const info: { hasNextPage: boolean; endCursor?: string | null } =
            result.data.links.pageInfo
          after = info.hasNextPage ? (info.endCursor ?? null) : null
        } while (after)
      }
  }

  function add(entities: readonly EntityInput[]): string[] {
    const epoch = chart.epoch
    const added = chart.addEntities(entities)
    if (added.length) void ties(added, Object.keys(chart.nodes), epoch)
    return added
  }

  return { add }
}
