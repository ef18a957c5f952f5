import type { DataAccess } from '../../data/access.ts'
import type { EntityModel, LinkModel } from '../../data/models.ts'
import { isProtected, pseudonym } from '../../data/protection.ts'
import { PROTECTED_PLACES } from './ftm.queries.ts'

/**
 * What every export file (FtM, GraphML, CSV) withholds of protected persons, in one place so the
 * formats cannot drift apart (architecture rule 13). Everything here is decided on records the
 * exporter sees: an export never changes shape because of someone hidden from them.
 */

const BATCH = 5_000

/**
 * Victims, minors (masked by DataAccess) and informants (hidden from most, never masked) leave
 * as a pseudonym under our id and no more.
 */
export const withheld = (e: EntityModel) =>
  e.kind === 'Person' && (e.pseudonymised === true || isProtected(e) || e.category === 'INFORMANT')

/**
 * The name an entity leaves under: a withheld person's pseudonym (DataAccess's for victims and
 * minors; "Protected person X" for an informant, whom DataAccess does not mask), else its own.
 * Labels naming an entity ("Arrest of @per-…") render it through this too.
 */
export const exportedName = (e: EntityModel, key: string): string =>
  withheld(e) && e.pseudonymised !== true ? `Protected person ${pseudonym(key, e.id)}` : e.name

/** What a phone or asset of a protected person is called in a file, as the shield calls it. */
export const guardedLabel = (e: EntityModel, key: string) =>
  `${e.kind === 'Asset' ? 'Protected asset' : 'Protected phone'} ${pseudonym(key, e.id)}`

/** The fields of a guarded phone or asset that would find its user in another dataset. */
export const GUARDED_FIELDS = ['number', 'imei', 'subscriberId', 'identifier'] as const

/**
 * Addresses a protected person or informant lives at, phones one uses and assets one owns, among
 * `nodes`, counting only persons the exporter sees (PROTECTED_PLACES). A cleared exporter's
 * reads carry their numbers in full (the shield spares them): the files must not.
 */
export async function guardedPlaces(
  data: DataAccess,
  nodes: readonly EntityModel[],
): Promise<Set<string>> {
  const places = nodes
    .filter((n) => n.kind === 'Location' || n.kind === 'Phone' || n.kind === 'Asset')
    .map((n) => n.id)
  const guarded = new Set<string>()
  for (let i = 0; i < places.length; i += BATCH)
    for (const id of await data.read(
      PROTECTED_PLACES,
      { ids: places.slice(i, i + BATCH) },
      (r) => r.get('id') as string,
    ))
      guarded.add(id)
  return guarded
}

/**
 * A protected person's home that nothing else exported refers to is theirs alone: it does not
 * leave, as their phones' numbers do not. `referred`: ids some exported entity other than a
 * withheld person (or another guarded record) points to.
 */
export function lonelyHomes(
  byId: ReadonlyMap<string, EntityModel>,
  guarded: ReadonlySet<string>,
  referred: ReadonlySet<string>,
): Set<string> {
  const homes = new Set<string>()
  for (const id of guarded)
    if (byId.get(id)?.kind === 'Location' && !referred.has(id)) homes.add(id)
  return homes
}

export interface GuardedChart {
  nodes: EntityModel[]
  links: LinkModel[]
  /** Ids of entities read but not written. */
  dropped: Set<string>
  /** What was left out or blanked, as the export's `skipped` report. */
  skipped: Record<string, number>
}

/**
 * A chart (GraphML, CSV) as it may leave: a protected person's home nothing else on it refers to
 * is dropped with the links to it, and her phones and assets keep their shield label, their
 * numbers, IMEI, subscriber ids and identifiers blanked. Copies; the records read stay as read.
 */
export async function guardChart(
  data: DataAccess,
  nodes: readonly EntityModel[],
  links: readonly LinkModel[],
  key: string,
): Promise<GuardedChart> {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const guarded = await guardedPlaces(data, nodes)
  const skipped: Record<string, number> = {}
  const skip = (what: string) => (skipped[what] = (skipped[what] ?? 0) + 1)
  const referred = new Set<string>()
  const refers = (e: EntityModel | undefined) => !!e && !withheld(e) && !guarded.has(e.id)
  for (const l of links) {
    if (refers(byId.get(l.fromId))) referred.add(l.toId)
    if (refers(byId.get(l.toId))) referred.add(l.fromId)
  }
  const dropped = lonelyHomes(byId, guarded, referred)
  for (const _ of dropped) skip('Address (home of a protected person)')
  const kept: LinkModel[] = []
  for (const l of links) {
    if (!dropped.has(l.fromId) && !dropped.has(l.toId)) kept.push(l)
    else skip(`${l.kind} (${byId.get(l.fromId)?.kind} → ${byId.get(l.toId)?.kind})`)
  }
  const out: EntityModel[] = []
  for (const n of nodes) {
    if (dropped.has(n.id)) continue
    if (!guarded.has(n.id) || n.kind === 'Location') {
      out.push(n)
      continue
    }
    const copy: EntityModel = { ...n, name: guardedLabel(n, key) }
    for (const f of GUARDED_FIELDS) delete copy[f]
    if (GUARDED_FIELDS.some((f) => n[f] !== undefined && n[f] !== null && n[f] !== ''))
      skip(`${n.kind === 'Asset' ? 'Asset identifier' : 'Phone number'} (of a protected person)`)
    out.push(copy)
  }
  return { nodes: out, links: kept, dropped, skipped }
}
