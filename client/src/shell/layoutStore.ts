import { defineStore } from 'pinia'
import { ref } from 'vue'

/** 'audit' opens the audit trail over the centre; only supervisors and administrators see it. */
export type LeftTab = 'search' | 'cases' | 'audit'

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
