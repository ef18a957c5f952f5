import { foldToken, phoneticKey } from '@htwb/graph'

/**
 * How alike two records of one kind are, from what the blocking query found. Pure: no database,
 * so the weights can be read and tested here. Reasons carry stable codes the client translates.
 */

export type ReasonCode =
  | 'NAME_SAME_KEY'
  | 'NAME_SIMILAR'
  | 'NAME_DIFFERENT'
  | 'BIRTH_DATE_SAME'
  | 'BIRTH_DATE_CONFLICT'
  | 'PHONE_SHARED'
  | 'IDENTIFIER_SAME'
  | 'IDENTIFIER_CONFLICT'
  | 'ADDRESS_SHARED'
  | 'ASSET_SHARED'

export interface Reason {
  code: ReasonCode
  /** Shared phones, addresses or assets; the name similarity in percent for NAME_SIMILAR. */
  count?: number
}

/** One side of a pair: names, birth date and identifiers as stored (plain values). */
export interface Side {
  name: string
  aliases?: readonly string[] | null
  dateOfBirth?: string | null
  /** Person identifiers ("PN 1234567890"), an organisation's registration number, an IBAN. */
  identifiers?: readonly string[] | null
}

/** Links both ends have to the same node, counted by the blocking query. */
export interface Shared {
  phones?: number
  addresses?: number
  assets?: number
}

export interface Score {
  score: number
  reasons: Reason[]
}

// Evidence for the same record, each on its own; combined as independent evidence (noisy-OR).
const FOR: Partial<Record<ReasonCode, number>> = {
  NAME_SAME_KEY: 0.6,
  BIRTH_DATE_SAME: 0.3,
  PHONE_SHARED: 0.5,
  IDENTIFIER_SAME: 0.9,
  ADDRESS_SHARED: 0.25,
  ASSET_SHARED: 0.5,
}
/** A similar (not equal) name counts this much at full similarity, scaled down below it. */
const NAME_SIMILAR_WEIGHT = 0.45
/** Evidence against: multiplies the score. Two birth dates or id numbers of one type disagree. */
const AGAINST: Partial<Record<ReasonCode, number>> = {
  BIRTH_DATE_CONFLICT: 0.15,
  IDENTIFIER_CONFLICT: 0.15,
  NAME_DIFFERENT: 0.5,
}
/** Below this token similarity two names are different, not variants. */
export const NAME_SIMILAR_MIN = 0.8

const tokens = (s: string) =>
  s
    .split(/[\s\-_/.,;:()]+/)
    .map(phoneticKey)
    .filter((t) => t.length > 0 && !/^\d+$/.test(t))

/** Levenshtein similarity of two keys, 0..1. */
function similarity(a: string, b: string): number {
  if (a === b) return 1
  // An initial ("A. Krasniqi") stands for any name it begins.
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return 0.9
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number
      prev[j] = Math.min(
        up + 1,
        (prev[j - 1] as number) + 1,
        diag + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      diag = up
    }
  }
  return 1 - (prev[b.length] as number) / Math.max(a.length, b.length)
}

/**
 * Similarity of two names as token sets, order-free ("Krasniqi Arben" = "Arben Krasniqi"): each
 * token of the shorter name is matched to its closest in the longer one; a missing middle name
 * costs a little, not everything.
 */
export function nameSimilarity(a: string, b: string): number {
  const [short, long] = [tokens(a), tokens(b)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ]
  if (!short.length) return 0
  const best = short.map((t) => Math.max(...long.map((u) => similarity(t, u))))
  const mean = best.reduce((s, v) => s + v, 0) / best.length
  return mean * (1 - 0.05 * (long.length - short.length))
}

/** The same phonetic keys in any order: one name in Albanian, Serbian Latin or Cyrillic. */
export function sameNameKey(a: string, b: string): boolean {
  const ka = tokens(a).sort().join(' ')
  return ka.length > 0 && ka === tokens(b).sort().join(' ')
}

const namesOf = (s: Side) => [s.name, ...(s.aliases ?? [])].filter((n) => n.trim())

function nameReason(a: Side, b: Side): Reason {
  let best = 0
  for (const x of namesOf(a))
    for (const y of namesOf(b)) {
      if (sameNameKey(x, y)) return { code: 'NAME_SAME_KEY' }
      best = Math.max(best, nameSimilarity(x, y))
    }
  return best >= NAME_SIMILAR_MIN
    ? { code: 'NAME_SIMILAR', count: Math.round(best * 100) }
    : { code: 'NAME_DIFFERENT' }
}

/** "JMBG 0101990…", "PN 1…": the type prefix (if any) and the value without spacing or case. */
export function identifierParts(raw: string): { type: string | null; value: string } {
  const m = /^([A-Za-z]{2,5})\s+(.*\d.*)$/.exec(raw.trim())
  const norm = (s: string) => foldToken(s).toUpperCase()
  return m
    ? { type: (m[1] as string).toUpperCase(), value: norm(m[2] as string) }
    : { type: null, value: norm(raw) }
}

function identifierReasons(a: Side, b: Side): Reason[] {
  const pa = (a.identifiers ?? []).map(identifierParts).filter((p) => p.value)
  const pb = (b.identifiers ?? []).map(identifierParts).filter((p) => p.value)
  if (pa.some((x) => pb.some((y) => x.value === y.value))) return [{ code: 'IDENTIFIER_SAME' }]
  // Different numbers of one document type (or two untyped numbers) cannot both be right.
  const conflict = pa.some((x) => pb.some((y) => x.type === y.type))
  return conflict ? [{ code: 'IDENTIFIER_CONFLICT' }] : []
}

/** Scores a candidate pair: 0 (surely different) … 1 (surely the same), with its reasons. */
export function scorePair(a: Side, b: Side, shared: Shared = {}): Score {
  const reasons: Reason[] = [nameReason(a, b)]
  if (a.dateOfBirth && b.dateOfBirth)
    reasons.push({
      code: a.dateOfBirth === b.dateOfBirth ? 'BIRTH_DATE_SAME' : 'BIRTH_DATE_CONFLICT',
    })
  reasons.push(...identifierReasons(a, b))
  if (shared.phones) reasons.push({ code: 'PHONE_SHARED', count: shared.phones })
  if (shared.addresses) reasons.push({ code: 'ADDRESS_SHARED', count: shared.addresses })
  if (shared.assets) reasons.push({ code: 'ASSET_SHARED', count: shared.assets })

  let against = 1
  let unexplained = 1
  for (const r of reasons) {
    against *= AGAINST[r.code] ?? 1
    const weight =
      r.code === 'NAME_SIMILAR' ? NAME_SIMILAR_WEIGHT * ((r.count ?? 0) / 100) : (FOR[r.code] ?? 0)
    unexplained *= 1 - weight
  }
  const score = Math.round((1 - unexplained) * against * 1000) / 1000
  return { score, reasons }
}
