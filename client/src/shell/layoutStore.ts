import { defineStore } from 'pinia'
import { ref } from 'vue'

export type LeftTab = 'search' | 'cases'

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
