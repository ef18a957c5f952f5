import { foldToken, nationalForms, phoneticKey } from '@htwb/graph'

/**
 * Finding protected identities in free text: the names of protected persons and the numbers that
 * identify them (their identity documents, their phones, their accounts), spelled as people
 * write them. A name is found by its phonetic tokens (graph/src/names.ts: Cyrillic or Latin,
 * with or without diacritics, Albanian or Serbian spelling, any case), as the full name, first
 * and last name in either order ("Krasniqi, Elira") or an alias; a number by its letters and
 * digits whatever the separators ("+383 44 123 456", "044/123-456").
 */

/** Whom a mention names: a protected person, or a phone or asset that identifies one. */
export interface Subject {
  id: string
  /** What a viewer without the clearance reads in its place, e.g. "Victim 3FA2C1". */
  label: string
  /** The protected persons it identifies: the person, or the users of the phone. */
  personIds: string[]
}

export interface Mention {
  start: number
  end: number
  subject: number
  /** Found by name (persons) rather than by number: only names have namesakes. */
  byName: boolean
}

interface Token {
  start: number
  end: number
  raw: string
}

interface NameNeedle {
  keys: string[]
  subject: number
  /** A name of two or more tokens may be inflected; a lone alias must match exactly. */
  inflected: boolean
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu
/** Between two tokens of one name: a space, "Krasniqi, Elira", a hyphen, an apostrophe. */
const NAME_GAP = /^\s*[,.\-–'’]?\s*$/u
/** Between the parts of one number or document: spaces, dashes, slashes, dots, brackets. */
const CODE_GAP = /^[\s\-./()+]{1,3}$/u
/** Longest run of tokens a number may be split into ("+383 44 123 456" is four). */
const CODE_TOKENS = 8
/** A lone alias shorter than this would blank ordinary words. */
const MIN_SINGLE = 4
/** Numbers and documents need a digit and this many characters: shorter ones are not unique. */
const MIN_CODE = 6

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    raw: m[0],
  }))
}

// Keys of the same words come back on every read (event names, descriptions): cached.
const MAX_CACHED = 100_000
const keys = new Map<string, string>()
const folds = new Map<string, string>()
function cached(cache: Map<string, string>, raw: string, f: (s: string) => string): string {
  let v = cache.get(raw)
  if (v === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear()
    v = f(raw)
    cache.set(raw, v)
  }
  return v
}
const keyOf = (raw: string) => cached(keys, raw, phoneticKey)
const foldOf = (raw: string) => cached(folds, raw, foldToken)

/**
 * Whether a token of a text spells a token of a name. Beyond the same phonetic key, a token of a
 * full name of five letters or more may carry an ending, since Albanian and Serbian inflect names
 * ("Krasniqit", "Mimozës", "Mimozom"): the stem without its final vowel, then up to three letters.
 * This errs towards withholding: "Jovan" is taken for "Jovana".
 */
export function spells(nameKey: string, textKey: string, inflected: boolean): boolean {
  if (nameKey === textKey) return true
  if (!inflected || nameKey.length < 5) return false
  const stem = /[aeiou]$/.test(nameKey) ? nameKey.slice(0, -1) : nameKey
  return (
    textKey.startsWith(stem) &&
    textKey.length - stem.length <= 3 &&
    /^[a-z]*$/.test(textKey.slice(stem.length))
  )
}

const bucket = (key: string) => key.slice(0, 4)

export class MentionMatcher {
  private readonly names = new Map<string, NameNeedle[]>()
  private readonly codes = new Map<string, number>()
  /** The first one to four characters of every code: most words start none, and are skipped. */
  private readonly codeStarts = new Set<string>()
  private maxCode = 0
  readonly subjects: Subject[] = []

  /** Registers whom later names and codes point to; returns its number. */
  subject(s: Subject): number {
    return this.subjects.push(s) - 1
  }

  /** A form of a subject's name: all its tokens must appear, in this order. */
  name(subject: number, form: string | null | undefined): void {
    const keys = tokenize(form ?? '')
      .map((t) => keyOf(t.raw))
      .filter(Boolean)
    if (!keys.length || (keys.length === 1 && keys[0]!.length < MIN_SINGLE)) return
    const list = this.names.get(bucket(keys[0]!)) ?? []
    const same = (n: NameNeedle) => n.subject === subject && n.keys.join(' ') === keys.join(' ')
    if (list.some(same)) return
    list.push({ keys, subject, inflected: keys.length > 1 })
    this.names.set(bucket(keys[0]!), list)
  }

