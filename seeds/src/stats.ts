/** Yearly figures counted back from generated records, to check them against YEARLY_TARGETS. */
import type { GraphBatch } from '@htwb/graph'
import {
  OFFENCES,
  OFFENCE_KEYS,
  YEARS,
  scaledTargets,
  victimsIdentified,
  type OffenceKey,
} from './targets.ts'

export interface YearCounts {
  /** ARREST events dated in the year. */
  arrests: number
  /** Cases opened in the year. */
  investigations: number
  /** IDENTIFICATION events dated in the year. */
  victimsIdentified: number
  /** VICTIM persons whose validFrom falls in the year. */
  victimPersons: number
  /** PROSECUTION events dated in the year, by their case's offence. */
  prosecutions: Record<OffenceKey, number>
  /** CONVICTION events dated in the year. */
  convictions: number
}

const empty = (): YearCounts => ({
  arrests: 0,
  investigations: 0,
  victimsIdentified: 0,
  victimPersons: 0,
  prosecutions: { THB: 0, FACILITATION: 0, PROSTITUTION: 0, OTHER: 0 },
  convictions: 0,
})

const OFFENCE_BY_LABEL = new Map(OFFENCE_KEYS.map((k) => [OFFENCES[k] as string, k]))
const yearOf = (v: unknown): number | null => (typeof v === 'string' ? Number(v.slice(0, 4)) : null)

/** Counts by year over a stream of batches; keeps only prosecution events and case offences. */
export function countsByYear(batches: Iterable<GraphBatch>): Record<number, YearCounts> {
  const out: Record<number, YearCounts> = {}
  const at = (y: number) => (out[y] ??= empty())
  const filings = new Map<string, number>()
  const offenceOf = new Map<string, OffenceKey>()
  const filed: Array<[string, string]> = []
  for (const batch of batches) {
    for (const n of batch.nodes) {
      const p = n.props
      if (n.kind === 'Event') {
        const y = yearOf(p['date'])
        if (y === null) continue
        if (p['eventType'] === 'ARREST') at(y).arrests++
        else if (p['eventType'] === 'IDENTIFICATION') at(y).victimsIdentified++
        else if (p['eventType'] === 'CONVICTION') at(y).convictions++
        else if (p['eventType'] === 'PROSECUTION') filings.set(n.id, y)
      } else if (n.kind === 'Case') {
        const y = yearOf(p['openedOn'])
        if (y !== null) at(y).investigations++
        const k = OFFENCE_BY_LABEL.get(String(p['offence']))
        if (k) offenceOf.set(n.id, k)
      } else if (n.kind === 'Person' && p['category'] === 'VICTIM') {
        const y = yearOf(p['validFrom'])
        if (y !== null) at(y).victimPersons++
      }
    }
    for (const l of batch.links)
      if (l.kind === 'PART_OF_CASE' && filings.has(l.from)) filed.push([l.from, l.to])
  }
  for (const [ev, cs] of filed) {
    const k = offenceOf.get(cs)
    const y = filings.get(ev)
    if (k && y !== undefined) at(y).prosecutions[k]++
  }
  return out
}

/** What countsByYear must return for a scale, from YEARLY_TARGETS. */
export function expectedCounts(scale = 1): Record<number, YearCounts> {
  const out: Record<number, YearCounts> = {}
  for (const y of YEARS) {
    const t = scaledTargets(y, scale)
    const v = victimsIdentified(t)
    out[y] = {
      arrests: t.arrests,
      investigations: t.investigations,
      victimsIdentified: v,
      victimPersons: v,
      prosecutions: { ...t.prosecutions },
      convictions: t.convictions,
    }
  }
  return out
}
