import { ref, watch, type Ref } from 'vue'
import { useApi } from '../../api/client'
import { usePaged } from '../../ui/usePaged'
import { SearchDocument, type EntityKind, type SearchQuery } from '../../generated/graphql'

export const SEARCH_PAGE = 25
export const SEARCH_MAX_LENGTH = 200

/** Searches whenever the submitted text, kinds or submission count change; `more` pages on. */
export function useSearch(
  text: Ref<string>,
  kinds: Ref<EntityKind[] | null>,
  submissions?: Ref<number>,
) {
  const api = useApi()
  const capped = ref(false)
  const pages = usePaged(
    (after) =>
      api
        .query(SearchDocument, {
          text: text.value.trim(),
          kinds: kinds.value,
          first: SEARCH_PAGE,
          after,
        })
        .toPromise(),
    (d: SearchQuery) => {
      capped.value = d.search.capped
      return d.search
    },
  )

  function run(): void {
    if (!text.value.trim()) {
      pages.reset()
      return
    }
    void pages.reload()
  }

  watch([text, kinds, () => submissions?.value], run, { immediate: true })

  return { ...pages, capped, run }
}
