import { useApi } from '../../api/client'
import { useChartStore, type EntityInput } from './chartStore'
import { EntityLinksDocument } from '../../generated/graphql'

/**
 * Puts entities on the chart at once, then fetches their links in the background so ties to
 * entities already drawn appear. A failed link fetch only leaves those ties out.
 */
export function useAddToChart() {
  const api = useApi()
  const chart = useChartStore()

  function add(entities: readonly EntityInput[]): string[] {
    const epoch = chart.epoch
    const added = chart.addEntities(entities)
    for (const id of added) {
      void api
        .query(EntityLinksDocument, { id })
        .toPromise()
        .then((result) => {
          if (epoch === chart.epoch && result.data) chart.addLinks(result.data.entity.links)
        })
    }
    return added
  }

  return { add }
}
