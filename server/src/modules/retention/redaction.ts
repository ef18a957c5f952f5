/** What erasure puts where a copy of an erased name stood in someone's free text. */
export const REDACTED = '[erased]'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The forms of a person's name that erasure hunts for in free text: the name and aliases, each
 * at least 4 characters so a short alias ("Ben") does not blank unrelated words.
 */
export function needles(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map((n) => n.trim()).filter((n) => n.length >= 4))].sort(
    (a, b) => b.length - a.length,
  )
}

/** Replaces every case-insensitive whole-word occurrence of the needles; longest first. */
export function redact(text: string, forms: readonly string[]): string {
  if (!forms.length) return text
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  )
  return text.replace(pattern, REDACTED)
}

export const mentions = (text: string, forms: readonly string[]) => redact(text, forms) !== text

/**
 * New values for the text properties of a node or link that mention the erased person; keys
 * left out did not change. Lists of strings (aliases, identifiers) are redacted item by item.
 */
export function redactProps(
  props: Record<string, unknown>,
  forms: readonly string[],
  skip: ReadonlySet<string>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (skip.has(key)) continue
    if (typeof value === 'string' && mentions(value, forms)) changes[key] = redact(value, forms)
    else if (Array.isArray(value) && value.some((v) => typeof v === 'string' && mentions(v, forms)))
      changes[key] = value.map((v) => (typeof v === 'string' ? redact(v, forms) : v))
  }
  return changes
}
