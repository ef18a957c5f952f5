import type { ManagedTransaction } from 'neo4j-driver'
import { toPlain } from '../../data/convert.ts'
import { CHARTS_MENTIONING, ERASED_LINK_IDS, REWRITE_CHART } from './charts.queries.ts'
import { pruneView, type Json } from './charts.view.ts'

/**
 * Erasure's reach into saved charts (architecture rule 11): the erased records and their links
 * leave every chart (its lists, positions, annotations pinned to them and ids in its view state), and `redact`
 * blanks the name in the chart's name, notes, annotations and view text. Every chart, whoever
 * may see it; the version is raised so a save from before the erasure is refused as stale.
 * Returns the ids of the charts rewritten.
 */
export async function eraseFromCharts(
  tx: ManagedTransaction,
  erased: readonly string[],
  forms: readonly string[],
  redact: (text: string) => string,
): Promise<string[]> {
  // Their links go with them (ERASE_NODES detaches them): read while they still exist.
  const links = ((await tx.run(ERASED_LINK_IDS, { erased })).records[0]?.get('ids') ??
    []) as string[]
  const gone = new Set([...erased, ...links])
  const rows = (
    await tx.run(CHARTS_MENTIONING, {
      erased,
      links: Object.fromEntries(links.map((l) => [l, true])),
      forms: forms.map((f) => f.toLowerCase()),
    })
  ).records
  const rewritten: string[] = []
  for (const row of rows) {
    const p = toPlain(row.get('props')) as Record<string, unknown>
    const ids = (p.entityIds as string[] | null) ?? []
    const xs = (p.xs as number[] | null) ?? []
    const ys = (p.ys as number[] | null) ?? []
    const keep = ids.map((eid) => !gone.has(eid))
    const annotations = parse<Array<{ text: string; entityId: string | null }>>(p.annotations, [])
      .filter((a) => !a.entityId || !gone.has(a.entityId))
      .map((a) => ({ ...a, text: redact(a.text) }))
    const view = parse<Json | null>(p.view, null)
    await tx.run(REWRITE_CHART, {
      id: p.id,
      props: {
        name: redact((p.name as string | null) ?? ''),
        notes: redact((p.notes as string | null) ?? ''),
        entityIds: ids.filter((_, i) => keep[i]),
        linkIds: ((p.linkIds as string[] | null) ?? []).filter((l) => !gone.has(l)),
        xs: xs.filter((_, i) => keep[i]),
        ys: ys.filter((_, i) => keep[i]),
        annotations: JSON.stringify(annotations),
        view: view === null ? '' : JSON.stringify(pruneView(view, (x) => gone.has(x), redact)),
      },
    })
    rewritten.push(p.id as string)
  }
  return rewritten
}

function parse<T>(raw: unknown, fallback: T): T {
  if (typeof raw !== 'string' || raw === '') return fallback
  try {
    return JSON.parse(raw) as T
  } catch {
    return fallback
  }
}
