import { ref } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import {
  ErasePersonDocument,
  RetainPersonDocument,
  RetentionDueDocument,
  type ErasePersonMutation,
  type RetainPersonMutation,
  type RetentionAction,
  type RetentionDueQuery,
} from '../../generated/graphql'

export type RetentionItem = RetentionDueQuery['retentionDue']['items'][number]
export type Decision = 'retain' | 'erase'
export const RETENTION_PAGE = 100

/** The records due for a retention decision, and the two decisions a supervisor can take. */
export function useRetention() {
  const api = useApi()
  const due = useLatest((d: RetentionDueQuery) => d.retentionDue)
  const retainReq = useLatest((d: RetainPersonMutation) => d.retainPerson, { report: false })
  const eraseReq = useLatest((d: ErasePersonMutation) => d.erasePerson, { report: false })
  const action = ref<RetentionAction | null>(null)

  function load(): Promise<unknown> {
    const vars = { action: action.value, first: RETENTION_PAGE, offset: 0 }
    // Decisions change the list: always ask the server, never a cached page.
    return due.run(() =>
      api.query(RetentionDueDocument, vars, { requestPolicy: 'network-only' }).toPromise(),
    )
  }

  /** Takes the decision; on success the list is reloaded. Errors stay with the dialog. */
  async function decide(decision: Decision, id: string, justification: string): Promise<boolean> {
    const vars = { id, justification: justification.trim() }
    const ok =
      decision === 'retain'
        ? await retainReq.run(() => api.mutation(RetainPersonDocument, vars).toPromise())
        : await eraseReq.run(() => api.mutation(ErasePersonDocument, vars).toPromise())
    if (ok === null) return false
    await load()
    return true
  }

  return {
    action,
    state: due.state,
    due: due.data,
    load,
    decide,
    decisionState: (d: Decision) => (d === 'retain' ? retainReq.state : eraseReq.state),
    decisionError: (d: Decision) => (d === 'retain' ? retainReq.error : eraseReq.error),
    erased: eraseReq.data,
    resetDecision: () => {
      retainReq.reset()
      eraseReq.reset()
    },
  }
}
