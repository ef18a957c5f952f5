import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { AppError } from '../api/errors'

/** The one error banner: it keeps the code, not text, so a language switch re-translates it. */
export const useNoticeStore = defineStore('notices', () => {
  const current = shallowRef<(AppError & { id: number }) | null>(null)
  let nextId = 0

  function report(error: AppError): void {
    current.value = { ...error, id: ++nextId }
  }

  function dismiss(): void {
    current.value = null
  }

  return { current, report, dismiss }
})
