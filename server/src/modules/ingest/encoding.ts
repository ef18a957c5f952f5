import { isAscii, isUtf8 } from 'node:buffer'
import type { EncodingGuess, TextEncoding } from '@htwb/graph/import-api'
import iconv from 'iconv-lite'

/**
 * Which text encoding a delimited file is in: a byte-order mark, UTF-16 told by its zero bytes,
 * valid UTF-8, or else the single-byte code page whose letters make the most sense. General
 * detectors (jschardet, chardet) were tried on short CSVs of the region and guessed wrong too
 * often (Windows-1250 Serbian as Windows-1254 or -1257, BOM-less UTF-16 as ISO-8859-1, a
 * German Latin-1 file as MacTurkish): they weigh dozens of code pages and languages, while the
 * files that come here are in one of eight. So this scores only those eight.
 */

type SingleByte = Exclude<TextEncoding, 'utf-8' | 'utf-16le' | 'utf-16be'>

/**
 * Equal scores with different text (a file whose only accented letter is a byte that is `č`
 * in one code page and `è` in another) go to the earlier one: this workbench's files come
 * from the region first.
 */
const SINGLE_BYTE: SingleByte[] = [
  'windows-1250',
  'iso-8859-1',
  'windows-1252',
  'iso-8859-2',
  'windows-1251',
]
/** Of the code pages that read a file as the same text, the one named (German umlauts are
 * the same bytes in all four Latin ones: that is Latin-1). */
const NAMED_FIRST: SingleByte[] = [
  'iso-8859-1',
  'windows-1252',
  'windows-1250',
  'iso-8859-2',
  'windows-1251',
]

/**
 * Letters by how often they occur in the files expected (Albanian, the Serbian/Croatian/Bosnian
 * Latin alphabet, German, French, Italian, Spanish; Nordic and Central European next), so a
 * byte that is `č` in one code page and `è` in another is told by the letters around it in the
 * file: `ć` and `đ` make Windows-1250, `à` and `æ`-free text Windows-1252.
 */
const LETTER_WEIGHT: Array<[string, number]> = [
  ['äöüßéèàçëáíóúñčćšžđ', 3],
  ['âêîôûïãìòùőűěůęąłśźżýœåø', 2],
  ['řňďťăşţõ', 1.5],
  ['æðþĺľŕÿ', 0.5],
]
/** Symbols common in exports (currency, quotes, dashes, no-break space) weigh a little. */
const COMMON_SYMBOLS = '\u00a0€–—‘’‚“”„…•°§©«»²³½£±'

type Kind = 0 /* impossible */ | 1 /* Latin letter */ | 2 /* Cyrillic letter */ | 3 /* symbol */
interface Char {
  ch: string
  kind: Kind
  weight: number
}

function weightOf(ch: string): number {
  const lower = ch.toLowerCase()
  for (const [letters, w] of LETTER_WEIGHT) if (letters.includes(lower)) return w
  return 0.25
}

function charOf(ch: string): Char {
  const code = ch.charCodeAt(0)
  // Undefined in the code page, or a C1 control: text does not hold these.
  if (ch === '\ufffd' || (code >= 0x80 && code < 0xa0)) return { ch, kind: 0, weight: -10 }
  if (/\p{Script=Cyrillic}/u.test(ch)) return { ch, kind: 2, weight: 3 }
  if (/\p{L}/u.test(ch)) return { ch, kind: 1, weight: weightOf(ch) }
  return { ch, kind: 3, weight: COMMON_SYMBOLS.includes(ch) ? 1 : 0 }
}

/** Per code page, what each byte 0x80–0xFF is. */
const TABLES = new Map(
  SINGLE_BYTE.map((enc) => {
    const bytes = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i))
    return [enc, Array.from(iconv.decode(bytes, enc), charOf)] as const
  }),
)

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)
const inWord = (b: number) => b >= 0x80 || isAsciiLetter(b)

/**
 * One word's score in one code page. A Cyrillic letter counts only in a word of Cyrillic
 * letters (Latin text read as Windows-1251 mixes scripts: "SchillerstraЯe"); a Latin word rarely
 * has three accented letters in a row (Cyrillic read as a Latin code page: "Íčęîëŕ").
 */
function wordScore(word: Buffer, table: Char[]): number {
  let ascii = false
  for (const b of word) if (b < 0x80) ascii = true
  // A lone letter is weak evidence: `€` is `Ђ` in Windows-1251.
  const lone = word.length === 1
  let score = 0
  let run = 0
  for (const b of word) {
    if (b < 0x80) {
      run = 0
      continue
    }
    const c = table[b - 0x80]!
    if (c.kind === 2) score += ascii ? -3 : lone ? 0.5 : c.weight
    else if (c.kind === 1) score += ++run > 2 ? -2 : c.weight
    else score += c.weight
    if (c.kind !== 1) run = 0
  }
  return score
}

/** Enough words with high bytes to tell; a larger file is not read further for this. */
const MAX_WORDS = 20_000

