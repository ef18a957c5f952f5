import { columnSlots, type ColumnSlot, type Mapping } from './mapping.ts'
import type { Table } from './source-file.ts'
import { parseValue, type ParseOptions, type ValueType } from './values.ts'

export interface SlotSuggestion extends ColumnSlot {
  /** The file's header suggested for this column, or null when none fits. */
  header: string | null
  /** 0..1: how sure the suggestion is. */
  confidence: number
  /** Why: the header's name, one of the mapping's aliases, or the values in the column. */
  reason: 'name' | 'alias' | 'similar' | 'values' | null
}

export interface MappingFit {
  slots: SlotSuggestion[]
  /** Share of the required columns that found a header: how well the mapping suits the file. */
  fit: number
  parse: ParseOptions
}

const norm = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
const words = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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

/** Share of the sample's non-empty cells in a column that read as the type. */
function valueScore(type: ValueType, cells: string[], opts: ParseOptions): number {
  const filled = cells.filter((c) => c.trim())
  if (!filled.length) return 0
  return filled.filter((c) => parseValue(type, c.trim(), opts).ok).length / filled.length
}

/**
 * How the file writes dates and amounts, from its first rows: a day above 12 in first place
 * means DMY, in second MDY; 1,234.56 means a decimal point. Otherwise the mapping's own.
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
  if (dates.some((d) => /^\d{4}[-./]\d{1,2}[-./]\d{1,2}/.test(d))) parse.dateOrder = 'YMD'
  else if (dates.some((d) => /^(1[3-9]|2\d|3[01])[-./]\d{1,2}[-./]/.test(d)))
    parse.dateOrder = 'DMY'
  else if (dates.some((d) => /^\d{1,2}[-./](1[3-9]|2\d|3[01])[-./]/.test(d)))
    parse.dateOrder = 'MDY'
  const amounts = cellsOf(['number'])
  if (amounts.some((a) => /\d,\d{3}\.\d{1,2}$/.test(a) || /^-?\d+\.\d{1,2}$/.test(a)))
    parse.decimal = '.'
  else if (amounts.some((a) => /\d\.\d{3},\d{1,2}$/.test(a) || /^-?\d+,\d{1,2}$/.test(a)))
    parse.decimal = ','
  return parse
}

/**
 * Which of the file's headers holds each column the mapping reads. Headers are scored by name
 * (equal, one of the mapping's aliases, or sharing its words) and, for typed columns, by how
 * many sample values read as that type; the best pairs are taken first and each header is used
 * once. Suggestions are proposals: the person confirms or changes every one.
 */
export function suggestColumns(m: Mapping, table: Pick<Table, 'headers' | 'rows'>): MappingFit {
  const slots = columnSlots(m)
  const sample = table.rows.slice(0, 50)
  const cells = table.headers.map((_, i) => sample.map((r) => r.cells[i] ?? ''))
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
      const byValue = valueScore(type, cells[hi]!, m.parse)
      // A header that names the column but whose values do not fit is doubtful, and values
      // alone (two phone columns) cannot say which is which: both count.
      const score = byName > 0 ? byName * (0.5 + 0.5 * byValue) : byValue >= 0.9 ? 0.4 : 0
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
  const out: SlotSuggestion[] = slots.map((s, si) => {
    const p = chosen.get(si)
    return p
      ? {
          ...s,
          header: table.headers[p.header]!,
          confidence: Math.round(p.score * 100) / 100,
          reason: p.reason,
        }
      : { ...s, header: null, confidence: 0, reason: null }
  })
  const required = out.filter((s) => s.required)
  const fit = required.length ? required.filter((s) => s.header).length / required.length : 1
  const bound = new Map(
    out.filter((s) => s.header).map((s) => [s.column, table.headers.indexOf(s.header!)]),
  )
  return { slots: out, fit, parse: guessParse(m, table, bound) }
}
