import { ref } from 'vue'
import { useApi } from '../../api/client'
import { useLatest } from '../../ui/useLatest'
import {
  CasesDocument,
  DuplicateCandidatesDocument,
  MarkDistinctDocument,
  MergeEntitiesDocument,
  RecentMergesDocument,
  UndoMergeDocument,
  type CasesQuery,
  type DuplicateCandidatesQuery,
  type MarkDistinctMutation,
  type MergeEntitiesMutation,
  type RecentMergesQuery,
  type UndoMergeMutation,
} from '../../generated/graphql'

export type Candidate = DuplicateCandidatesQuery['duplicateCandidates'][number]
export type Side = Candidate['a']
export type Merge = RecentMergesQuery['recentMerges'][number]
export type ResolvedKind = 'Person' | 'Organization'
/** What the last decision did, for the status line. */
export type Outcome =
  | { done: 'merged'; absorbed: string; survivor: string }
  | { done: 'distinct' }
  | { done: 'undone'; restored: string }

export const QUEUE_PAGE = 50
/** Cases offered to narrow the queue to: the viewer's newest (the server's largest page). */
export const CASE_CHOICES = 200
export const MIN_SCORE = 0.5

/**
 * The review queue, the recent merges, and the three decisions. Each request kind keeps only
 * its latest answer (useLatest), so a slow queue load cannot overwrite a newer one.
 */
export function useResolution() {
  const api = useApi()
  const queue = useLatest((d: DuplicateCandidatesQuery) => d.duplicateCandidates)
  const merges = useLatest((d: RecentMergesQuery) => d.recentMerges)
  const mergeReq = useLatest((d: MergeEntitiesMutation) => d.mergeEntities, { report: false })
  const distinctReq = useLatest((d: MarkDistinctMutation) => d.markDistinct, { report: false })
  const undoReq = useLatest((d: UndoMergeMutation) => d.undoMerge, { report: false })
  const cases = useLatest((d: CasesQuery) => d.cases.nodes)
  const kind = ref<ResolvedKind>('Person')
  /** The case whose members the queue is about (blocked from them, so quick); null for all. */
  const caseId = ref<string | null>(null)
  const outcome = ref<Outcome | null>(null)

  function loadCases(): Promise<unknown> {
    return cases.run(() =>
      api.query(CasesDocument, { status: null, first: CASE_CHOICES, after: null }).toPromise(),
    )
  }

  function load(): Promise<unknown> {
    const vars = { kind: kind.value, caseId: caseId.value, minScore: MIN_SCORE, first: QUEUE_PAGE }
    return Promise.all([
      queue.run(() => api.query(DuplicateCandidatesDocument, vars).toPromise()),
      merges.run(() => api.query(RecentMergesDocument, { first: 20 }).toPromise()),
    ])
  }

  function clearDecision(): void {
    outcome.value = null
    for (const r of [mergeReq, distinctReq, undoReq]) r.reset()
  }

  /** Merges the other side into `keep`; both versions as shown, so a stale pair is refused. */
  async function merge(pair: Candidate, keep: Side): Promise<boolean> {
    clearDecision()
    const absorb = keep.id === pair.a.id ? pair.b : pair.a
    const vars = {
      keepId: keep.id,
      absorbId: absorb.id,
      keepVersion: keep.version,
      absorbVersion: absorb.version,
    }
    const res = await mergeReq.run(() => api.mutation(MergeEntitiesDocument, vars).toPromise())
    if (!res) return false
    outcome.value = {
      done: 'merged',
      absorbed: res.absorbedName ?? absorb.id,
      survivor: res.survivor.name,
    }
    await load()
    return true
  }

  async function distinct(pair: Candidate): Promise<boolean> {
    clearDecision()
    const vars = { aId: pair.a.id, bId: pair.b.id }
    const res = await distinctReq.run(() => api.mutation(MarkDistinctDocument, vars).toPromise())
    if (!res) return false
    outcome.value = { done: 'distinct' }
    await load()
    return true
  }

  async function undo(merge: Merge): Promise<boolean> {
    clearDecision()
    const vars = { mergeId: merge.id }
    const res = await undoReq.run(() => api.mutation(UndoMergeDocument, vars).toPromise())
    if (!res) return false
    outcome.value = { done: 'undone', restored: res.restored.name }
    await load()
    return true
  }

  return {
    kind,
    caseId,
    cases: cases.data,
    loadCases,
    queue: queue.data,
    state: queue.state,
    merges: merges.data,
    outcome,
    /** The failure of the last decision, shown beside the queue rather than in the banner. */
    decisionError: [mergeReq.error, distinctReq.error, undoReq.error] as const,
    busy: [mergeReq.state, distinctReq.state, undoReq.state] as const,
    load,
    merge,
    distinct,
    undo,
  }
}
