import { foldToken, KIND_PROPS, searchTextFor, type StoredProps } from '@htwb/graph'
import type { ResolvedKind } from './resolution.queries.ts'
import { identifierParts } from './score.ts'

type Plain = Record<string, unknown>

const LISTS = new Set(['aliases', 'identifiers'])
/** Not taken from the absorbed record: the survivor's category is the one the user chose to keep. */
const KEEP_OWN = new Set(['category'])

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

function union(values: string[], key: (s: string) => string): string[] {
  const seen = new Set<string>()
  return values.filter((v) => {
    const k = key(v)
    if (!k || seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/**
 * The survivor's new properties after absorbing a duplicate (both as plain stored values):
 * sources unioned, empty fields filled from the absorbed record, its differing name and its
 * aliases added as aliases, identifiers unioned, search keys recomputed. Only changed keys return.
 */
export function survivorChanges(kind: ResolvedKind, keep: Plain, absorbed: Plain): StoredProps {
  const changes: StoredProps = {}
  for (const key of [...KIND_PROPS[kind], 'importKey']) {
    if (LISTS.has(key) || KEEP_OWN.has(key)) continue
    if (isEmpty(keep[key]) && !isEmpty(absorbed[key])) changes[key] = absorbed[key] as string
  }
  const sourceIds = union([...strings(keep.sourceIds), ...strings(absorbed.sourceIds)], (s) => s)
  if (sourceIds.length !== strings(keep.sourceIds).length) changes.sourceIds = sourceIds

  // The absorbed name and aliases join the survivor's aliases unless they read the same.
  const known = new Set(
    [keep.name, ...strings(keep.aliases)].map((s) => foldToken(String(s ?? ''))),
  )
  const added = union(
    [String(absorbed.name ?? ''), ...strings(absorbed.aliases)],
    foldToken,
  ).filter((s) => !known.has(foldToken(s)))
  if (added.length) changes.aliases = [...strings(keep.aliases), ...added]

  if (kind === 'Person') {
    const ids = union([...strings(keep.identifiers), ...strings(absorbed.identifiers)], (s) => {
      const p = identifierParts(s)
      return p.value ? `${p.type ?? ''}:${p.value}` : ''
    })
    if (ids.length !== strings(keep.identifiers).length) changes.identifiers = ids
  }
  changes.searchText = searchTextFor(kind, { ...keep, ...changes })
  return changes
}
