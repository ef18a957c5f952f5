import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * 'duplicates', 'figures', 'audit' and 'retention' open over the centre, each for users holding
 * the ability the server serves it to (tabs.ts).
 */
export type LeftTab =
  'search' | 'cases' | 'import' | 'duplicates' | 'figures' | 'audit' | 'retention'

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
