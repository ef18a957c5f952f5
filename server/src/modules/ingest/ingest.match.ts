import type { MatchExample } from '@htwb/graph/import-api'
import type { ManagedTransaction, Node } from 'neo4j-driver'
import type { StoredProps } from '@htwb/graph'
import { toNeo4jProps } from '../../data/bulk.ts'
import { nodeToEntity, toPlain } from '../../data/convert.ts'
import type { EntityModel } from '../../data/models.ts'
import { MATCH_BY_BORROWED_KEY, MATCH_BY_IMPORT_KEY, matchByKey } from './ingest.queries.ts'
import { keyHash, type ImportPlan, type PlannedEntity } from './plan.ts'

/** Rows per statement, matching and writing alike. */
export const BATCH = 5_000
const EXAMPLES_PER_KIND = 5

export const importKeyOf = (e: PlannedEntity) => keyHash(e.ref)

/**
 * A match shown before anything is written. It carries the matched record as the data layer
 * read it, so the write's result passes pseudonymisation and the shield with it; `named` then
 * takes the name from the record as the viewer may see it.
 */
export type PendingExample = MatchExample & { entity?: EntityModel }

export const named = (examples: PendingExample[]): MatchExample[] =>
  examples.map(({ entity, ...m }) => ({ ...m, name: entity?.name ?? m.id }))

// Key values go to Neo4j typed as stored (dates as dates), so equality finds them.
const neoRow = (row: { ref: string; key?: unknown; importKey?: string }) =>
  row.key ? { ...row, key: toNeo4jProps(row.key as StoredProps) } : row

/** Ids of planned entities that already exist for this user, by ref, with a few examples. */
export async function matchExisting(
  tx: ManagedTransaction,
  plan: ImportPlan,
  examples: PendingExample[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const byRef = new Map(plan.entities.map((e) => [e.ref, e]))
  const perKind = new Map<string, number>()
  const groups = new Map<string, Array<{ ref: string; key?: unknown; importKey?: string }>>()
  for (const e of plan.entities) {
    // Rows that name another file's scope are matched as guardedly as keys are (plan.ts).
    const spec =
      e.match === 'import'
        ? e.borrowed
          ? 'borrowed'
          : 'import'
        : `${e.kind}|${Object.keys(e.key).sort().join(',')}`
    const rows = groups.get(spec) ?? []
    rows.push(
      e.match === 'import' ? { ref: e.ref, importKey: importKeyOf(e) } : { ref: e.ref, key: e.key },
    )
    groups.set(spec, rows)
  }
  for (const [spec, rows] of groups) {
    const query =
      spec === 'import'
        ? MATCH_BY_IMPORT_KEY
        : spec === 'borrowed'
          ? MATCH_BY_BORROWED_KEY
          : matchByKey(spec)
    for (let i = 0; i < rows.length; i += BATCH) {
      const res = await tx.run(query, { rows: rows.slice(i, i + BATCH).map(neoRow) })
      for (const r of res.records) {
        const id = r.get('id') as string | null
        if (!id) continue
        const ref = r.get('ref') as string
        found.set(ref, id)
        const e = byRef.get(ref)
        const n = perKind.get(e?.kind ?? '') ?? 0
        if (!e || n >= EXAMPLES_PER_KIND) continue
        perKind.set(e.kind, n + 1)
        const key = Object.values(e.key)
          .map((v) => String(toPlain(v)))
          .join(' ')
        const entity = nodeToEntity(r.get('node') as Node)
        examples.push({ kind: e.kind, key, id, name: '', entity })
      }
    }
  }
  return found
}
