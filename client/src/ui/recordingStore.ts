import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { EntityKind } from '../generated/graphql'
import { resetWithSession } from './sessionReset'

/** An end of a link to draw, as the chart knows it. */
export interface RecordEnd {
  id: string
  kind: EntityKind
  name: string
}

/** Which recording form is open: the chart asks, the entities feature shows the form. */
export type RecordRequest =
  | { form: 'entity'; mode: 'create'; kind?: EntityKind; caseId?: string | null }
  | { form: 'entity'; mode: 'edit'; id: string }
  | { form: 'link'; mode: 'create'; from: RecordEnd; to: RecordEnd }
  | { form: 'link'; mode: 'edit'; id: string; fromId: string; toId: string }

/**
 * Recording by hand is asked for from the chart (networks) and done by the entities feature,
 * which already depends on the chart: the request passes through here so neither imports the
 * other in a circle. `saved` says which records changed last, for views showing it to reload.
 */
export const useRecordingStore = defineStore('recording', () => {
  const request = shallowRef<RecordRequest | null>(null)
  /** The chart's "draw a link" mode: dragging from node to node opens the link form. */
  const drawing = ref(false)
  const saved = shallowRef<{ ids: readonly string[]; at: number } | null>(null)

  function open(r: RecordRequest): void {
    request.value = r
  }

  function close(): void {
    request.value = null
  }

  /** The records a save changed (a link changes what both its ends show). */
  function markSaved(ids: readonly string[]): void {
    saved.value = { ids, at: Date.now() }
  }

  function reset(): void {
    request.value = null
    drawing.value = false
    saved.value = null
  }

  resetWithSession(reset)

  return { request, drawing, saved, open, close, markSaved, reset }
})
