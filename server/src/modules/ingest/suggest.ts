import { columnSlots, type ColumnSlot, type Mapping } from './mapping.ts'
import type { Table } from './source-file.ts'
import { TIME_OFFSET } from './dates.ts'
import {
  looksLikePhone,
  parsePhone,
  parseSubscriberId,
  parseValue,
  type ParseOptions,
  type ValueType,
} from './values.ts'

/**
 * What the wizard should ask about a bound column's values: time_offsets (plain numbers counted
 * from a start the file does not give: the person chooses the start and unit), excel_serials
 * (day numbers read as dates: worth a look), subscriber_ids (a phone column of operator ids).
 */
export type SlotHint = 'time_offsets' | 'excel_serials' | 'subscriber_ids' | null

export interface SlotSuggestion extends ColumnSlot {
  /** The file's header suggested for this column, or null when none fits. */
  header: string | null
  /** 0..1: how sure the suggestion is. */
  confidence: number
  /** Why: the header's name, one of the mapping's aliases, or the values in the column. */
  reason: 'name' | 'alias' | 'similar' | 'values' | null
  hint?: SlotHint
}

export interface MappingFit {
  slots: SlotSuggestion[]
  /**
   * How well the mapping suits the file: the required columns that found a header, each
   * counting 1 when found by name, 0.75 by telling values (phones, written dates) and 0.5 by
   * plain numbers alone (which could be anything).
   */
  fit: number
  parse: ParseOptions
}

const norm = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
// camelCase headers (nameOrig, callerNumber) are words too.
const words = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)

/** Types whose values tell a column apart; plain text says nothing. */
const TELLING: ReadonlySet<ValueType> = new Set([
  'integer',
  'number',
  'date',
  'datetime',
  'duration',
  'phone',
  'currency',
])

function nameScore(
  slot: string,
  aliases: string[],
  header: string,
): [number, SlotSuggestion['reason']] {
  const h = norm(header)
  if (!h) return [0, null]
  if (h === norm(slot)) return [1, 'name']
  if (aliases.some((a) => norm(a) === h)) return [0.95, 'alias']
  const hw = new Set(words(header))
  const shared = [slot, ...aliases].some((a) => {
    const aw = words(a)
    return aw.length > 0 && aw.every((w) => hw.has(w))
  })
  return shared ? [0.6, 'similar'] : [0, null]
}

/** How a column's sample cells read as one type. */
interface Shape {
  filled: number
  /** Share read as the type (under any date order or decimal separator the file may use). */
  share: number
  /** Share refused only for looking like time offsets (dates), or read as bare ids (phones). */
  offsets: number
  ids: number
  /** Share read as Excel serial days. */
  serials: number
  /** Every value read was a bare number (an id, a count, Unix time): says little by itself. */
  plain: boolean
  /** Every value read was a whole number: ids and counts, not amounts. */
  whole: boolean
}

const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/
const NUMERIC: ReadonlySet<ValueType> = new Set(['integer', 'number', 'duration'])
const ORDERS = ['DMY', 'MDY', 'YMD'] as const

