import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { OperationResult } from '@urql/core'
import { CombinedError } from '@urql/core'
import { useNoticeStore } from './noticeStore'
import { useLatest } from './useLatest'

const ok = (data: { n: number }) => Promise.resolve({ data } as OperationResult<{ n: number }>)
const fail = (code: string) =>
  Promise.resolve({
    error: new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code } }] }),
  } as unknown as OperationResult<{ n: number }>)

describe('useLatest', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('keeps only the latest answer', async () => {
    const req = useLatest((d: { n: number }) => d.n)
    let release: (v: OperationResult<{ n: number }>) => void = () => {}
    const slow = req.run(() => new Promise((r) => (release = r)))
    await req.run(() => ok({ n: 2 }))
    release({ data: { n: 1 } } as OperationResult<{ n: number }>)
    expect(await slow).toBeNull()
    expect(req.data.value).toBe(2)
  })

  it('withdraws its own error banner once it succeeds again, but not another one', async () => {
    const notices = useNoticeStore()
    const req = useLatest((d: { n: number }) => d.n)
    await req.run(() => fail('search/empty_query'))
    expect(notices.current?.code).toBe('search/empty_query')
    await req.run(() => ok({ n: 1 }))
    expect(notices.current).toBeNull()

    await req.run(() => fail('search/empty_query'))
    notices.report({ code: 'graph/unavailable' })
    await req.run(() => ok({ n: 1 }))
    expect(notices.current?.code).toBe('graph/unavailable')
  })
})
