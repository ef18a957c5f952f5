import { watch, type Ref } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import { EntityDocument, type EntityQuery } from '../../generated/graphql'

export type ProfileEntity = EntityQuery['entity']

/** Loads the full profile of the entity whose id the ref holds; null means nothing shown. */
export function useEntity(id: Ref<string | null>) {
  const api = useApi()
  const request = useLatest((d: EntityQuery) => d.entity)

  function reload(): void {
    const value = id.value
    if (!value) {
      request.reset()
      return
    }
    void request.run(() => api.query(EntityDocument, { id: value }).toPromise())
  }

  watch(id, reload, { immediate: true })

  return { state: request.state, entity: request.data, error: request.error, reload }
}