  /** An identity-document number, account number, IMEI, plate: matched whole, any separators. */
  code(subject: number, value: string | null | undefined): void {
    const tokens = tokenize(value ?? '').map((t) => foldOf(t.raw))
    const forms = [tokens.join(''), ...tokens.filter((t) => t.length >= MIN_CODE)]
    for (const f of forms) this.addCode(subject, f)
  }

  /** A phone number in E.164 form, also as dialled from abroad (00…) and at home (0…). */
  phone(subject: number, number: string | null | undefined): void {
    const digits = (number ?? '').replace(/\D/g, '')
    if (!digits) return
    for (const f of [digits, `00${digits}`, ...nationalForms(digits)]) this.addCode(subject, f)
  }

  private addCode(subject: number, form: string): void {
    if (form.length < MIN_CODE || !/\d/.test(form) || this.codes.has(form)) return
    this.codes.set(form, subject)
    for (let n = 1; n <= 4; n++) this.codeStarts.add(form.slice(0, n))
    this.maxCode = Math.max(this.maxCode, form.length)
  }

  get size(): number {
    return this.subjects.length
  }

  /** Every mention in a text, leftmost and longest first, none overlapping. */
  find(text: string): Mention[] {
    if (!this.subjects.length || !text) return []
    const tokens = tokenize(text)
    const found: Mention[] = []
    for (let i = 0; i < tokens.length; i++) {
      const best = this.longestAt(text, tokens, i)
      if (!best) continue
      found.push({ start: tokens[i]!.start, end: tokens[best.last]!.end, ...best.what })
      i = best.last
    }
    return found
  }

  private longestAt(text: string, tokens: Token[], i: number) {
    let best: { last: number; what: { subject: number; byName: boolean } } | null = null
    const take = (last: number, subject: number, byName: boolean) => {
      if (!best || last > best.last) best = { last, what: { subject, byName } }
    }
    const key = keyOf(tokens[i]!.raw)
    for (const needle of this.names.get(bucket(key)) ?? []) {
      const last = this.nameEndsAt(text, tokens, i, needle)
      if (last >= 0) take(last, needle.subject, true)
    }
    if (!this.codeStarts.has(foldOf(tokens[i]!.raw).slice(0, 4))) return best
    let joined = ''
    for (let j = i; j < tokens.length && j < i + CODE_TOKENS; j++) {
      if (j > i && !CODE_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break
      joined += foldOf(tokens[j]!.raw)
      if (joined.length > this.maxCode) break
      const subject = this.codes.get(joined)
      if (subject !== undefined) take(j, subject, false)
    }
    return best as { last: number; what: { subject: number; byName: boolean } } | null
  }

  /**
   * The index of the last token of `needle` read from token `i`, or -1. One token may stand
   * between two parts of the name if it is bracketed or an initial, as Albanian records give the
   * father's name: "Elira (Agim) Krasniqi", "Elira A. Krasniqi".
   */
  private nameEndsAt(text: string, tokens: Token[], i: number, needle: NameNeedle): number {
    const gap = (a: number) =>
      tokens[a + 1] ? text.slice(tokens[a]!.end, tokens[a + 1]!.start) : ''
    const bracketed = (p: number) => /^\s*\(\s*$/.test(gap(p - 1)) && /^\s*\)\s*$/.test(gap(p))
    const initial = (p: number) => tokens[p]!.raw.length === 1 && /^\.\s*$/.test(gap(p))
    let pos = i
    for (let k = 0; k < needle.keys.length; k++, pos++) {
      if (k > 0 && pos < tokens.length) {
        const plain = NAME_GAP.test(gap(pos - 1))
        if (!plain && bracketed(pos)) pos++
        else if (!plain) return -1
        else if (
          !spells(needle.keys[k]!, keyOf(tokens[pos]!.raw), needle.inflected) &&
          initial(pos)
        )
          pos++
      }
      const t = tokens[pos]
      if (!t || !spells(needle.keys[k]!, keyOf(t.raw), needle.inflected)) return -1
    }
    return pos - 1
  }
}

/** The text with each mention replaced by its subject's label. */
export function replaceMentions(
  text: string,
  mentions: Mention[],
  labelOf: Subject[] | ((subject: number) => string),
): string {
  const label = (s: number) => (typeof labelOf === 'function' ? labelOf(s) : labelOf[s]!.label)
  let out = ''
  let at = 0
  for (const m of mentions) {
    out += text.slice(at, m.start) + label(m.subject)
    at = m.end
  }
  return out + text.slice(at)
}
