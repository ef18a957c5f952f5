import {
  ID_PREFIX,
  searchTextFor,
  type GraphBatch,
  type LinkKind,
  type StoredProps,
} from '@htwb/graph'
import { createHash, randomUUID } from 'node:crypto'
import type { ManagedTransaction } from 'neo4j-driver'
import type { DataAccess } from '../../data/access.ts'
import { toNeo4jProps } from '../../data/bulk.ts'
import { toPlain } from '../../data/convert.ts'
import { needsReferenceWrite } from '../../data/visibility.ts'
import { can } from '@htwb/graph/permissions'
import { appError } from '../../errors.ts'
import { CASE_NODE } from '../cases/index.ts'
import type { Mapping } from './mapping.ts'
import { planImport, resolveColumns, type ImportPlan } from './plan.ts'
import { setAside } from './quarantine.ts'
import { replanChecks } from './warm.ts'
import { readDataTable, type Table } from './source-file.ts'
import { Budget, DEFAULT_LIMITS, type ReadLimits } from '../common/limits.ts'
import { BATCH, importKeyOf, matchExisting, named, type PendingExample } from './ingest.match.ts'
import {
  ADD_IMPORT_TO_CASE,
  CITE_SOURCE,
  CLAIM_RUN,
  LOCK_FILE,
  START_RUN,
  CREATE_ENTITIES,
  CREATE_LINKS,
  EXISTING_LINKS,
  MERGE_SOURCE,
  PUBLISH_RUN,
  STAGE_SOURCE,
} from './ingest.queries.ts'

/** Links of a staged run per file the database reads (DataAccess.stageLinks). */
const FILE_CHUNK = 100_000

/** A link as the parameter path sends it (CREATE_LINKS). */
const linkRow = (l: GraphBatch['links'][number]) => ({
  from: l.from,
  to: l.to,
  props: toNeo4jProps({ ...l.props, id: l.id }),
})

/** Above this many entities and links an import is staged in batches (transaction memory). */
export const SINGLE_TRANSACTION_LIMIT = 20_000
/**
 * Rows per statement of a staged run, each statement its own transaction: fewer commits than
 * BATCH (docs/benchmarks.md; 20,000 gave no clear gain, and once stalled Neo4j).
 */
const STAGED_BATCH = 10_000
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

export interface ImportRequest {
  mapping: Mapping
  fileName: string
  bytes: Buffer
  /** Entities go into this case; without one they are visible to the importer only. */
  caseId?: string | null
  dryRun: boolean
  onProgress?: (phase: 'read' | 'match' | 'write', done: number, total: number) => void
  /** Rows with a bad cell refuse the file (default) or are set aside and the rest imported. */
  badRows?: BadRows
  /** How much of the file is read before it is refused (limits.ts); the defaults otherwise. */
  limits?: ReadLimits
}

/** The Source every fact of one file cites, with its grading (name already filled in). */
export interface SourceSpec {
  name: string
  sourceType: string
  reliability: string
  credibility: number
  handling: string
}

/** An import whose file is already read and planned: what every format hands to `importPlan`. */
export interface PlanRequest {
  plan: ImportPlan
  source: SourceSpec
  /** What made the plan (the mapping's or the format's name), for the Source's description. */
  label: string
  fileName: string
  /** SHA-256 of the file's bytes: identifies its Source, lock and staged runs. */
  digest: string
  encoding: string
  caseId?: string | null
  dryRun: boolean
  onProgress?: ImportRequest['onProgress']
  /** Rows a partial import left out, for the report (the plan holds only the good ones). */
  setAside?: SetAside | null
  /** Lines of the file not read as data (before the header, empty, totals). */
  skipped?: SkippedLine[]
}

/** What an import answers: the wire shape the client reads (createdIds: up to 50, for links). */
export type { ImportReport, KindCount } from '@htwb/graph/import-api'
import type {
  BadRows,
  ImportReport,
  KindCount,
  ReportNote,
  SetAside,
  SkippedLine,
} from '@htwb/graph/import-api'

/**
 * Reads and checks the whole file; refuses it with every problem, before anything is written,
 * unless the person chose to set bad rows aside and some rows are good.
 */
