import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LinkKind } from '../../generated/graphql'

/** Toolbar filters for expansion and path finding; an empty kind list means the server default. */
export const useNetworkOptionsStore = defineStore('networkOptions', () => {
  const depth = ref(1)
  const maxHops = ref(4)
  const linkKinds = ref<LinkKind[]>([])
  // Paths through case membership join any two members of a case: only when asked.
  const throughCases = ref(false)

  function reset(): void {
    depth.value = 1
    maxHops.value = 4
    linkKinds.value = []
    throughCases.value = false
  }

  return { depth, maxHops, linkKinds, throughCases, reset }
})