function scoreSingleByte(bytes: Buffer): { ranked: SingleByte[]; confidence: number } {
  const scores = new Map<SingleByte, number>(SINGLE_BYTE.map((e) => [e, 0]))
  const seen = new Set<number>()
  let words = 0
  for (let i = 0; i < bytes.length && words < MAX_WORDS; i++) {
    if (bytes[i]! < 0x80) continue
    let start = i
    while (start > 0 && inWord(bytes[start - 1]!)) start--
    let end = i
    while (end < bytes.length && inWord(bytes[end]!)) end++
    const word = bytes.subarray(start, end)
    for (const b of word) if (b >= 0x80) seen.add(b)
    for (const enc of SINGLE_BYTE)
      scores.set(enc, scores.get(enc)! + wordScore(word, TABLES.get(enc)!))
    words++
    i = end
  }
  const ranked = [...SINGLE_BYTE].sort((a, b) => scores.get(b)! - scores.get(a)!)
  const best = ranked[0]!
  // Code pages that read this file as the same text are not rivals: how sure the guess is, is
  // measured against the first that reads it differently.
  const same = (enc: SingleByte) =>
    [...seen].every((b) => TABLES.get(enc)![b - 0x80]!.ch === TABLES.get(best)![b - 0x80]!.ch)
  const named = NAMED_FIRST.find(same)!
  const rival = ranked.find((e) => !same(e))
  const margin = rival ? scores.get(best)! - scores.get(rival)! : 12
  const confidence = scores.get(best)! <= 0 ? 0.2 : 0.5 + (0.45 * margin) / (margin + 6)
  return {
    ranked: [named, ...ranked.filter((e) => e !== named)],
    confidence: Math.round(confidence * 100) / 100,
  }
}

const BOMS: Array<[TextEncoding, number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
]

/**
 * UTF-16 without a byte-order mark: the ASCII characters (delimiters, digits, line ends) have a
 * zero high byte, on odd offsets in little-endian text, on even ones in big-endian. Text in a
 * single-byte code page or UTF-8 has no zero bytes at all.
 */
function utf16ByZeros(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 64 * 1024) & ~1
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const least = Math.max(2, (n / 2) * 0.05)
  if (odd >= least && even * 4 <= odd) return 'utf-16le'
  if (even >= least && odd * 4 <= even) return 'utf-16be'
  return null
}

/** What the file's bytes say its encoding is, how surely, and what else to offer. */
export function detectEncoding(bytes: Buffer): EncodingGuess {
  for (const [encoding, bom] of BOMS)
    if (bom.every((b, i) => bytes[i] === b))
      return { encoding, by: 'bom', confidence: 1, alternatives: [] }
  const utf16 = utf16ByZeros(bytes)
  if (utf16)
    return {
      encoding: utf16,
      by: 'statistics',
      confidence: 0.9,
      alternatives: [utf16 === 'utf-16le' ? 'utf-16be' : 'utf-16le'],
    }
  if (isUtf8(bytes)) {
    const ascii = isAscii(bytes)
    // Text in a code page is almost never valid UTF-8 once it has a letter outside ASCII.
    return { encoding: 'utf-8', by: 'utf8', confidence: ascii ? 1 : 0.99, alternatives: [] }
  }
  const { ranked, confidence } = scoreSingleByte(bytes)
  return {
    encoding: ranked[0]!,
    by: 'statistics',
    confidence,
    alternatives: [...ranked.slice(1), 'utf-8'],
  }
}

/** The encoding to read with: the one chosen, or the detected one (with what else to offer). */
export function resolveEncoding(
  bytes: Buffer,
  chosen: TextEncoding | 'auto',
): { encoding: TextEncoding; guess: EncodingGuess } {
  const detected = detectEncoding(bytes)
  if (chosen === 'auto') return { encoding: detected.encoding as TextEncoding, guess: detected }
  const alternatives = [detected.encoding as TextEncoding, ...detected.alternatives].filter(
    (e) => e !== chosen,
  )
  return {
    encoding: chosen,
    guess: { encoding: chosen, by: 'chosen', confidence: 1, alternatives },
  }
}

/** Slices of this size keep each decoded piece of text small. */
export const SLICE = 1 << 20

/**
 * The file as UTF-8 bytes, slice by slice: UTF-8 as it is, everything else through a streaming
 * decoder, which carries a character cut by a slice boundary (half a UTF-16 code unit, a
 * surrogate pair) over to the next slice. The byte-order mark is dropped.
 */
export function* utf8Slices(bytes: Buffer, encoding: TextEncoding): Generator<Buffer> {
  if (encoding === 'utf-8') {
    for (let i = 0; i < bytes.length; i += SLICE) yield bytes.subarray(i, i + SLICE)
    return
  }
  const decoder = iconv.getDecoder(encoding)
  for (let i = 0; i < bytes.length; i += SLICE) {
    const text = decoder.write(bytes.subarray(i, i + SLICE))
    if (text) yield Buffer.from(text, 'utf8')
  }
  const rest = decoder.end()
  if (rest) yield Buffer.from(rest, 'utf8')
}

/** The whole text, without a byte-order mark (small files, the delimiter's sniffing). */
export function decodeText(bytes: Buffer, encoding: TextEncoding): string {
  const text = iconv.decode(bytes, encoding)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
