import { watch, type Ref } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import {
  CaseMembersDocument,
  CasesDocument,
  type CaseMembersQuery,
  type CaseStatus,
  type CasesQuery,
} from '../../generated/graphql'
import { useChartStore } from '../networks'

export function useCases(status: Ref<CaseStatus | null>) {
  const api = useApi()
  const request = useLatest((d: CasesQuery) => d.cases)

  function reload(): void {
    void request.run(() =>
      api.query(CasesDocument, { status: status.value, first: 50 }).toPromise(),
    )
  }

  watch(status, reload, { immediate: true })
  return { state: request.state, cases: request.data, error: request.error, reload }
}

export const CASE_MEMBER_LIMIT = 200

/** Puts a case's members on the chart, with the links among everything then on it. */
export function useOpenCase() {
  const api = useApi()
  const chart = useChartStore()
  const request = useLatest((d: CaseMembersQuery) =>
    'members' in d.entity ? d.entity.members : [],
  )

  async function open(caseId: string): Promise<string[]> {
    const epoch = chart.epoch
    const members = await request.run(() =>
      api.query(CaseMembersDocument, { id: caseId, first: CASE_MEMBER_LIMIT }).toPromise(),
    )
    if (!members || epoch !== chart.epoch) return []
    const added = chart.addEntities(members)
    chart.addLinks(members.flatMap((m) => m.links))
    return added
  }

  return { state: request.state, open }
}
