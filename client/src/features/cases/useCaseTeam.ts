import { shallowRef } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import {
  AssignableUsersDocument,
  AssignCaseDocument,
  CaseTeamDocument,
  UnassignCaseDocument,
  type AssignableUsersQuery,
  type CaseTeamQuery,
} from '../../generated/graphql'

export type CaseDetail = Extract<CaseTeamQuery['entity'], { caseNumber: string }>
export type Account = AssignableUsersQuery['assignableUsers'][number]

/**
 * One case and its team for the case screen. Assigning and unassigning go to the server, which
 * audits them, and the team is read again from it afterwards rather than edited in place: what
 * the screen lists is who holds the case, not who was clicked.
 */
export function useCaseTeam(caseId: string) {
  const api = useApi()
  const detail = useLatest((d: CaseTeamQuery) => ('assignees' in d.entity ? d.entity : null))
  const accounts = useLatest((d: AssignableUsersQuery) => d.assignableUsers)
  const change = useLatest((d: unknown) => d)
  const kase = shallowRef<CaseDetail | null>(null)

  async function load(): Promise<void> {
    const found = await detail.run(() => api.query(CaseTeamDocument, { id: caseId }).toPromise())
    if (found) kase.value = found
  }

  const loadAccounts = () => accounts.run(() => api.query(AssignableUsersDocument, {}).toPromise())

  async function assign(username: string): Promise<void> {
    const done = await change.run(() =>
      api.mutation(AssignCaseDocument, { caseId, username }).toPromise(),
    )
    if (done) await load()
  }

  async function unassign(username: string): Promise<void> {
    const done = await change.run(() =>
      api.mutation(UnassignCaseDocument, { caseId, username }).toPromise(),
    )
    if (done) await load()
  }

  return {
    kase,
    state: detail.state,
    accounts,
    changing: change.state,
    load,
    loadAccounts,
    assign,
    unassign,
  }
}
