import type { EntityKind } from '../../generated/graphql'
import type { ChartNode } from './chartStore'

/** Lower case, accents off (ë, ç, č, ć, š, ž, đ): "krasniqi" finds "Krasniqi", "djordjevic" "Đorđević". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .toLowerCase()
}

/**
 * The entity list's rows: those whose name holds every word typed, of the kinds picked (none
 * picked: all), sorted by name so a name is found where the eye expects it.
 */
export function filterNodes(
  nodes: readonly ChartNode[],
  query: string,
  kinds: readonly EntityKind[],
): ChartNode[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  return nodes
    .filter((n) => kinds.length === 0 || kinds.includes(n.kind))
    .filter((n) => {
      if (words.length === 0) return true
      const name = fold(n.name)
      // "djordjevic" and "dordevic" both find Đorđević.
      const plain = name.replace(/dj/g, 'd')
      return words.every((w) => name.includes(w) || plain.includes(w.replace(/dj/g, 'd')))
    })
    .sort((a, b) => collator.compare(a.name, b.name))
}