function shapeOf(type: ValueType, cells: string[], opts: ParseOptions): Shape {
  const filled = cells.map((c) => c.trim()).filter(Boolean)
  let read = 0
  let offsets = 0
  let ids = 0
  let serials = 0
  let plain = true
  let whole = true
  for (const c of filled) {
    let r = parseValue(type, c, opts)
    if (!r.ok && (type === 'date' || type === 'datetime'))
      for (const dateOrder of ORDERS) if (!r.ok) r = parseValue(type, c, { ...opts, dateOrder })
    if (!r.ok && (type === 'number' || type === 'integer'))
      r = parseValue(type, c, { ...opts, decimal: opts.decimal === ',' ? '.' : ',' })
    // A suggestion wants a number in an allocated range: national ids are "possible" numbers.
    const ok = type === 'phone' ? looksLikePhone(c, opts.country) : r.ok
    if (ok) {
      read++
      // A bare number says little: an amount, a duration, an id, Unix time or an Excel day.
      const bare = PLAIN_NUMBER.test(c) && (NUMERIC.has(type) || (r.ok && r.note !== undefined))
      if (!bare) plain = false
      if (r.ok && typeof r.value === 'number' && !Number.isInteger(r.value)) whole = false
      if (r.ok && r.note?.startsWith('Excel')) serials++
    } else if (!r.ok && r.reason === TIME_OFFSET) offsets++
    else if (type === 'phone' && !parsePhone(c, opts.country) && parseSubscriberId(c)) ids++
  }
  const n = filled.length || 1
  return {
    filled: filled.length,
    share: read / n,
    offsets: offsets / n,
    ids: ids / n,
    serials: serials / n,
    plain: read > 0 && plain,
    whole: read > 0 && whole,
  }
}

/**
 * A slot and a header: by name (scaled by how many values fit, values that need a choice, such
 * as offsets or bare ids, fitting half), or by values alone. Values alone bind a column only
 * when nearly all of them read, never a column of whole numbers to an amount (ids 0–846 are not
 * amounts) nor bare numbers to a date, and less surely when they are bare numbers.
 */
function pairScore(type: ValueType, byName: number, s: Shape): number {
  const partial = type === 'phone' ? s.ids : type === 'date' || type === 'datetime' ? s.offsets : 0
  if (byName > 0) return byName * (0.5 + 0.5 * Math.min(1, s.share + partial / 2))
  if (s.share < 0.9) return 0
  if (type === 'number' && s.whole) return 0
  // Ids and counts read as Excel days or Unix time too: a date needs a written form or a name.
  if ((type === 'date' || type === 'datetime') && s.plain) return 0
  return s.plain ? 0.3 : 0.4
}

function hintOf(type: string, s: Shape, opts: ParseOptions): SlotHint {
  if (!s.filled) return null
  if ((type === 'date' || type === 'datetime') && !opts.epoch && s.offsets >= 0.5)
    return 'time_offsets'
  if ((type === 'date' || type === 'datetime') && s.serials >= 0.5) return 'excel_serials'
  if (type === 'phone' && s.ids >= 0.5) return 'subscriber_ids'
  return null
}

const count = (cells: string[], re: RegExp) => cells.filter((c) => re.test(c)).length

/**
 * How the file writes dates and amounts, from its first rows: more days above 12 in first place
 * means DMY, in second place MDY; otherwise year-first or compact dates (20191231) mean YMD.
 * Month names say nothing about the order (their place decides how each reads). 1,234.56 or
 * 12.50 mean a decimal point, 1.234,56 or 12,50 a decimal comma. Otherwise the mapping's own.
 * A start for time offsets is never guessed: the slot's hint asks for it.
 */
export function guessParse(
  m: Mapping,
  table: Pick<Table, 'headers' | 'rows'>,
  bound: Map<string, number>,
): ParseOptions {
  const parse = { ...m.parse }
  const cellsOf = (types: string[]) =>
    columnSlots(m)
      .filter((s) => types.includes(s.type) && bound.has(s.column))
      .flatMap((s) => table.rows.map((r) => (r.cells[bound.get(s.column)!] ?? '').trim()))
      .filter(Boolean)
  const dates = cellsOf(['date', 'datetime'])
  const dmy = count(dates, /^(1[3-9]|2\d|3[01])[-./]\s?\d{1,2}[-./]/)
  const mdy = count(dates, /^\d{1,2}[-./]\s?(1[3-9]|2\d|3[01])[-./]/)
  const ymd = count(dates, /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{8}([T\s]?\d{4}(\d{2})?)?$)/i)
  if (dmy || mdy) parse.dateOrder = dmy >= mdy ? 'DMY' : 'MDY'
  else if (ymd) parse.dateOrder = 'YMD'
  // Currencies, signs and brackets off both ends: 1.534,24 € reads as 1.534,24.
  const amounts = cellsOf(['number']).map((a) => a.replace(/^[^\d.,]+|[^\d]+$/g, ''))
  const point = count(amounts, /(^\d{1,3}([, ]\d{3})+\.\d+$|^\d+\.\d{1,2}$)/)
  const comma = count(amounts, /(^\d{1,3}([. ]\d{3})+,\d+$|^\d+,\d{1,2}$)/)
  if (point > comma) parse.decimal = '.'
  else if (comma > point) parse.decimal = ','
  return parse
}