export async function prepareImport(
  req: ImportRequest,
): Promise<{ table: Table; plan: ImportPlan; setAside: SetAside | null; digest: string }> {
  const table = await readDataTable(req.bytes, req.mapping.file, req.limits)
  const digest = sha(req.bytes)
  const columns = resolveColumns(req.mapping, table.headers)
  if (Array.isArray(columns))
    throw appError('import/missing_columns', { field: 'file', columns, headers: table.headers })
  const plan = planImport(req.mapping, table, digest)
  // Matching and writing need about as much again: refuse now if the heap could not hold it.
  new Budget(req.limits ?? DEFAULT_LIMITS).heap()
  req.onProgress?.('read', table.rows.length, table.rows.length)
  const partial = req.badRows === 'quarantine' && (plan.bad?.length ?? 0) < plan.rows
  if (plan.errorCount && !partial)
    throw appError('import/invalid_rows', {
      field: 'file',
      errors: plan.errors,
      errorCount: plan.errorCount,
    })
  const aside = req.badRows === 'quarantine' ? setAside(plan, table, digest) : null
  return { table, plan, setAside: aside, digest }
}

function tally(items: Array<{ kind: string; created: boolean }>): KindCount[] {
  const by = new Map<string, KindCount>()
  for (const { kind, created } of items) {
    const c = by.get(kind) ?? { kind, created: 0, matched: 0 }
    if (created) c.created++
    else c.matched++
    by.set(kind, c)
  }
  return [...by.values()].sort((a, b) => a.kind.localeCompare(b.kind))
}

type Run = (query: string, params: Record<string, unknown>) => Promise<unknown>

/** One import from planning to publication; `runId` set means staged batches. */
class ImportJob {
  readonly digest: string
  readonly now = new Date().toISOString()
  sourceId = ''
  sourceCreated = false
  existing = new Map<string, string>()
  existingLinks = new Set<string>()
  ids = new Map<string, string>()
  /** Links of a staged run whose both ends already existed, created when the run publishes. */
  deferred = new Map<LinkKind, Array<Record<string, unknown>>>()
  examples: PendingExample[] = []

  constructor(
    readonly data: DataAccess,
    readonly req: PlanRequest,
    readonly runId: string | null,
  ) {
    this.digest = req.digest
  }

  get plan(): ImportPlan {
    return this.req.plan
  }

  get fresh() {
    return this.plan.entities.filter((e) => !this.existing.has(e.ref))
  }

  /** Case check, the file's Source (whose lock makes two runs of a file take turns), matching. */
  async resolve(tx: ManagedTransaction): Promise<void> {
    const { req, plan } = this
    if (req.caseId) {
      const found = await tx.run(CASE_NODE, { caseId: req.caseId })
      if (!found.records.length) throw appError('case/not_found', { field: 'caseId' })
    }
    if (!req.dryRun) {
      const lock = await tx.run(LOCK_FILE, { digest: this.digest })
      if (toPlain(lock.records[0]?.get('running')) !== 0) throw appError('import/already_running')
      if (this.runId) await tx.run(START_RUN, { runId: this.runId, digest: this.digest })
      await this.mergeSource(tx)
    }
    req.onProgress?.('match', 0, plan.entities.length)
    this.existing = await matchExisting(tx, plan, this.examples)
    // A file may confirm a city or a court every user sees, but creating one is a change of
    // shared reference data, which the permission table keeps to its holders.
    const user = this.data.requireUser()
    const shared = plan.entities.find(
      (e) => !this.existing.has(e.ref) && needsReferenceWrite(e.kind, e.props),
    )
    if (shared && !can(user, 'reference.write'))
      throw appError('auth/forbidden', {
        field: 'file',
        reason: `would create a shared ${shared.kind}`,
      })
    req.onProgress?.('match', plan.entities.length, plan.entities.length)
    for (const e of plan.entities)
      this.ids.set(e.ref, this.existing.get(e.ref) ?? `${ID_PREFIX[e.kind]}-${randomUUID()}`)
    // Only a link between two records that already exist can exist already: one end made by
    // this import has no links yet. (A first import of a call file looks up none.)
    const linkKeys = new Map<LinkKind, string[]>()
    for (const l of plan.links) {
      if (!this.existing.has(l.fromRef) || !this.existing.has(l.toRef)) continue
      const keys = linkKeys.get(l.kind) ?? []
      keys.push(l.importKey)
      linkKeys.set(l.kind, keys)
    }
    for (const [kind, keys] of linkKeys)
      for (let i = 0; i < keys.length; i += BATCH) {
        const res = await tx.run(EXISTING_LINKS[kind], { keys: keys.slice(i, i + BATCH) })
        for (const r of res.records) this.existingLinks.add(r.get('key') as string)
      }
  }

