/**
 * Deterministic synthetic demo data for the workbench: invented persons in plausible Kosovo
 * cases 2011–2019, with yearly figures following the 2015–2019 national strategy.
 */
import type { GraphBatch } from '@htwb/graph'
import { buildCase } from './case.ts'
import { planCases } from './plan.ts'
import { Ids } from './sink.ts'
import { buildWorld } from './world.ts'

export { YEARLY_TARGETS, OFFENCES, YEARS, scaledTargets, type YearTargets } from './targets.ts'
export { countsByYear, expectedCounts, type YearCounts } from './stats.ts'

/** The strategy's date, March 2015. */
export const DEMO_SEED = 20150301
/** Records (nodes + links) per batch, at most; a case is never split across batches. */
export const MAX_BATCH = 5000

export interface SeedOptions {
  seed?: number
  /** Multiplies every count: 1 ≈ 22k nodes and 56k links; 50 passes a million nodes. */
  scale?: number
}

/**
 * Yields batches in dependency order: every link's endpoints are in the same or an earlier
 * batch. Cases are built one at a time, so memory stays flat at any scale.
 */
export function* generate(opts: SeedOptions = {}): Generator<GraphBatch> {
  const seed = opts.seed ?? DEMO_SEED
  const scale = opts.scale ?? 1
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new RangeError(`scale must be positive, got ${scale}`)
  const ids = new Ids()
  const { world, sink } = buildWorld(seed, ids)
  let batch: GraphBatch = { nodes: sink.nodes, links: sink.links }
  const size = () => batch.nodes.length + batch.links.length
  for (const plan of planCases(seed, scale)) {
    const part = buildCase(world, plan, ids, seed)
    if (size() > 0 && size() + part.size > MAX_BATCH) {
      yield batch
      batch = { nodes: [], links: [] }
    }
    for (const n of part.nodes) batch.nodes.push(n)
    for (const l of part.links) batch.links.push(l)
  }
  if (size() > 0) yield batch
}
