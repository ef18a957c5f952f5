import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { EntityKind } from '../../generated/graphql'
import { resetWithSession } from '../../ui/sessionReset'

/** The submitted search (not the half-typed input) and the kind filter. */
export const useSearchStore = defineStore('search', () => {
  const text = ref('')
  const kind = ref<EntityKind | ''>('')
  const kinds = computed<EntityKind[] | null>(() => (kind.value ? [kind.value] : null))
  /** Counts submissions so re-submitting the same text searches again. */
  const submissions = ref(0)

  function submit(value: string, filter: EntityKind | '' = kind.value): void {
    text.value = value.trim()
    kind.value = filter
    submissions.value++
  }

  function reset(): void {
    text.value = ''
    kind.value = ''
  }

  resetWithSession(reset)

  return { text, kind, kinds, submissions, submit, reset }
})