  private async mergeSource(tx: ManagedTransaction): Promise<void> {
    const { source, label } = this.req
    const props: StoredProps = {
      id: `${ID_PREFIX.Source}-${randomUUID()}`,
      name: source.name.slice(0, 200),
      sourceType: source.sourceType,
      reference: `sha256:${this.digest}`,
      date: this.now.slice(0, 10),
      description: `${label}: ${this.plan.rows} rows`,
      ...this.provenance(),
      sourceIds: [],
    }
    props.searchText = searchTextFor('Source', props)
    const res = await tx.run(MERGE_SOURCE, {
      reference: props.reference,
      scope: this.req.caseId ?? `user:${this.data.requireUser().username}`,
      props: toNeo4jProps(props),
    })
    const rec = res.records[0]!
    this.sourceId = rec.get('id') as string
    this.sourceCreated = rec.get('created') === true
    if (this.sourceCreated && this.runId)
      await tx.run(STAGE_SOURCE, { id: this.sourceId, runId: this.runId })
  }

  provenance() {
    const m = this.req.source
    return {
      sourceIds: this.sourceId ? [this.sourceId] : [],
      reliability: m.reliability,
      credibility: m.credibility,
      handling: m.handling,
      recordedBy: this.data.requireUser().username,
      recordedAt: this.now,
      version: 1,
    }
  }

  report(): ImportReport {
    return {
      dryRun: this.req.dryRun,
      fileName: this.req.fileName,
      encoding: this.req.encoding,
      rows: this.plan.rows,
      sourceId: this.sourceId || null,
      entities: tally(
        this.plan.entities.map((e) => ({ kind: e.kind, created: !this.existing.has(e.ref) })),
      ),
      links: tally(
        this.plan.links.map((l) => ({
          kind: l.kind,
          created: !this.existingLinks.has(l.importKey),
        })),
      ),
      createdIds: this.fresh.slice(0, 50).map((e) => this.ids.get(e.ref)!),
      notes: this.notes(),
      matches: this.examples,
      setAside: this.req.setAside ?? null,
    }
  }

  notes(): ReportNote[] {
    const notes = [...(this.plan.notes ?? [])]
    const skipped = this.req.skipped ?? []
    for (const reason of new Set(skipped.map((s) => s.reason))) {
      const lines = skipped.filter((s) => s.reason === reason).map((s) => s.line)
      notes.push({
        code: 'skipped_lines',
        count: lines.length,
        lines: lines.slice(0, 20),
        field: reason,
        example: null,
      })
    }
    return notes
  }

