import { defineStore } from 'pinia'
import { ref } from 'vue'
import { resetWithSession } from './sessionReset'

/**
 * The tab open on the left: the id of a feature's tab (features/<f>/index.ts). Features open
 * tabs by id without importing each other; the shell shows a tab only to a user holding its
 * ability and falls back to the home tab otherwise.
 */
export type TabId = string

/** The search results: every signed-in user has them, and closing an overlay returns there. */
export const HOME_TAB: TabId = 'search'

export const useLayoutStore = defineStore('layout', () => {
  const leftTab = ref<TabId>(HOME_TAB)

  function showTab(tab: TabId): void {
    leftTab.value = tab
  }

  function reset(): void {
    leftTab.value = HOME_TAB
  }

  resetWithSession(reset)

  return { leftTab, showTab, reset }
})
