import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { OperationResult } from '@urql/core'
import { usePaged, type Page } from './usePaged'

type Data = { list: Page<number> }
const answer = (nodes: number[], total: number, next: string | null) =>
  ({
    data: {
      list: { totalCount: total, pageInfo: { hasNextPage: !!next, endCursor: next }, nodes },
    },
  }) as unknown as OperationResult<Data>

describe('usePaged', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('appends each next page after the cursor of the one before, and stops at the last', async () => {
    const asked: Array<string | null> = []
    const pages: Record<string, OperationResult<Data>> = {
      first: answer([1, 2], 5, 'a'),
      a: answer([3, 4], 5, 'b'),
      b: answer([5], 5, null),
    }
    const list = usePaged(
      (after) => {
        asked.push(after)
        return Promise.resolve(pages[after ?? 'first']!)
      },
      (d: Data) => d.list,
    )
    await list.reload()
    await list.more()
    await list.more()
    await list.more()
    expect(asked).toEqual([null, 'a', 'b'])
    expect(list.items.value).toEqual([1, 2, 3, 4, 5])
    expect(list.totalCount.value).toBe(5)
    expect(list.hasMore.value).toBe(false)
  })

  it('drops a page that arrives after the list was started over', async () => {
    let release: (v: OperationResult<Data>) => void = () => {}
    let calls = 0
    const list = usePaged(
      (after) => {
        calls++
        if (after === 'a') return new Promise<OperationResult<Data>>((r) => (release = r))
        return Promise.resolve(calls === 1 ? answer([1], 3, 'a') : answer([7], 1, null))
      },
      (d: Data) => d.list,
    )
    await list.reload()
    const late = list.more()
    await list.reload()
    release(answer([2], 3, 'b'))
    expect(await late).toBeNull()
    expect(list.items.value).toEqual([7])
    expect(list.totalCount.value).toBe(1)
  })
})