  /** Entities, then links, in statements of `size` rows; `batch` runs each in the caller's transaction(s). */
  async write(
    batch: (work: (run: Run) => Promise<unknown>) => Promise<void>,
    size = BATCH,
  ): Promise<void> {
    const prov = toNeo4jProps(this.provenance() as StoredProps)
    const labels = (kind: string) => (this.runId ? ['Entity', kind, 'Staged'] : ['Entity', kind])
    const staged = this.runId ? { importRun: this.runId } : {}
    const fresh = this.fresh
    const total = fresh.length + this.plan.links.length
    let done = 0
    const records = fresh.map((e) => {
      const props: StoredProps = { ...(e.props as StoredProps), ...staged }
      if (e.match === 'import') props.importKey = importKeyOf(e)
      props.searchText = searchTextFor(e.kind, props)
      return { kind: e.kind, id: this.ids.get(e.ref)!, props }
    })
    const entityRow = (n: (typeof records)[number]) => ({
      labels: labels(n.kind),
      props: toNeo4jProps({ ...n.props, id: n.id }),
    })
    // A staged run's entities go through files as its links do, a kind per file.
    const byEntityKind = new Map<string, typeof records>()
    for (const n of records) {
      const list = byEntityKind.get(n.kind) ?? []
      list.push(n)
      byEntityKind.set(n.kind, list)
    }
    const groups = this.runId ? [...byEntityKind.values()] : records.length ? [records] : []
    for (const group of groups) {
      const chunk = this.runId ? FILE_CHUNK : size
      for (let i = 0; i < group.length; i += chunk) {
        const slice = group.slice(i, i + chunk)
        const kind = slice[0]!.kind
        const filed =
          this.runId && (await this.data.stageEntities(slice, labels(kind), 'n += $prov', { prov }))
        if (filed) await this.data.heartbeat(this.runId!)
        else
          for (let j = 0; j < slice.length; j += size) {
            const rows = slice.slice(j, j + size).map(entityRow)
            await batch((run) => run(CREATE_ENTITIES, { rows, prov }))
          }
        done += slice.length
        this.req.onProgress?.('write', done, total)
      }
    }
    const byKind = new Map<LinkKind, GraphBatch['links']>()
    for (const l of this.plan.links) {
      if (this.existingLinks.has(l.importKey)) continue
      // No run id on links: each staged link has a staged end, whose deletion takes it along
      // (data/staging.ts); a property and an index entry less per link (docs/benchmarks.md).
      const link = {
        id: `lnk-${randomUUID()}`,
        kind: l.kind,
        from: this.ids.get(l.fromRef)!,
        to: this.ids.get(l.toRef)!,
        props: { ...(l.props as StoredProps), importKey: l.importKey },
      }
      // A staged link between two entities that already exist would be visible at once (only
      // nodes carry :Staged): such links wait for the publishing transaction.
      if (this.runId && this.existing.has(l.fromRef) && this.existing.has(l.toRef)) {
        const rows = this.deferred.get(l.kind) ?? []
        rows.push(linkRow(link))
        this.deferred.set(l.kind, rows)
        continue
      }
      const rows = byKind.get(l.kind) ?? []
      rows.push(link)
      byKind.set(l.kind, rows)
    }
    for (const [kind, links] of byKind) {
      // A staged run's links go through a file the database reads where it can: all of a kind
      // in chunks, a heartbeat between them (the run's lease).
      const chunk = this.runId ? FILE_CHUNK : size
      for (let i = 0; i < links.length; i += chunk) {
        const slice = links.slice(i, i + chunk)
        const filed = this.runId && (await this.data.stageLinks(slice, 'r += $prov', { prov }))
        if (filed) {
          await this.data.heartbeat(this.runId!)
        } else {
          for (let j = 0; j < slice.length; j += size) {
            const rows = slice.slice(j, j + size).map(linkRow)
            await batch((run) => run(CREATE_LINKS[kind], { rows, prov }))
          }
        }
        done += slice.length
        this.req.onProgress?.('write', done, total)
      }
    }
  }

  /** What makes the import count: visible, cited, in the case. Runs with the audit entry. */
  async publish(tx: ManagedTransaction): Promise<void> {
    if (this.runId) {
      const claimed = await tx.run(CLAIM_RUN, { runId: this.runId })
      if (!claimed.records.length) throw appError('import/aborted')
      await tx.run(PUBLISH_RUN, { runId: this.runId })
      const prov = toNeo4jProps(this.provenance() as StoredProps)
      for (const [kind, rows] of this.deferred)
        for (let i = 0; i < rows.length; i += BATCH)
          await tx.run(CREATE_LINKS[kind], { rows: rows.slice(i, i + BATCH), prov })
    }
    const matched = [...this.existing.values()]
    for (let i = 0; i < matched.length; i += BATCH)
      await tx.run(CITE_SOURCE, { ids: matched.slice(i, i + BATCH), sourceId: this.sourceId })
    if (this.req.caseId) {
      const freshIds = new Set(this.fresh.map((e) => this.ids.get(e.ref)))
      const prov = this.provenance()
      const members = this.plan.entities.map((e) => this.ids.get(e.ref)!)
      // The file's Source joins the case with what it brought: it is case data, not shared.
      const rows = [this.sourceId, ...members].map((id) => {
        const props = { ...prov, id: `lnk-${randomUUID()}` } as StoredProps
        const fresh = id === this.sourceId ? this.sourceCreated : freshIds.has(id)
        return { id, fresh, props: toNeo4jProps(props) }
      })
      for (let i = 0; i < rows.length; i += BATCH)
        await tx.run(ADD_IMPORT_TO_CASE, {
          caseId: this.req.caseId,
          rows: rows.slice(i, i + BATCH),
        })
    }
  }

