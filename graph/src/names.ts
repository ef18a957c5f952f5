import type { EntityKind } from './model.ts'
import { SEARCH_PROPS } from './records.ts'

/**
 * Spelling-tolerant search keys for names across Albanian, Serbian Latin and Serbian Cyrillic.
 *
 * A name is stored as written; its search keys are derived. Each token becomes one phonetic key
 * in which spellings of the same sound meet: Albanian q, Serbian ć/č and their ASCII stand-ins
 * all become c, so "Krasniqi", "Krasnići", "Краснићи" and "Krasnici" share the key "krasnici".
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
}

export function cyrillicToLatin(text: string): string {
  let out = ''
  for (const ch of text) {
    const lower = ch.toLowerCase()
    const lat = CYRILLIC[lower]
    if (lat === undefined) out += ch
    else out += ch === lower ? lat : lat.charAt(0).toUpperCase() + lat.slice(1)
  }
  return out
}

/** Ordered rewrites to one orthography; digraphs before the letters they contain. */
const REWRITES: Array<[RegExp, string]> = [
  [/dž|dzh|xh/g, 'x'],
  [/đ|dj|gj/g, 'g'],
  [/[ćčçq]|ch|tsh/g, 'c'],
  [/š|sh/g, 's'],
  [/ž|zh/g, 'z'],
  [/dz/g, 'x'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ll/g, 'l'],
  [/rr/g, 'r'],
  [/y/g, 'i'],
  [/ë/g, 'e'],
]

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '')

/** Lowercase, transliterated, diacritics removed, only [a-z0-9]. */
export function foldToken(token: string): string {
  return stripMarks(cyrillicToLatin(token).toLowerCase().replace(/đ/g, 'dj')).replace(
    /[^a-z0-9]/g,
    '',
  )
}

/** The phonetic key of one token. */
export function phoneticKey(token: string): string {
  let s = cyrillicToLatin(token).toLowerCase()
  for (const [re, to] of REWRITES) s = s.replace(re, to)
  return stripMarks(s).replace(/[^a-z0-9]/g, '')
}

const COUNTRY_CODES = [
  '383',
  '381',
  '355',
  '389',
  '382',
  '387',
  '385',
  '386',
  '359',
  '40',
  '373',
  '380',
  '49',
  '41',
  '43',
  '39',
  '30',
  '90',
]

/** Extra tokens for an E.164 number so that a national spelling (0 44 …) finds it too. */
export function nationalForms(digits: string): string[] {
  const cc = COUNTRY_CODES.find((c) => digits.startsWith(c) && digits.length > c.length + 5)
  if (!cc) return []
  const national = digits.slice(cc.length)
  return [national, `0${national}`]
}

/** The space-separated token set stored in `searchText` for a node's names, aliases and numbers. */
export function searchText(values: ReadonlyArray<string | null | undefined>): string {
  const tokens = new Set<string>()
  for (const value of values) {
    if (!value) continue
    const parts = value.split(/[\s\-_/.,;:()]+/).filter(Boolean)
    const joined = foldToken(value)
    if (parts.length > 1 && /\d/.test(joined)) tokens.add(joined) // plates, IBANs, phone numbers
    for (const part of parts) {
      const folded = foldToken(part)
      if (!folded) continue
      tokens.add(folded)
      tokens.add(phoneticKey(part))
    }
    if (/^\+?\d[\d\s\-/]{6,}$/.test(value.trim())) {
      for (const n of nationalForms(joined)) tokens.add(n)
    }
  }
  tokens.delete('')
  return [...tokens].join(' ')
}

/**
 * A Lucene query for the full-text index from free user text. Every token is reduced to [a-z0-9],
 * so no Lucene syntax from the user survives; each token must match as a prefix (or, when long
 * enough, within one edit).
 */
export function searchQuery(text: string): string | null {
  const clauses: string[] = []
  for (const raw of text.split(/\s+/).filter(Boolean).slice(0, 8)) {
    const folded = foldToken(raw)
    const key = phoneticKey(raw)
    if (!key && !folded) continue
    const alts = new Set<string>()
    for (const t of [key, folded]) {
      if (!t) continue
      alts.add(`${t}*`)
      if (t.length >= 5 && !/^\d+$/.test(t)) alts.add(`${t}~1`)
    }
    clauses.push(`+(${[...alts].join(' OR ')})`)
  }
  return clauses.length ? clauses.join(' ') : null
}

/**
 * The token naming a node's kind inside `searchText`. It holds a colon, which user text can never
 * produce (user tokens are reduced to [a-z0-9]), so a kind filter cannot be forged or matched by
 * accident, and it lets the index filter by kind before its hit limit applies.
 */
export const kindToken = (kind: EntityKind) => `kind:${kind.toLowerCase()}`

/** Adds the kind token to a `searchText` that lacks it. */
export function withKindToken(kind: EntityKind, text: string | null | undefined): string {
  const token = kindToken(kind)
  if (!text) return token
  return text.split(' ').includes(token) ? text : `${text} ${token}`
}

/** A Lucene clause requiring one of the kinds (escaped colon). */
export function kindClause(kinds: readonly EntityKind[]): string {
  return `+(${kinds.map((k) => kindToken(k).replace(':', '\\:')).join(' OR ')})`
}

/** `searchText` for a node of a kind from its stored properties. */
export function searchTextFor(kind: EntityKind, props: Record<string, unknown>): string {
  const values: string[] = []
  for (const key of SEARCH_PROPS[kind]) {
    const v = props[key]
    if (typeof v === 'string') values.push(v)
    else if (Array.isArray(v)) values.push(...v.filter((x): x is string => typeof x === 'string'))
  }
  return withKindToken(kind, searchText(values))
}
