import { computed, ref, watch } from 'vue'
import { useApi } from '../../api/client'
import {
  ProfileLinksDocument,
  type ProfileLinkPageFragment,
  type ProfileLinksQuery,
} from '../../generated/graphql'
import { usePaged } from '../../ui/usePaged'

/**
 * A profile's links: the page that came with the profile, then the pages asked for after it.
 * Another entity, or the profile loaded again, starts over from its own first page.
 */
export function useProfileLinks(id: () => string, first: () => ProfileLinkPageFragment) {
  const api = useApi()
  const next = usePaged(
    (after) => api.query(ProfileLinksDocument, { id: id(), after }).toPromise(),
    (d: ProfileLinksQuery) => d.entity.links,
  )
  const started = ref(false)
  watch(first, () => {
    next.reset()
    started.value = false
  })
  const links = computed(() => [...first().nodes, ...next.items.value])
  const totalCount = computed(() => next.totalCount.value ?? first().totalCount)
  const hasMore = computed(() =>
    started.value ? next.hasMore.value : first().pageInfo.hasNextPage,
  )

  async function more(): Promise<void> {
    if (started.value) {
      await next.more()
    } else if (next.state.value !== 'loading') {
      // Started only once a page arrived: after a failure the button offers the same page again.
      if (await next.continueAfter(first().pageInfo.endCursor ?? null)) started.value = true
    }
  }

  return { links, totalCount, hasMore, state: next.state, more }
}
