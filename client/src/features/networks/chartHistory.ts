/**
 * Undo and redo of chart edits as a stack of whole states taken before each edit (an edit is
 * whatever happened in one turn of the event loop: an expansion's nodes and links together).
 * States are plain data the caller makes; a new edit after an undo drops what could be redone.
 */
export class EditHistory<T> {
  private past: T[] = []
  private future: T[] = []

  constructor(private readonly limit = 100) {}

  get undoable(): number {
    return this.past.length
  }

  get redoable(): number {
    return this.future.length
  }

  /** Records the state before an edit. */
  record(before: T): void {
    this.past.push(before)
    if (this.past.length > this.limit) this.past.shift()
    this.future = []
  }

  /** The state to go back to, given the one on screen now; null when nothing is left to undo. */
  undo(current: T): T | null {
    const before = this.past.pop()
    if (before === undefined) return null
    this.future.push(current)
    return before
  }

  redo(current: T): T | null {
    const after = this.future.pop()
    if (after === undefined) return null
    this.past.push(current)
    return after
  }

  clear(): void {
    this.past = []
    this.future = []
  }
}
