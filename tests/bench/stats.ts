/** Summary of timed samples, in milliseconds. */
export interface Summary {
  n: number
  p50: number
  p95: number
  max: number
}

/**
 * Nearest-rank percentile (the smallest sample with at least p of the samples at or below it):
 * with 40 samples p95 is the 38th, so one slow outlier shows in max, not in p95.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN
  const rank = Math.ceil(p * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b)
  return {
    n: s.length,
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    max: s.length ? s[s.length - 1]! : Number.NaN,
  }
}

/** How a measured figure stands against a target where lower is better: "met" or "missed by 2.4×". */
export function againstTarget(measured: number, target: number): string {
  if (!Number.isFinite(measured)) return 'not measured'
  if (measured <= target) return 'met'
  return `missed by ${(measured / target).toFixed(1)}×`
}

/** The same where higher is better (frames per second, rows per second). */
export function againstFloor(measured: number, floor: number): string {
  if (!Number.isFinite(measured)) return 'not measured'
  if (measured >= floor) return 'met'
  return `missed by ${(floor / measured).toFixed(1)}×`
}