  audit() {
    const all = this.plan.entities.map((e) => this.ids.get(e.ref)!)
    return {
      action: 'COLLECT' as const,
      operation: this.req.dryRun ? 'importDryRun' : 'import',
      entityIds: this.req.dryRun ? [] : [this.sourceId, ...all],
      personIds: this.plan.entities
        .filter((e) => e.kind === 'Person')
        .map((e) => this.ids.get(e.ref)!),
      caseId: this.req.caseId ?? null,
      detail: `file:sha256:${this.digest.slice(0, 16)} rows:${this.plan.rows}${this.req.setAside ? ` setAside:${this.req.setAside.rows}` : ''}${this.runId ? ` run:${this.runId}` : ''}`,
    }
  }
}

/**
 * Imports a file through the audited data layer; it lands whole or not at all, and re-running
 * it adds nothing (its Source, entities and links are found again).
 * - Small files: one transaction with the audit entry; a crash or kill rolls it back.
 * - Large files: batches under a run id, invisible (:Staged) until one transaction publishes
 *   them with the audit entry; a failure deletes the run, and a run whose process died is
 *   deleted by the next start (see data/staging.ts).
 * A dry run matches and counts the same way and writes nothing.
 */
export async function runImport(data: DataAccess, req: ImportRequest): Promise<ImportReport> {
  data.requireUser()
  const { table, plan, setAside: aside, digest } = await prepareImport(req)
  const { mapping, fileName } = req
  return importPlan(data, {
    plan,
    source: { ...mapping.source, name: mapping.source.name.replace('{file}', fileName) },
    label: mapping.name,
    fileName,
    digest,
    encoding: table.encoding,
    caseId: req.caseId,
    dryRun: req.dryRun,
    onProgress: req.onProgress,
    setAside: aside,
    skipped: table.skipped,
  })
}

/** Writes a checked plan (no errors) as `runImport` describes; every format ends here. */
export async function importPlan(data: DataAccess, req: PlanRequest): Promise<ImportReport> {
  const user = data.requireUser()
  // The H3 code hides a source from everyone without the informant clearance: a supervisor's act.
  if (req.source.handling === 'H3' && !can(user, 'source.classifyH3'))
    throw appError('auth/forbidden', { field: 'source.handling' })
  const { plan } = req
  const large = plan.entities.length + plan.links.length > SINGLE_TRANSACTION_LIMIT
  if (req.dryRun || !large) {
    const job = new ImportJob(data, req, null)
    // The entry is read when the work is done: filled in then with what was written.
    const audit = job.audit()
    const report = await data.write(audit, async (tx) => {
      await job.resolve(tx)
      if (!req.dryRun) {
        await job.write((work) => work((q, p) => tx.run(q, p)).then(() => undefined))
        await job.publish(tx)
      }
      Object.assign(audit, job.audit())
      return job.report()
    })
    return { ...report, matches: named(report.matches) }
  }
  const runId = `imp-${randomUUID()}`
  const job = new ImportJob(data, req, runId)
  try {
    await data.stage((tx) => job.resolve(tx))
    await job.write(async (work) => {
      await data.stage((tx) => work((q, p) => tx.run(q, p)))
      await data.heartbeat(runId)
    }, STAGED_BATCH)
    const audit = job.audit()
    const report = await data.write(audit, async (tx) => {
      await job.publish(tx)
      return job.report()
    })
    // So many new records make the cached plans stale: replanned now, not by the next Check.
    void replanChecks(data)
    return { ...report, matches: named(report.matches) }
  } catch (e) {
    await data.rollbackRun(runId, 'failed').catch(() => undefined)
    throw e
  }
}
