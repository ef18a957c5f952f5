import { foldToken, phoneticKey } from '@htwb/graph'

/** Optimal string alignment distance, capped: whether `a` and `b` are within one edit. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (i === a.length && i === b.length) return true
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y)
  return (
    rest(i + 1, i + 1) || // substitution
    rest(i + 1, i) || // deletion
    rest(i, i + 1) || // insertion
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2)) // transposition
  )
}

/**
 * Whether the query `searchQuery` (graph/src/names.ts) builds from `text` matches a node whose
 * stored `searchText` is `stored`: every token of the text as a prefix of some stored token,
 * or, when five characters or longer and not a number, within one edit of one (Lucene's `~1`).
 * Used on the text a viewer may read, to drop hits that matched only through what is withheld.
 */
export function matchesQuery(text: string, stored: string): boolean {
  const tokens = stored.split(' ').filter(Boolean)
  for (const raw of text.split(/\s+/).filter(Boolean).slice(0, 8)) {
    const forms = [phoneticKey(raw), foldToken(raw)].filter(Boolean)
    if (!forms.length) continue
    const hit = forms.some((f) =>
      tokens.some(
        (t) => t.startsWith(f) || (f.length >= 5 && !/^\d+$/.test(f) && withinOneEdit(f, t)),
      ),
    )
    if (!hit) return false
  }
  return true
}
