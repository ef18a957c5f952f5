import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { resetWithSession } from '../../ui/sessionReset'
import type { SavedChartContentFragment } from '../../generated/graphql'
import { EditHistory } from './chartHistory'
import {
  dropDraft,
  readDraft,
  writeDraft,
  type ChartAnnotation,
  type SavedChartRef,
} from './chartDraft'
import { useChartStore, type ChartContent, type ChartLink, type Viewport } from './chartStore'
import { useChartViewStore } from './chartViewStore'

interface State {
  content: ChartContent
  view: string
}

/**
 * The chart as a document: the saved chart it is (if any), whether it changed since, the edit
 * history (undo, redo) and the tab's draft. Edits are what the chart store reports before it
 * changes, and any change of the view store (hide, group, layout, format).
 */
export const useChartEditsStore = defineStore('chartEdits', () => {
  const chart = useChartStore()
  const view = useChartViewStore()
  const history = new EditHistory<State>(100)
  const undoable = ref(0)
  const redoable = ref(0)
  const current = shallowRef<SavedChartRef | null>(null)
  const changes = ref(0)
  const savedAt = ref(0)
  const user = ref<string | null>(null)
  /** The chart's notes and annotations: saved with it, edited beside the canvas. */
  const notes = ref('')
  const annotations = ref<ChartAnnotation[]>([])
  let viewNow = JSON.stringify(view.snapshot())
  // One edit per turn of the event loop; nothing is recorded while a state is put back.
  let recording = false
  let restoring = 0

  const dirty = computed(
    () => changes.value !== savedAt.value && (current.value !== null || chart.nodeList.length > 0),
  )

  function counts(): void {
    undoable.value = history.undoable
    redoable.value = history.redoable
  }

  const state = (v = viewNow): State => ({ content: chart.content(), view: v })

  function checkpoint(viewBefore?: string): void {
    if (restoring) return
    changes.value++
    if (recording) return
    history.record(state(viewBefore))
    counts()
    recording = true
    setTimeout(() => (recording = false), 0)
  }

  chart.onChange((change) => {
    if (change === 'restore') return
    if (change === 'positions') {
      if (!restoring) changes.value++
      return
    }
    checkpoint()
  })

  watch(
    () => JSON.stringify(view.snapshot()),
    (now, before) => {
      viewNow = now
      checkpoint(before)
    },
  )

  /** Puts a state back without recording it (the watchers run after, in the same tick). */
  function putBack(s: State, viewport?: Viewport | null): void {
    restoring++
    chart.restore(s.content, viewport)
    let parsed: unknown = null
    try {
      parsed = JSON.parse(s.view)
    } catch {
      parsed = null
    }
    view.restore(parsed as Parameters<typeof view.restore>[0])
    viewNow = JSON.stringify(view.snapshot())
    setTimeout(() => restoring--, 0)
  }

  function undo(): void {
    const before = history.undo(state())
    counts()
    if (!before) return
    putBack(before)
    changes.value++
  }

  function redo(): void {
    const after = history.redo(state())
    counts()
    if (!after) return
    putBack(after)
    changes.value++
  }

  const refOf = (c: SavedChartContentFragment): SavedChartRef => ({
    id: c.id,
    name: c.name,
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    version: c.version,
    notes: c.notes,
    annotations: c.annotations.map((a) => ({ ...a, entityId: a.entityId ?? null })),
  })

  /** A saved chart, opened: what was on it, where, and how it was shown. */
  function load(c: SavedChartContentFragment): void {
    const links: Record<string, ChartLink> = {}
    for (const l of c.links)
      links[l.id] = {
        id: l.id,
        kind: l.kind,
        fromId: l.fromId,
        toId: l.toId,
        role: l.role ?? null,
        stage: l.stage ?? null,
        amount: l.amount ?? null,
        at: l.at ?? null,
      }
    const content: ChartContent = {
      nodes: chart.nodesOf(c.nodes.map((n) => n.entity)),
      links,
      positions: Object.fromEntries(c.nodes.map((n) => [n.entity.id, { x: n.x, y: n.y }])),
    }
    const viewport = c.viewport
      ? { zoom: c.viewport.zoom, pan: { x: c.viewport.panX, y: c.viewport.panY } }
      : null
    putBack({ content, view: c.view ?? 'null' }, viewport)
    history.clear()
    counts()
    current.value = refOf(c)
    notes.value = current.value.notes
    annotations.value = current.value.annotations
    changes.value++
    savedAt.value = changes.value
  }

  /** The chart was saved as `c`: it is that chart now, unchanged since. */
  function saved(c: SavedChartContentFragment): void {
    current.value = refOf(c)
    notes.value = current.value.notes
    annotations.value = current.value.annotations
    savedAt.value = changes.value
  }

  /** New notes and annotations: a change to save. */
  function annotate(text: string, list: readonly ChartAnnotation[]): void {
    notes.value = text
    annotations.value = list.map((a) => ({ ...a }))
    changes.value++
  }

  /** An empty chart that is no saved chart. */
  function startNew(): void {
    chart.clear()
    current.value = null
    notes.value = ''
    annotations.value = []
    history.clear()
    counts()
    savedAt.value = changes.value
  }

  // The tab's draft: written a moment after each change (and the viewport), read once the user is
  // known, so a reload finds the chart as it was left.
  let timer: ReturnType<typeof setTimeout> | null = null
  function writeNow(): void {
    if (timer) clearTimeout(timer)
    timer = null
    if (!user.value) return
    if (!current.value && chart.nodeList.length === 0) return dropDraft()
    writeDraft({
      v: 1,
      user: user.value,
      content: chart.content(),
      view: viewNow,
      viewport: chart.viewport,
      current: current.value,
      notes: notes.value,
      annotations: annotations.value,
      dirty: dirty.value,
    })
  }
  watch([changes, () => chart.viewport, current], () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(writeNow, 300)
  })
  if (typeof window !== 'undefined') window.addEventListener('pagehide', writeNow)

  /** Who works on the chart; a draft of theirs comes back, anyone else's is dropped. */
  function signedIn(username: string): void {
    if (user.value === username) return
    user.value = username
    const draft = readDraft()
    if (!draft) return
    if (draft.user !== username) return dropDraft()
    if (chart.nodeList.length > 0 || current.value) return
    putBack({ content: draft.content, view: draft.view }, draft.viewport)
    current.value = draft.current
    notes.value = draft.notes
    annotations.value = draft.annotations
    changes.value++
    savedAt.value = draft.dirty ? changes.value - 1 : changes.value
  }

  function reset(): void {
    history.clear()
    counts()
    current.value = null
    notes.value = ''
    annotations.value = []
    user.value = null
    changes.value = 0
    savedAt.value = 0
    if (timer) clearTimeout(timer)
    timer = null
    dropDraft()
  }
  resetWithSession(reset)

  return {
    current,
    notes,
    annotations,
    annotate,
    dirty,
    undoable,
    redoable,
    undo,
    redo,
    load,
    saved,
    startNew,
    signedIn,
    writeNow,
    reset,
  }
})
