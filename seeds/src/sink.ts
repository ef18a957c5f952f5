/**
 * Record builders: ids, the stored shape (name, searchText, version, provenance, kind props) and
 * provenance derived from the Source a fact came from.
 */
import {
  ID_PREFIX,
  LINK_ENDS,
  type Provenance,
  searchText,
  type EntityKind,
  type LinkKind,
  type LinkRecord,
  type NodeRecord,
  type StoredProps,
} from '@htwb/graph'
import { isoDateTime } from './dates.ts'

import type { Rng } from './random.ts'

const KIND_BY_PREFIX = new Map(Object.entries(ID_PREFIX).map(([k, p]) => [p, k as EntityKind]))

/**
 * The same result as searchText(values), faster. searchText over several values is the ordered,
 * de-duplicated union over each value, and for a value without digits, over each word (the
 * digit rules join words). Words repeat endlessly (names, places), so their keys are memoized.
 */
const SEPARATORS = /[\s\-_/.,;:()]+/
const wordKeys = new Map<string, string[]>()
export function cachedSearchText(values: ReadonlyArray<string | null | undefined>): string {
  const tokens = new Set<string>()
  for (const value of values) {
    if (!value) continue
    if (/\d/.test(value)) {
      for (const k of searchText([value]).split(' ')) if (k) tokens.add(k)
      continue
    }
    for (const word of value.split(SEPARATORS)) {
      if (!word) continue
      let keys = wordKeys.get(word)
      if (keys === undefined) {
        keys = searchText([word]).split(' ').filter(Boolean)
        if (wordKeys.size >= 100_000) wordKeys.clear()
        wordKeys.set(word, keys)
      }
      for (const k of keys) tokens.add(k)
    }
  }
  return [...tokens].join(' ')
}

/** The kind an id was minted for, from its prefix. */
export const kindOfId = (id: string): EntityKind | undefined => KIND_BY_PREFIX.get(id.slice(0, 3))

/** Sequential ids per kind: per-000001, …; links lnk-0000001. */
export class Ids {
  private readonly counters = new Map<string, number>()
  next(prefix: string, width: number): string {
    const n = (this.counters.get(prefix) ?? 0) + 1
    this.counters.set(prefix, n)
    return `${prefix}-${String(n).padStart(width, '0')}`
  }
}

/** What a fact inherits from the Source it was taken from. */
export interface SourceRef {
  id: string
  /** Day of the source (days since epoch). */
  day: number
  reliability: string
  credibility: number
  handling: string
  recordedBy: string
}

/** Invented officer and analyst accounts; 'seed.import' marks reference data. */
export const RECORDERS = [
  'seed.import',
  'thb.analyst1',
  'thb.analyst2',
  'thb.invest.pr',
  'thb.invest.pz',
  'ilecu.desk',
] as const

export interface ProvOptions {
  validFrom?: string | null
  validTo?: string | null
  handling?: string
  /** Further sources that corroborate the fact. */
  also?: readonly SourceRef[]
}

const RELIABILITY = 'ABCDEF'

/** Provenance of a fact from a source: its grading, occasionally one step off, recorded soon after. */
export function provFrom(rng: Rng, src: SourceRef, o: ProvOptions = {}): Provenance {
  let r = RELIABILITY.indexOf(src.reliability)
  let cr = src.credibility
  if (rng.chance(0.15)) r = Math.min(5, Math.max(0, r + (rng.chance(0.5) ? 1 : -1)))
  if (rng.chance(0.2)) cr = Math.min(6, Math.max(1, cr + (rng.chance(0.5) ? 1 : -1)))
  const also = (o.also ?? []).filter((s) => s.id !== src.id)
  const recordDay = Math.max(src.day, ...also.map((s) => s.day)) + rng.int(0, 4)
  return {
    sourceIds: [src.id, ...also.map((s) => s.id)],
    reliability: RELIABILITY.charAt(r),
    credibility: cr,
    handling: o.handling ?? src.handling,
    validFrom: o.validFrom ?? null,
    validTo: o.validTo ?? null,
    recordedBy: src.recordedBy,
    recordedAt: isoDateTime(recordDay, rng.int(7 * 3600, 19 * 3600)),
  }
}

/** Collects the records of one unit of work (the reference data, or one case). */
export class Sink {
  readonly nodes: NodeRecord[] = []
  readonly links: LinkRecord[] = []

  constructor(private readonly ids: Ids) {}

  /** A fresh id, for records that must know their own id (a Source cites itself). */
  newId(kind: EntityKind): string {
    return this.ids.next(ID_PREFIX[kind], 6)
  }

  /** Adds a node; `search` holds aliases, numbers and identifiers besides the name. */
  node(
    kind: EntityKind,
    name: string,
    search: ReadonlyArray<string | null | undefined>,
    props: StoredProps,
    prov: Provenance,
    id = this.newId(kind),
  ): string {
    this.nodes.push({
      kind,
      id,
      props: {
        name,
        searchText: cachedSearchText([name, ...search]),
        version: 1,
        ...prov,
        ...props,
      },
    })
    return id
  }

  /** Adds a link; ends are checked against LINK_ENDS so a generator bug fails loudly. */
  link(kind: LinkKind, from: string, to: string, props: StoredProps, prov: Provenance): string {
    const [fromKinds, toKinds] = LINK_ENDS[kind]
    const fk = kindOfId(from)
    const tk = kindOfId(to)
    if (!fk || !tk || !fromKinds.includes(fk) || !toKinds.includes(tk)) {
      throw new Error(`${kind} may not join ${fk ?? from} → ${tk ?? to}`)
    }
    const id = this.ids.next('lnk', 7)
    this.links.push({ kind, id, from, to, props: { version: 1, ...prov, ...props } })
    return id
  }

  get size(): number {
    return this.nodes.length + this.links.length
  }
}
