import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LinkKind } from '../../generated/graphql'

/** Toolbar filters for expansion and path finding; an empty kind list means the server default. */
export const useNetworkOptionsStore = defineStore('networkOptions', () => {
  const depth = ref(1)
  const maxHops = ref(4)
  const linkKinds = ref<LinkKind[]>([])

  function reset(): void {
    depth.value = 1
    maxHops.value = 4
    linkKinds.value = []
  }

  return { depth, maxHops, linkKinds, reset }
})
