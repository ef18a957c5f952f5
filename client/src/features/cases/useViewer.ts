import { shallowRef } from 'vue'
import { can, type Ability } from '@htwb/graph/permissions'
import { useApi } from '../../api/client'
import { MeDocument, type SessionUserFragment } from '../../generated/graphql'

/**
 * The signed-in user, for which of the tab's controls to show (the server checks again): tab
 * views get no props from the shell, and the session is not another feature's to hand out.
 */
export function useViewer() {
  const api = useApi()
  const me = shallowRef<SessionUserFragment | null>(null)
  void api
    .query(MeDocument, {})
    .toPromise()
    .then((r) => (me.value = r.data?.me ?? null))
  return { me, may: (ability: Ability) => can(me.value, ability) }
}
