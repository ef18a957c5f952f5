import type { LinkKind } from '@htwb/graph'
import type { DataAccess } from '../../data/access.ts'
import type { WarmStatement } from '../../data/warm.ts'
import { CASE_NODE } from '../cases/index.ts'
import { builtInMappings } from './builtin.ts'
import { EXISTING_LINKS, MATCH_BY_IMPORT_KEY, matchByKey } from './ingest.queries.ts'

/** Kinds a mapping entity may come in as: a Party is an Organization or a Person per row. */
const kindsOf = (kind: string) => (kind === 'Party' ? ['Person', 'Organization'] : [kind])

/**
 * The key lookups the built-in mappings make (`Kind|field,field`, as matchExisting asks) and the
 * kinds of link they write: planning every kind of the model would double the warm-up.
 */
export function builtInLookups(): { specs: string[]; links: LinkKind[] } {
  const specs = new Set<string>()
  const links = new Set<LinkKind>()
  for (const { mapping } of builtInMappings()) {
    for (const e of Object.values(mapping.entities))
      for (const kind of kindsOf(e.kind)) specs.add(`${kind}|${[...e.key].sort().join(',')}`)
    for (const l of mapping.links) links.add(l.kind)
  }
  return { specs: [...specs], links: [...links] }
}

/**
 * What a Check of a file runs (the case, the key and import-key lookups, the links of matched
 * records), planned at start (data/warm.ts): on a fresh JVM a 2-row Check spent seconds in the
 * planner, the guarded lookups most (docs/benchmarks.md). Rows of the shape the import sends,
 * with keys that match nothing.
 */
export function importWarmStatements(): WarmStatement[] {
  const { specs, links } = builtInLookups()
  return [
    { query: CASE_NODE, params: { caseId: '' } },
    { query: MATCH_BY_IMPORT_KEY, params: { rows: [{ ref: '', importKey: '' }] } },
    ...specs.map((spec) => ({
      query: matchByKey(spec),
      params: {
        rows: [
          {
            ref: '',
            key: Object.fromEntries(
              spec
                .split('|')[1]!
                .split(',')
                .map((f) => [f, '']),
            ),
          },
        ],
      },
    })),
    ...links.map((kind) => ({ query: EXISTING_LINKS[kind], params: { keys: [''] } })),
  ]
}

/**
 * The same statements run once more with nothing to find, as the importer: a large import makes
 * the cached plans stale, and this replans them in the background instead of the next Check.
 */
export async function replanChecks(data: DataAccess): Promise<void> {
  for (const { query, params } of importWarmStatements())
    await data.read(query, params, () => null).catch(() => undefined)
}
