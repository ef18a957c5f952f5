import { watch, type Ref } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import { SearchDocument, type EntityKind, type SearchQuery } from '../../generated/graphql'

export const SEARCH_PAGE = 25
export const SEARCH_MAX_LENGTH = 200

/** Searches whenever the submitted text, kinds or submission count change. */
export function useSearch(
  text: Ref<string>,
  kinds: Ref<EntityKind[] | null>,
  submissions?: Ref<number>,
) {
  const api = useApi()
  const request = useLatest((d: SearchQuery) => d.search)

  function run(): void {
    const value = text.value.trim()
    if (!value) {
      request.reset()
      return
    }
    void request.run(() =>
      api
        .query(SearchDocument, { text: value, kinds: kinds.value, first: SEARCH_PAGE })
        .toPromise(),
    )
  }

  watch([text, kinds, () => submissions?.value], run, { immediate: true })

  return { state: request.state, result: request.data, error: request.error, run }
}
