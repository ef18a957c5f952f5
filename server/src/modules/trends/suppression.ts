/**
 * Small-cell suppression for published counts. A count from 1 to THRESHOLD-1 could point at a
 * handful of identifiable victims, so it is withheld; where a breakdown's total is shown and only
 * one cell is withheld, the next smallest is withheld too, or the total would give it away.
 * Zeros are shown: "no minors" identifies nobody.
 */
export const THRESHOLD = 5

export interface Cell {
  key: string
  count: number | null
  suppressed: boolean
}

export const single = (key: string, count: number): Cell =>
  count > 0 && count < THRESHOLD
    ? { key, count: null, suppressed: true }
    : { key, count, suppressed: false }

export function breakdown(counts: ReadonlyArray<readonly [string, number]>): Cell[] {
  const cells = counts.map(([key, count]) => single(key, count))
  if (cells.filter((c) => c.suppressed).length === 1) {
    const shown = cells
      .map((c, i) => [c, counts[i]![1], i] as const)
      .filter(([c, n]) => !c.suppressed && n > 0)
      .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    const next = shown[0]
    if (next) cells[next[2]] = { key: next[0].key, count: null, suppressed: true }
  }
  return cells
}
