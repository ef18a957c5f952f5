import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * 'audit' and 'retention' open over the centre; only supervisors (and administrators, for the
 * audit trail) see them.
 */
export type LeftTab = 'search' | 'cases' | 'audit' | 'retention'

export const useLayoutStore = defineStore('layout', () => {
  const leftTab = ref<LeftTab>('search')

  function showTab(tab: LeftTab): void {
    leftTab.value = tab
  }

  function reset(): void {
    leftTab.value = 'search'
  }

  return { leftTab, showTab, reset }
})
