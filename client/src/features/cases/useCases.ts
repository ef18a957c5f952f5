import { ref, shallowRef, watch, type Ref } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import { usePaged } from '../../ui/usePaged'
import {
  CaseMembersDocument,
  CasesDocument,
  type CaseMembersQuery,
  type CaseStatus,
  type CasesQuery,
} from '../../generated/graphql'
import { useAddToChart, useChartStore } from '../networks'

export const CASE_PAGE = 50

/** What the Cases tab narrows the list by; null (false) is "any". */
export interface CaseFilters {
  status: CaseStatus | null
  offence: string | null
  year: number | null
  assignedToMe: boolean
}

export const NO_FILTERS: CaseFilters = {
  status: null,
  offence: null,
  year: null,
  assignedToMe: false,
}

/**
 * The viewer's cases, a page at a time; another filter starts over. `choices` are the offences
 * and years of all the viewer's cases (the server answers them whatever the filters), so a
 * filter can be changed to another value, not only narrowed.
 */
export function useCases(filters: Ref<CaseFilters>) {
  const api = useApi()
  const choices = shallowRef<{ offences: readonly string[]; years: readonly number[] }>({
    offences: [],
    years: [],
  })
  const list = usePaged(
    (after) => api.query(CasesDocument, { ...filters.value, first: CASE_PAGE, after }).toPromise(),
    (d: CasesQuery) => {
      choices.value = { offences: d.cases.offences, years: d.cases.years }
      return d.cases
    },
  )
  watch(filters, () => void list.reload(), { immediate: true, deep: true })
  return { ...list, choices }
}

export const CASE_MEMBER_PAGE = 200

export interface OpenedCase {
  caseId: string
  shown: number
  total: number
  hasMore: boolean
}

/**
 * Puts a case's members on the chart a page at a time; the chart then fetches the links among
 * everything on it. `opened` says how many of the case's members came and whether more follow.
 */
export function useOpenCase() {
  const api = useApi()
  const { add } = useAddToChart()
  const chart = useChartStore()
  const request = useLatest((d: CaseMembersQuery) =>
    'members' in d.entity ? d.entity.members : null,
  )
  const opened = ref<OpenedCase | null>(null)
  let cursor: string | null = null

  // A cleared chart holds none of the case any more.
  watch(
    () => chart.epoch,
    () => (opened.value = null),
  )

  async function page(caseId: string, after: string | null): Promise<string[]> {
    const epoch = chart.epoch
    const members = await request.run(() =>
      api.query(CaseMembersDocument, { id: caseId, first: CASE_MEMBER_PAGE, after }).toPromise(),
    )
    if (!members || epoch !== chart.epoch) return []
    const shown = after && opened.value?.caseId === caseId ? opened.value.shown : 0
    opened.value = {
      caseId,
      shown: shown + members.nodes.length,
      total: members.totalCount,
      hasMore: members.pageInfo.hasNextPage,
    }
    cursor = members.pageInfo.endCursor ?? null
    return add(members.nodes)
  }

  const open = (caseId: string) => page(caseId, null)

  /** The next page of the case opened last. */
  function more(): Promise<string[]> {
    const c = opened.value
    if (!c?.hasMore || request.state.value === 'loading') return Promise.resolve([])
    return page(c.caseId, cursor)
  }

  return { state: request.state, opened, open, more }
}
