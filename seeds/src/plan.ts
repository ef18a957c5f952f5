/**
 * The year plan: how many cases open each year and which of them carry the arrests, victims,
 * prosecutions and convictions that YEARLY_TARGETS fixes. Only small integers are held here, so
 * the plan fits in memory even at scale 300; the cases themselves are generated one at a time.
 */
import { Rng } from './random.ts'
import {
  OFFENCE_KEYS,
  YEARS,
  scaledTargets,
  type OffenceKey,
  type Origin,
  type Year,
} from './targets.ts'

export interface CasePlan {
  /** Global running number; the case's random stream is derived from it. */
  index: number
  year: Year
  /** Number within its year, for the case number. */
  seq: number
  offence: OffenceKey
  /** Year the case is filed with the prosecutor, or null. */
  prosecutedIn: number | null
  /** Suspects arrested (ARREST events), all in the opening year. */
  arrests: number
  /** One year per convicted person; convicted persons are the first arrested ones. */
  convictionYears: number[]
  /** Victims identified in the opening year, by origin. */
  victims: Origin[]
  status: 'OPEN' | 'REFERRED' | 'CLOSED'
}

/** Share of a year's prosecutions drawn from cases opened the year before. */
const CARRY_SHARE = 0.3
const UNCHARGED_OFFENCE: ReadonlyArray<readonly [OffenceKey, number]> = [
  ['THB', 0.45],
  ['FACILITATION', 0.2],
  ['PROSTITUTION', 0.25],
  ['OTHER', 0.1],
]
const ARREST_WEIGHT: Record<OffenceKey, number> = {
  THB: 4,
  FACILITATION: 2.5,
  PROSTITUTION: 1.2,
  OTHER: 1.5,
}
const VICTIM_WEIGHT: Record<OffenceKey, number> = {
  THB: 3,
  FACILITATION: 1,
  PROSTITUTION: 0,
  OTHER: 0,
}
const MAX_ARRESTS = 12

/** Split `total` over items in proportion to weights (largest remainder), respecting caps. */
function apportion(total: number, weights: number[], cap = Infinity): number[] {
  const out = weights.map(() => 0)
  let left = total
  while (left > 0) {
    const open = weights.map((w, i) => (w > 0 && (out[i] ?? 0) < cap ? w : 0))
    const sumW = open.reduce((a, b) => a + b, 0)
    if (sumW === 0) break
    const share = open.map((w) => (w / sumW) * left)
    const given = share.map((s, i) => Math.min(Math.floor(s), cap - (out[i] ?? 0)))
    let handed = 0
    given.forEach((g, i) => {
      out[i] = (out[i] ?? 0) + g
      handed += g
    })
    // Hand out the rest one by one, largest fractional share first (index breaks ties).
    const order = share
      .map((s, i) => [s - Math.floor(s), i] as const)
      .filter(([, i]) => (open[i] ?? 0) > 0)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    for (const [, i] of order) {
      if (handed >= left) break
      if ((out[i] ?? 0) >= cap) continue
      out[i] = (out[i] ?? 0) + 1
      handed++
    }
    if (handed === 0) break
    left -= handed
  }
  return out
}

export function planCases(seed: number, scale: number): CasePlan[] {
  const rng = new Rng(seed, 0x9a11)
  const cases: CasePlan[] = []
  const byYear = new Map<number, CasePlan[]>()
  for (const year of YEARS) {
    const list: CasePlan[] = []
    for (let seq = 1; seq <= scaledTargets(year, scale).investigations; seq++) {
      list.push({
        index: cases.length + list.length,
        year,
        seq,
        offence: 'OTHER',
        prosecutedIn: null,
        arrests: 0,
        convictionYears: [],
        victims: [],
        status: 'OPEN',
      })
    }
    cases.push(...list)
    byYear.set(year, list)
  }

  // Prosecutions: part from last year's uncharged cases, the rest from this year's.
  let carry: CasePlan[] = []
  for (const year of YEARS) {
    const t = scaledTargets(year, scale)
    const fresh = rng.shuffle([...(byYear.get(year) ?? [])])
    const total = OFFENCE_KEYS.reduce((s, k) => s + t.prosecutions[k], 0)
    const old = Math.min(
      carry.length,
      Math.max(Math.round(total * CARRY_SHARE), total - fresh.length),
    )
    const taken = [...carry.slice(0, old), ...fresh.slice(0, Math.min(fresh.length, total - old))]
    const offences = rng.shuffle(
      OFFENCE_KEYS.flatMap((k) => Array<OffenceKey>(t.prosecutions[k]).fill(k)),
    )
    taken.forEach((c, i) => {
      c.prosecutedIn = year
      c.offence = offences[i] ?? 'THB'
    })
    for (const c of carry.slice(old)) c.offence = rng.weighted(UNCHARGED_OFFENCE)
    carry = fresh.slice(taken.length - old)
  }
  for (const c of carry) c.offence = rng.weighted(UNCHARGED_OFFENCE)

  for (const year of YEARS) {
    const t = scaledTargets(year, scale)
    const list = byYear.get(year) ?? []
    // Arrests: weighted by offence, with noise so case sizes vary.
    const arrests = apportion(
      t.arrests,
      list.map((c) => ARREST_WEIGHT[c.offence] * (0.4 + rng.next() * 1.6)),
      MAX_ARRESTS,
    )
    list.forEach((c, i) => (c.arrests = arrests[i] ?? 0))
    // Victims: same-origin victims stay together, as one group usually recruits in one place.
    const origins = (Object.keys(t.victimsByOrigin) as Origin[]).flatMap((o) =>
      Array<Origin>(t.victimsByOrigin[o]).fill(o),
    )
    const order = rng.shuffle([...list])
    const counts = apportion(
      origins.length,
      order.map((c) => VICTIM_WEIGHT[c.offence] * (0.3 + rng.next() * 1.7)),
    )
    let next = 0
    order.forEach((c, i) => {
      const n = counts[i] ?? 0
      c.victims = origins.slice(next, next + n)
      next += n
    })
  }

  // Convictions: of persons arrested in cases filed last year first, then this year.
  for (const year of YEARS) {
    let left = scaledTargets(year, scale).convictions
    const pool = [
      ...rng.shuffle(cases.filter((c) => c.prosecutedIn === year - 1)),
      ...rng.shuffle(cases.filter((c) => c.prosecutedIn === year)),
    ]
    while (left > 0) {
      let given = 0
      for (const c of pool) {
        if (left === 0) break
        if (c.convictionYears.length >= c.arrests) continue
        c.convictionYears.push(year)
        left--
        given++
      }
      if (given === 0) break
    }
  }

  const lastYear = YEARS[YEARS.length - 1] ?? 2019
  for (const c of cases) {
    if (c.convictionYears.length > 0) c.status = 'CLOSED'
    else if (c.prosecutedIn !== null) c.status = 'REFERRED'
    else c.status = c.year >= lastYear - 1 ? 'OPEN' : 'CLOSED'
  }
  return cases
}
