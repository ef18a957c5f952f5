import type { DataAccess } from '../../data/access.ts'
import { nodeToEntity, relToLink } from '../../data/convert.ts'
import type { EntityModel, LinkModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import { CASE_NODE } from '../cases/index.ts'
import {
  exportedName,
  GUARDED_FIELDS,
  guardedLabel,
  guardedPlaces,
  lonelyHomes,
  withheld,
} from './ftm.guard.ts'
import { EXPORT_LINKS, EXPORT_NODES } from './ftm.queries.ts'
import {
  CALL_PROPS,
  ENTITY_SCHEMATA,
  exportSchema,
  LINK_EXPORT,
  LINK_SCHEMATA,
  writeProps,
  type FtmEntity,
} from './ftm.schemata.ts'

/** Plain decimals (String(5e-7) is "5e-7", which the importer rightly refuses). */
const degrees = (n: number) => n.toFixed(7).replace(/\.?0+$/, '')

const BATCH = 5_000

export interface FtmExportRequest {
  /** Only the entities in this case (PART_OF_CASE), and the links among them. */
  caseId?: string | null
  /** For informants, whom DataAccess does not pseudonymise (they are hidden, not masked). */
  pseudonymKey: string
}

export interface FtmExport {
  entities: FtmEntity[]
  /** Links with no FtM counterpart (SEEN_AT, RECRUITED, …) or whose ends cannot be written. */
  skipped: Record<string, number>
}

/**
 * Victims, minors (masked by DataAccess) and informants leave as a pseudonym under our id: no
 * names, identifiers, phones or home address, and not the FtM id they came in with, which
 * would name them in the source dataset. The same holds for their links' FtM ids. The rule is
 * shared with the chart's GraphML and CSV (ftm.guard.ts).
 */
const hidden = withheld

class Writer {
  readonly out = new Map<string, FtmEntity>()
  readonly skipped: Record<string, number> = {}
  /** Who uses each phone, for a call's caller and receiver. */
  readonly users = new Map<string, EntityModel[]>()
  /** Addresses some exported entity other than a hidden person refers to. */
  readonly referred = new Set<string>()

  /** `guarded`: addresses, phones and assets of hidden persons (PROTECTED_PLACES). */
  constructor(
    readonly byId: Map<string, EntityModel>,
    readonly key: string,
    readonly guarded: Set<string>,
  ) {}

  /** Withheld phones and assets of protected persons (shield.ts) leave under our id too. */
  idOf = (e: EntityModel) =>
    hidden(e) || e.pseudonymised === true || this.guarded.has(e.id)
      ? e.id
      : ((e.ftmId as string | undefined) ?? e.id)
  /** A link's source id would lead to its ends there: not when one of them is protected. */
  linkId = (l: LinkModel, guard: boolean) =>
    guard ? l.id : ((l.ftmId as string | undefined) ?? l.id)
  skip = (what: string) => (this.skipped[what] = (this.skipped[what] ?? 0) + 1)

  add(e: EntityModel): void {
    const schema = exportSchema(e.kind, e)
    if (!schema) return
    let properties: Record<string, string[]>
    if (hidden(e)) {
      properties = { name: [exportedName(e, this.key)] }
    } else if (e.kind === 'Asset' && this.guarded.has(e.id)) {
      // A protected person's asset: its registration or account number would find her.
      const bare: EntityModel = { ...e, name: guardedLabel(e, this.key) }
      for (const f of GUARDED_FIELDS) delete bare[f]
      properties = { ...writeProps(ENTITY_SCHEMATA[schema]!.props, bare), name: [bare.name] }
    } else {
      properties = writeProps(ENTITY_SCHEMATA[schema]!.props, e)
      const point = e.point as { lat: number; lon: number } | undefined
      if (point)
        Object.assign(properties, {
          latitude: [degrees(point.lat)],
          longitude: [degrees(point.lon)],
        })
      if (schema === 'Address') properties.full ??= [e.name]
      else properties.name = [e.name]
      const aliases = (e.aliases as string[] | undefined) ?? []
      if (aliases.length) properties.alias = aliases
    }
    this.out.set(e.id, { id: this.idOf(e), schema, properties })
  }

  private push(e: EntityModel, prop: string, value: string) {
    const target = this.out.get(e.id)
    if (!target) return
    const list = (target.properties[prop] ??= [])
    if (!list.includes(value)) list.push(value)
  }

  link(l: LinkModel, intervals: FtmEntity[]): void {
    const from = this.byId.get(l.fromId)
    const to = this.byId.get(l.toId)
    if (!from || !to) return
    switch (l.kind) {
      case 'USES_PHONE':
        this.users.set(to.id, [...(this.users.get(to.id) ?? []), from])
        // A withheld number reads as a label, which is no phone number.
        // A phone known only by a subscriber id has no number FtM could carry.
        if (!hidden(from) && to.pseudonymised !== true && to.number)
          this.push(from, 'phone', String(to.number))
        return
      case 'LIVES_AT':
      case 'LOCATED_AT':
        if (from.kind === 'Phone' || hidden(from)) return void this.skip(`${l.kind} (${from.kind})`)
        this.referred.add(to.id)
        return this.push(from, 'addressEntity', this.idOf(to))
      case 'INVOLVED_IN':
        if (from.kind === 'Phone') return void this.skip('INVOLVED_IN (Phone)')
        this.referred.add(from.id)
        return this.push(to, 'involved', this.idOf(from))
      case 'CALLED':
        return void intervals.push(this.call(l, from, to))
    }
    const schema = LINK_EXPORT[l.kind]
    if (!schema) return void this.skip(l.kind)
    const spec = LINK_SCHEMATA[schema]!
    // A payment between accounts names them as the accounts; FtM payers are legal entities.
    const side = (e: EntityModel, names: string[]) =>
      e.kind === 'Asset' && names.length > 1 ? names[1] : names[0]
    const fromProp = side(from, spec.from)
    const toProp = side(to, spec.to)
    if (!fromProp || !toProp) return void this.skip(`${l.kind} (${from.kind} → ${to.kind})`)
    this.referred.add(from.id).add(to.id)
    intervals.push({
      id: this.linkId(l, hidden(from) || hidden(to)),
      schema,
      properties: {
        [fromProp]: [this.idOf(from)],
        [toProp]: [this.idOf(to)],
        ...writeProps(spec.props, { ...l, ...l.provenance }),
      },
    })
  }

  private call(l: LinkModel, from: EntityModel, to: EntityModel): FtmEntity {
    // The number of a protected person's phone would find them in the source as well as the id.
    const properties: Record<string, string[]> = writeProps(CALL_PROPS, l)
    const shown = (p: EntityModel) => !this.guarded.has(p.id) && p.pseudonymised !== true
    if (shown(from) && from.number) properties.callerNumber = [String(from.number)]
    if (shown(to) && to.number) properties.receiverNumber = [String(to.number)]
    return { id: this.linkId(l, !shown(from) || !shown(to)), schema: 'Call', properties }
  }

  /**
   * A protected person's home that nothing else exported refers to is theirs alone: it stays
   * here, as their phones do. Returns the ids not exported.
   */
  dropHomes(): Set<string> {
    const dropped = new Set<string>()
    for (const id of lonelyHomes(this.byId, this.guarded, this.referred))
      if (this.out.get(id)?.schema === 'Address') {
        this.out.delete(id)
        dropped.add(id)
        this.skip('Address (home of a protected person)')
      }
    return dropped
  }

  /** A call names its parties when exactly one entity the export holds uses each number. */
  parties(calls: FtmEntity[], phones: Map<string, EntityModel>): void {
    for (const c of calls) {
      if (c.schema !== 'Call') continue
      for (const side of ['caller', 'receiver'] as const) {
        const number = c.properties[`${side}Number`]?.[0]
        const phone = number ? phones.get(number) : undefined
        const users = phone ? (this.users.get(phone.id) ?? []) : []
        if (users.length === 1 && !hidden(users[0]!)) c.properties[side] = [this.idOf(users[0]!)]
      }
    }
  }
}

/**
 * The graph the user may see, or one case of it, as FtM entities. Reads through DataAccess
 * (need-to-know, pseudonyms) and is audited as one DISCLOSE entry naming every entity exported,
 * written before anything is returned.
 */
export async function exportFtm(data: DataAccess, req: FtmExportRequest): Promise<FtmExport> {
  data.requireUser()
  const caseId = req.caseId ?? null
  if (caseId) {
    const found = await data.read(CASE_NODE, { caseId }, () => true)
    if (!found.length) throw appError('case/not_found', { field: 'caseId' })
    data.inCase(caseId)
  }
  const nodes = await data.read(EXPORT_NODES, { caseId }, (r) => nodeToEntity(r.get('n')))
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const ids = [...byId.keys()]
  const links: LinkModel[] = []
  for (let i = 0; i < ids.length; i += BATCH)
    links.push(
      ...(await data.read(EXPORT_LINKS, { ids: ids.slice(i, i + BATCH) }, (r) =>
        relToLink(r.get('r'), r.get('fromId') as string, r.get('toId') as string),
      )),
    )
  const { entities, skipped, dropped, outCount, intervalCount } = await ftmOf(
    data,
    nodes,
    links,
    req.pseudonymKey,
  )
  await data.write(
    {
      action: 'DISCLOSE',
      operation: 'exportFtm',
      entityIds: ids.filter((id) => !dropped.has(id)),
      personIds: nodes.filter((n) => n.kind === 'Person').map((n) => n.id),
      caseId,
      detail: `ftm entities:${outCount} intervals:${intervalCount}`,
    },
    async () => undefined,
  )
  return { entities, skipped }
}

export interface FtmOf extends FtmExport {
  /** Entities read but not written (a protected person's home nothing else refers to). */
  dropped: Set<string>
  outCount: number
  intervalCount: number
}

/**
 * FtM entities for records already read through DataAccess (the whole graph, a case, a chart):
 * links count only between the given nodes. Asks which addresses and phones are a protected
 * person's, among the persons the reader sees. Audits nothing: the caller writes the DISCLOSE
 * entry before anything leaves.
 */
export async function ftmOf(
  data: DataAccess,
  nodes: readonly EntityModel[],
  links: readonly LinkModel[],
  pseudonymKey: string,
): Promise<FtmOf> {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const guarded = await guardedPlaces(data, nodes)
  const w = new Writer(byId, pseudonymKey, guarded)
  const intervals: FtmEntity[] = []
  for (const e of nodes) w.add(e)
  for (const l of links) if (byId.has(l.fromId) && byId.has(l.toId)) w.link(l, intervals)
  const dropped = w.dropHomes()
  const phones = new Map(
    nodes.filter((n) => n.kind === 'Phone' && n.number).map((p) => [String(p.number), p]),
  )
  w.parties(intervals, phones)
  const entities = [...w.out.values(), ...intervals].sort(
    (a, b) => a.schema.localeCompare(b.schema) || a.id.localeCompare(b.id),
  )
  return {
    entities,
    skipped: w.skipped,
    dropped,
    outCount: w.out.size,
    intervalCount: intervals.length,
  }
}
