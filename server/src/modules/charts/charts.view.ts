import { ID_PREFIX } from '@htwb/graph'
import { appError } from '../../errors.ts'

/**
 * The client's view state (hidden kinds, groups, layout, formatting) is stored as an opaque JSON
 * document: the server does not know its fields, only that it is small, plain JSON, and that
 * any record id inside it is an id of the chart's. Reading it back, an id the viewer may not see
 * is taken out (from a list it is removed, elsewhere it reads null, as a key its entry goes), and
 * an object of a list that named ids and is left with none (a group whose members are all
 * hidden) goes with it: its label and its size would tell of what is hidden. An object that
 * lost any id of its own keeps no typed text (NEUTRAL_TEXT): a group's label is often made from
 * its anchor's name (an organisation) or its members' (a family's surname), so a label beside a
 * hidden anchor or member could name it.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export const VIEW_LIMITS = { bytes: 256 * 1024, depth: 12 } as const

const ID = new RegExp(`^(?:${[...Object.values(ID_PREFIX), 'lnk'].join('|')})-[A-Za-z0-9_-]{1,64}$`)
/** Whether a string of the view state names a record (an entity or a link). */
export const isRecordId = (s: string) => ID.test(s)

/** Keys under which the view keeps text people typed (a group's label), for the shield. */
const TEXT_KEY = /label|name|text|title|note|description|caption/i

/** What typed text reads as once its object lost a record: the client names it ("Group of 3"). */
export const NEUTRAL_TEXT = ''

/** Parses and checks a view state sent by a client; null for none. */
export function parseView(raw: string | null | undefined): Json | null {
  if (raw === null || raw === undefined || raw === '') return null
  if (Buffer.byteLength(raw, 'utf8') > VIEW_LIMITS.bytes)
    throw appError('chart/too_large', {
      field: 'input.view',
      limit: 'view',
      max: VIEW_LIMITS.bytes,
    })
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw appError('input/invalid', { field: 'input.view', reason: 'not JSON' })
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw appError('input/invalid', { field: 'input.view', reason: 'not a JSON object' })
  if (depthOf(value) > VIEW_LIMITS.depth)
    throw appError('input/invalid', { field: 'input.view', reason: 'nested too deeply' })
  return value as Json
}

function depthOf(v: unknown): number {
  if (!v || typeof v !== 'object') return 0
  const children = Array.isArray(v) ? v : Object.values(v)
  return 1 + children.reduce<number>((m, c) => Math.max(m, depthOf(c)), 0)
}

interface Pruned {
  value: Json
  /** Whether the value named a record before, and whether it still does. */
  had: boolean
  kept: boolean
  /** Whether the value itself (a string, or a list of strings) named a record that was dropped. */
  lost: boolean
}

/**
 * The view without the ids `drop` refuses, and with `rewrite` applied to every other string
 * (erasure blanks a name in a label with it).
 */
export function pruneView(
  value: Json,
  drop: (id: string) => boolean,
  rewrite: (s: string) => string = (s) => s,
): Json {
  return prune(value, drop, rewrite).value
}

function prune(v: Json, drop: (id: string) => boolean, rewrite: (s: string) => string): Pruned {
  if (typeof v === 'string') {
    if (!isRecordId(v)) return { value: rewrite(v), had: false, kept: false, lost: false }
    return drop(v)
      ? { value: null, had: true, kept: false, lost: true }
      : { value: v, had: true, kept: true, lost: false }
  }
  if (Array.isArray(v)) {
    const out: Json[] = []
    let had = false
    let kept = false
    let lost = false
    for (const item of v) {
      const p = prune(item, drop, rewrite)
      had ||= p.had
      kept ||= p.kept
      // Only ids listed here count as this list's; a group dropped from it is its own loss.
      if (typeof item === 'string') lost ||= p.lost
      const gone =
        (typeof item === 'string' && p.had && !p.kept) ||
        (item !== null && typeof item === 'object' && p.had && !p.kept)
      if (!gone) out.push(p.value)
    }
    return { value: out, had, kept, lost }
  }
  if (v && typeof v === 'object') {
    const out: { [key: string]: Json } = {}
    let had = false
    let kept = false
    let lost = false
    for (const [k, item] of Object.entries(v)) {
      // An id used as a key (formatting or positions by record) goes with its entry.
      if (isRecordId(k)) {
        had = true
        if (drop(k)) {
          lost = true
          continue
        }
        kept = true
      }
      const p = prune(item, drop, rewrite)
      had ||= p.had
      kept ||= p.kept
      if (!(item !== null && typeof item === 'object' && !Array.isArray(item))) lost ||= p.lost
      out[k] = p.value
    }
    // Text beside a record this viewer may not see may have been made from it (a group's label).
    if (lost)
      for (const [k, item] of Object.entries(out))
        if (typeof item === 'string' && TEXT_KEY.test(k) && !isRecordId(item)) out[k] = NEUTRAL_TEXT
    return { value: out, had, kept, lost: false }
  }
  return { value: v, had: false, kept: false, lost: false }
}

/** The places in the view holding typed text: the shield rewrites them as it does any text. */
export function viewTexts(
  v: Json,
  into: Array<{ obj: { [key: string]: Json }; key: string }> = [],
) {
  if (Array.isArray(v)) for (const item of v) viewTexts(item, into)
  else if (v && typeof v === 'object')
    for (const [k, item] of Object.entries(v)) {
      if (typeof item === 'string' && TEXT_KEY.test(k) && !isRecordId(item))
        into.push({ obj: v, key: k })
      else viewTexts(item, into)
    }
  return into
}
