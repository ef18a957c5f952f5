import { ref, shallowRef } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import {
  AuditChainDocument,
  AuditEntriesDocument,
  type AuditAction,
  type AuditChainQuery,
  type AuditEntriesQuery,
  type AuditFilter,
  type AuditOutcome,
} from '../../generated/graphql'

export type AuditEntry = AuditEntriesQuery['auditEntries'][number]

export const AUDIT_ACTIONS: AuditAction[] = [
  'COLLECT',
  'ALTER',
  'CONSULT',
  'DISCLOSE',
  'COMBINE',
  'ERASE',
  'SIGN_IN',
]
export const AUDIT_OUTCOMES: AuditOutcome[] = ['OK', 'REFUSED', 'FAILED']
export const AUDIT_PAGE = 100

/** What the filter form holds; datetimes are `datetime-local` values in the browser's zone. */
export interface AuditFilterForm {
  actor: string
  action: AuditAction | null
  outcome: AuditOutcome | null
  personId: string
  from: string
  to: string
}

export function emptyAuditFilter(): AuditFilterForm {
  return { actor: '', action: null, outcome: null, personId: '', from: '', to: '' }
}

function instant(local: string): string | undefined {
  if (!local) return undefined
  const d = new Date(local)
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

/** Only the fields that are set; datetimes become ISO instants (UTC). */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const filter: AuditFilter = {}
  const actor = form.actor.trim()
  const personId = form.personId.trim()
  if (actor) filter.actor = actor
  if (form.action) filter.action = form.action
  if (form.outcome) filter.outcome = form.outcome
  if (personId) filter.personId = personId
  const from = instant(form.from)
  const to = instant(form.to)
  if (from) filter.from = from
  if (to) filter.to = to
  return filter
}

/** The audit trail, newest first, paged backwards by sequence number. */
export function useAuditEntries() {
  const api = useApi()
  const request = useLatest((d: AuditEntriesQuery) => d.auditEntries)
  const entries = shallowRef<AuditEntry[]>([])
  const hasMore = ref(false)
  let applied: AuditFilter = {}

  async function fetchPage(beforeSeq: number | null): Promise<void> {
    const filter = applied
    const page = await request.run(() =>
      api.query(AuditEntriesDocument, { filter, first: AUDIT_PAGE, beforeSeq }).toPromise(),
    )
    if (!page) return
    // Guard against overlap: an older page only adds entries below what is already shown.
    const fresh = beforeSeq === null ? page : page.filter((e) => e.seq < beforeSeq)
    const merged = beforeSeq === null ? fresh : [...entries.value, ...fresh]
    entries.value = [...merged].sort((a, b) => b.seq - a.seq)
    hasMore.value = page.length >= AUDIT_PAGE
  }

  function load(filter: AuditFilter): Promise<void> {
    applied = filter
    entries.value = []
    hasMore.value = false
    return fetchPage(null)
  }

  function older(): Promise<void> {
    const last = entries.value.at(-1)
    if (!last) return Promise.resolve()
    return fetchPage(last.seq)
  }

  return { state: request.state, entries, hasMore, load, older }
}

/** Recomputes the hash chain on the server. */
export function useAuditChain() {
  const api = useApi()
  const request = useLatest((d: AuditChainQuery) => d.auditChain)

  function check(): void {
    void request.run(() => api.query(AuditChainDocument, {}).toPromise())
  }

  return { state: request.state, chain: request.data, check }
}
