import { describe, expect, it } from 'vitest'
import { EditHistory } from './chartHistory'

describe('chart edit history', () => {
  it('undoes edits in reverse order and redoes them forward', () => {
    const h = new EditHistory<string[]>()
    let chart: string[] = []
    const edit = (next: string[]) => {
      h.record(chart)
      chart = next
    }
    edit(['anna'])
    edit(['anna', 'boris'])
    edit([])
    chart = h.undo(chart)!
    expect(chart).toEqual(['anna', 'boris'])
    chart = h.undo(chart)!
    expect(chart).toEqual(['anna'])
    chart = h.redo(chart)!
    expect(chart).toEqual(['anna', 'boris'])
    chart = h.redo(chart)!
    expect(chart).toEqual([])
    expect(h.redo(chart)).toBeNull()
  })

  it('says when nothing is left to undo', () => {
    const h = new EditHistory<number>()
    expect(h.undo(1)).toBeNull()
    expect(h.undoable).toBe(0)
    h.record(0)
    expect(h.undoable).toBe(1)
  })

  it('drops the redo branch when a new edit follows an undo', () => {
    const h = new EditHistory<number>()
    h.record(0)
    h.record(1)
    expect(h.undo(2)).toBe(1)
    expect(h.redoable).toBe(1)
    h.record(1)
    expect(h.redoable).toBe(0)
    expect(h.redo(5)).toBeNull()
  })

  it('keeps only the most recent edits', () => {
    const h = new EditHistory<number>(3)
    for (let i = 0; i < 10; i++) h.record(i)
    expect(h.undoable).toBe(3)
    expect(h.undo(10)).toBe(9)
    expect(h.undo(9)).toBe(8)
    expect(h.undo(8)).toBe(7)
    expect(h.undo(7)).toBeNull()
  })
})
