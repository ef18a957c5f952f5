import { defineStore } from 'pinia'
import { ref } from 'vue'
import { resetWithSession } from './sessionReset'

/**
 * Which entity the profile panel shows, with a short back-stack for link hopping. Search, cases,
 * the chart and imports all open entities here, so it lives below every feature.
 */
export const useProfileStore = defineStore('profile', () => {
  const focusedId = ref<string | null>(null)
  const history = ref<string[]>([])

  function focus(id: string): void {
    if (id === focusedId.value) return
    if (focusedId.value) history.value = [...history.value.slice(-19), focusedId.value]
    focusedId.value = id
  }

  function back(): void {
    focusedId.value = history.value.at(-1) ?? null
    history.value = history.value.slice(0, -1)
  }

  function reset(): void {
    focusedId.value = null
    history.value = []
  }

  resetWithSession(reset)

  return { focusedId, history, focus, back, reset }
})