/**
 * Which of the file's headers holds each column the mapping reads. Headers are scored by name
 * (equal, one of the mapping's aliases, or sharing its words) and, for typed columns, by the
 * shapes of the sample values (pairScore); the best pairs are taken first and each header is
 * used once. Suggestions are proposals: the person confirms or changes every one.
 */
export function suggestColumns(m: Mapping, table: Pick<Table, 'headers' | 'rows'>): MappingFit {
  const slots = columnSlots(m)
  const sample = table.rows.slice(0, 50)
  const cells = table.headers.map((_, i) => sample.map((r) => r.cells[i] ?? ''))
  const shapes = new Map<string, Shape>()
  const shape = (type: ValueType, hi: number, opts: ParseOptions) => {
    const key = `${type}|${hi}|${opts.epoch}`
    let s = shapes.get(key)
    if (!s) shapes.set(key, (s = shapeOf(type, cells[hi]!, opts)))
    return s
  }
  const pairs: Array<{
    slot: number
    header: number
    score: number
    reason: SlotSuggestion['reason']
  }> = []
  slots.forEach((s, si) => {
    const type = s.type as ValueType
    table.headers.forEach((h, hi) => {
      const [byName, reason] = nameScore(
        s.column,
        Object.hasOwn(m.aliases, s.column) ? m.aliases[s.column]! : [],
        h,
      )
      if (!TELLING.has(type)) {
        if (byName > 0) pairs.push({ slot: si, header: hi, score: byName, reason })
        return
      }
      const score = pairScore(type, byName, shape(type, hi, m.parse))
      if (score > 0)
        pairs.push({ slot: si, header: hi, score, reason: byName > 0 ? reason : 'values' })
    })
  })
  pairs.sort((a, b) => b.score - a.score || a.slot - b.slot || a.header - b.header)
  const taken = new Set<number>()
  const chosen = new Map<number, (typeof pairs)[number]>()
  for (const p of pairs) {
    if (chosen.has(p.slot) || taken.has(p.header)) continue
    chosen.set(p.slot, p)
    taken.add(p.header)
  }
  const bound = new Map(
    [...chosen].map(([si, p]) => [slots[si]!.column, p.header] as [string, number]),
  )
  const parse = guessParse(m, table, bound)
  const credit = new Map<number, number>()
  const out: SlotSuggestion[] = slots.map((s, si) => {
    const p = chosen.get(si)
    if (!p) return { ...s, header: null, confidence: 0, reason: null, hint: null }
    const type = s.type as ValueType
    const sh = TELLING.has(type) ? shape(type, p.header, parse) : null
    credit.set(si, p.reason !== 'values' ? 1 : sh?.plain ? 0.5 : 0.75)
    return {
      ...s,
      header: table.headers[p.header]!,
      confidence: Math.round(p.score * 100) / 100,
      reason: p.reason,
      hint: sh ? hintOf(type, sh, parse) : null,
    }
  })
  const required = slots.map((s, si) => [s, si] as const).filter(([s]) => s.required)
  const fit = required.length
    ? required.reduce((sum, [, si]) => sum + (credit.get(si) ?? 0), 0) / required.length
    : 1
  return { slots: out, fit: Math.round(fit * 1000) / 1000, parse }
}
