import neo4j, { type ManagedTransaction, type Record as NeoRecord } from 'neo4j-driver'
import type { GraphBatch } from '@htwb/graph'
import { appError } from '../errors.ts'
import { linksAsCsv, loadCsv, nodesAsCsv, unreadable } from './bulk-csv.ts'
import { appendAudit, verifyAuditChain, writeAudit, type AuditAction } from './audit.ts'
import type { AuditLink } from './audit-seal.ts'
import { collectPersonIds } from './convert.ts'
import { pseudonymise } from './protection.ts'
import { invalidateProtectedIdentities, protectedIdentities } from './protected-index.ts'
import { mentionedPersons, shield } from './shield.ts'
import { heartbeat, rollbackRun } from './staging.ts'
import type { Db } from './driver.ts'
import type { UserModel } from './models.ts'
import { derive } from './derived.ts'
import { viewerParams } from './visibility.ts'
import { can } from '@htwb/graph/permissions'

export type Params = Record<string, unknown>
/** One statement of a SystemAccess transaction. */
export type PlatformRun = (query: string, params?: Params) => Promise<NeoRecord[]>

export interface WriteAudit {
  action: AuditAction
  operation: string
  entityIds?: string[]
  personIds?: string[]
  caseId?: string | null
  /** For DISCLOSE: who received the data. */
  recipient?: string
  justification?: string
  detail?: string
  /** For ERASE: audit entries whose justification text the erasure redacted. */
  redactedSeqs?: number[]
  /**
   * Records besides entityIds and personIds whose need-to-know fields the write may change
   * (data/derived.ts): an address left behind by an erasure. Not part of the audit entry.
   */
  derive?: string[]
}

/**
 * The one gate to investigation data. Services hand it named Cypher and parameters; it runs
 * them as the signed-in user and keeps the audit trail:
 * - every Person node in a read result is recorded as consulted, and one CONSULT entry per
 *   request is written before the response leaves (see flushConsultations);
 * - every write appends its audit entry inside the same transaction.
 * Person data must be returned as nodes (not map projections) so the walk can see it.
 * The driver is reachable only through this module (enforced by lint).
 */
export class DataAccess {
  private readonly consulted = new Set<string>()
  private readonly caseIds = new Set<string>()
  /** The cases assigned to the viewer, read once per request and again after each write. */
  private assigned: Promise<string[]> | null = null

  constructor(
    private readonly db: Db,
    readonly user: UserModel | null,
    private readonly pseudonymKey: string,
  ) {}

  requireUser(): UserModel {
    if (!this.user) throw appError('auth/unauthenticated')
    return this.user
  }

  /**
   * Notes a case the current request works in. A request that touches several cases records all
   * of them on its entry rather than crediting one with what the others showed.
   */
  inCase(caseId: string): void {
    this.caseIds.add(caseId)
  }

  private get caseId(): string | null {
    return this.caseIds.size ? [...this.caseIds].sort().join(',') : null
  }

  async read<T>(query: string, params: Params, map: (rec: NeoRecord) => T): Promise<T[]> {
    const user = this.requireUser()
    const records = await this.run('READ', user, (tx) =>
      tx.run(query, params).then((r) => r.records),
    )
    for (const rec of records) for (const v of rec.values()) collectPersonIds(v, this.consulted)
    const mapped = records.map(map)
    pseudonymise(mapped, this.pseudonymKey)
    await this.shield(mapped)
    return mapped
  }

  /**
   * Withholds protected identities written in free text, and the numbers of protected persons'
   * phones and assets, from a viewer without VICTIM_IDENTITY (shield.ts); records whom the text
   * names. Every read and write result passes here; a service holding data read otherwise (the
   * audit trail) calls it before the data leaves.
   */
  async shield(value: unknown, consulted: Set<string> = this.consulted): Promise<void> {
    const user = this.requireUser()
    await shield(value, {
      identities: await protectedIdentities(this.db, this.pseudonymKey),
      cleared: user.clearances.includes('VICTIM_IDENTITY'),
      consulted,
      viewer: user.username,
      runRead: (query, params) =>
        this.run('READ', user, (tx) => tx.run(query, params).then((r) => r.records)),
    })
  }

  /**
   * Runs a write and its audit entry in one transaction; `work` may run several statements and
   * may add the person ids it discovers to `audit.personIds`, which is read after it finishes.
   */
  async write<T>(audit: WriteAudit, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const user = this.requireUser()
    const identities = await protectedIdentities(this.db, this.pseudonymKey)
    // The attempt that committed sets it last (a retried transaction runs `work` again).
    const link: AuditLink[] = []
    const result = await this.run('WRITE', user, async (tx) => {
      const result = await work(tx)
      // Need-to-know reads what the write changed from the nodes themselves: derive it before
      // anything commits (work may have added ids to the entry while it ran). A disclosure
      // (an export, an assignment) changes no membership, home or person.
      if (audit.action !== 'DISCLOSE' && audit.action !== 'CONSULT')
        await derive(tx, [
          ...(audit.entityIds ?? []),
          ...(audit.personIds ?? []),
          ...(audit.derive ?? []),
        ])
      link[0] = await appendAudit(this.db.seal, tx, {
        actor: user.username,
        action: audit.action,
        operation: audit.operation,
        outcome: 'OK',
        entityIds: audit.entityIds ?? [],
        // Text naming a protected person is stored as written; the entry says whom it names.
        personIds: [
          ...new Set([...(audit.personIds ?? []), ...mentionedPersons(result, identities)]),
        ],
        caseId: audit.caseId ?? this.caseId,
        justification: audit.justification ?? null,
        detail: audit.recipient ? `recipient:${audit.recipient}` : (audit.detail ?? null),
        redactedSeqs: audit.redactedSeqs ?? [],
      })
      pseudonymise(result, this.pseudonymKey)
      return result
    })
    this.assigned = null
    await this.db.seal.anchor(link)
    if (touchesIdentities(audit)) invalidateProtectedIdentities(this.db)
    await this.shield(result, new Set())
    return result
  }

  /**
   * A write of import data that is not yet visible to anyone (:Staged): no audit entry, since
   * nothing is collected until the run publishes, which writes the COLLECT entry.
   */
  async stage<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', this.requireUser(), work)
  }

  /**
   * Staged links through a file the database reads itself, where it can (the embedded Neo4j:
   * `Db.fileDir`) and where every value survives a CSV cell (bulk-csv.ts); false otherwise, and
   * the caller sends them as parameters. The driver packs parameters at about 13k rows/s, which
   * made links most of a large import's time. Each link must have an end that is :Staged: the
   * statement commits in batches of its own, and a rollback finds the links only through their
   * staged ends (staging.ts). `set` (e.g. `r += $prov`) runs after the file's columns.
   */
  stageLinks(
    links: GraphBatch['links'],
    set: string,
    params: Record<string, unknown>,
  ): Promise<boolean> {
    return this.stageFile(links.length ? linksAsCsv(links, { set }) : null, params)
  }

  /** Staged entities of one kind the same way; `labels` must include Staged (checked). */
  stageEntities(
    nodes: GraphBatch['nodes'],
    labels: readonly string[],
    set: string,
    params: Record<string, unknown>,
  ): Promise<boolean> {
    if (!labels.includes('Staged')) throw new Error('stageEntities writes staged entities only')
    return this.stageFile(nodes.length ? nodesAsCsv(nodes, labels, { set }) : null, params)
  }

  private async stageFile(
    asCsv: ReturnType<typeof linksAsCsv>,
    params: Record<string, unknown>,
  ): Promise<boolean> {
    this.requireUser()
    const dir = this.db.fileDir
    if (!dir || !asCsv) return false
    try {
      await loadCsv(this.db, dir, asCsv, params)
      return true
    } catch (e) {
      // A database that cannot read the file (NEO4J_LOAD_DIR under another account) read none
      // of it: the records go as parameters. Any other failure is the import's.
      if (unreadable(e)) return false
      throw e
    }
  }

  /** Cases assigned to the user: what `visible()` compares each node's `caseIds` with. */
  private assignedCases(user: UserModel): Promise<string[]> {
    if (can(user, 'case.all')) return Promise.resolve([])
    this.assigned ??= (async () => {
      const session = this.db.driver.session({
        database: this.db.database,
        defaultAccessMode: neo4j.session.READ,
      })
      try {
        const res = await session.executeRead((tx) => tx.run(ASSIGNED_CASES, { id: user.id }))
        return (res.records[0]?.get('ids') as string[] | undefined) ?? []
      } finally {
        await session.close()
      }
    })()
    // A failed read is not kept: the next statement asks again.
    this.assigned.catch(() => (this.assigned = null))
    return this.assigned
  }

  heartbeat = (id: string) => heartbeat(this.db, id)
  rollbackRun = (id: string, reason: string) =>
    rollbackRun(this.db, id, this.requireUser().username, reason)

  /**
   * The identity behind a protected person: the one read that skips pseudonymisation. Needs the
   * VICTIM_IDENTITY clearance and a justification, both recorded (refusals too).
   */
  async reveal<T>(
    personId: string,
    justification: string,
    query: string,
    map: (rec: NeoRecord) => T,
  ): Promise<T | null> {
    const user = this.requireUser()
    const entry = {
      actor: user.username,
      action: 'CONSULT' as const,
      operation: 'revealIdentity',
      personIds: [personId],
      justification,
    }
    if (!user.clearances.includes('VICTIM_IDENTITY')) {
      await writeAudit(this.db, { ...entry, outcome: 'REFUSED', detail: 'auth/clearance_required' })
      throw appError('auth/clearance_required')
    }
    const link: AuditLink[] = []
    const revealed = await this.run('WRITE', user, async (tx) => {
      link.length = 0
      const rec = (await tx.run(query, { id: personId })).records[0]
      if (!rec) return null
      link[0] = await appendAudit(this.db.seal, tx, {
        ...entry,
        outcome: 'OK',
        caseId: this.caseId,
      })
      return map(rec)
    })
    await this.db.seal.anchor(link)
    return revealed
  }

  /**
   * Writes the request's CONSULT entry; the response must not leave if this fails. `operation`
   * is the server's account of what ran; `detail` may carry the client's own label for it.
   */
  async flushConsultations(operation: string, detail: string | null = null): Promise<string[]> {
    if (!this.consulted.size || !this.user) return []
    const personIds = [...this.consulted]
    await writeAudit(this.db, {
      actor: this.user.username,
      action: 'CONSULT',
      operation,
      outcome: 'OK',
      personIds,
      caseId: this.caseId,
      detail,
    })
    this.consulted.clear()
    return personIds
  }

  /** Records a refused attempt (bad credentials, forbidden, stale version). */
  async refused(action: AuditAction, operation: string, detail: string, entityIds: string[] = []) {
    await writeAudit(this.db, {
      actor: this.user?.username ?? null,
      action,
      operation,
      outcome: 'REFUSED',
      entityIds,
      detail,
      caseId: this.caseId,
    })
  }

  /** Runs `work` with a transaction whose every statement also gets the viewer parameters. */
  private async run<T>(
    mode: 'READ' | 'WRITE',
    user: UserModel,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const viewer = viewerParams(user, await this.assignedCases(user))
    const session = this.db.driver.session({
      database: this.db.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    })
    try {
      const scoped = (tx: ManagedTransaction) =>
        work({
          run: (q: string, p: Params = {}) => tx.run(q, { ...p, ...viewer }),
        } as ManagedTransaction)
      return mode === 'READ'
        ? await session.executeRead(scoped)
        : await session.executeWrite(scoped)
    } finally {
      await session.close()
    }
  }
}

const ASSIGNED_CASES = `MATCH (:User {id: $id})-[:ASSIGNED_TO]->(c:Case) RETURN collect(c.id) AS ids`

/** A write that may change who is protected or what identifies them: persons, phones, assets. */
const touchesIdentities = (audit: WriteAudit) =>
  (audit.personIds?.length ?? 0) > 0 ||
  (audit.entityIds ?? []).some((id) => /^(per|pho|ast)-/.test(id))

/**
 * Access for the platform itself (users, sessions, migrations): no personal data of data
 * subjects passes here, and Person nodes are refused outright.
 */
export class SystemAccess {
  constructor(private readonly db: Db) {}

  async read<T>(query: string, params: Params, map: (rec: NeoRecord) => T): Promise<T[]> {
    if (/:\s*Person\b|:\s*Entity\b/.test(query))
      throw new Error('SystemAccess must not touch entities')
    const session = this.db.driver.session({
      database: this.db.database,
      defaultAccessMode: neo4j.session.READ,
    })
    try {
      return (await session.executeRead((tx) => tx.run(query, params))).records.map(map)
    } finally {
      await session.close()
    }
  }

  async write<T = never>(query: string, params: Params, map?: (rec: NeoRecord) => T): Promise<T[]> {
    if (/:\s*Person\b|:\s*Entity\b/.test(query))
      throw new Error('SystemAccess must not touch entities')
    const session = this.db.driver.session({ database: this.db.database })
    try {
      const result = await session.executeWrite((tx) => tx.run(query, params))
      return map ? result.records.map(map) : []
    } finally {
      await session.close()
    }
  }

  /**
   * Several platform statements in one write transaction, for a read-decide-write that must not
   * interleave with another (the sign-in throttle). `work` may run again if the database asks
   * for a retry, so it must not have effects outside the transaction.
   */
  async transaction<T>(work: (run: PlatformRun) => Promise<T>): Promise<T> {
    const session = this.db.driver.session({ database: this.db.database })
    try {
      return await session.executeWrite((tx) =>
        work(async (query, params = {}) => {
          if (/:\s*Person\b|:\s*Entity\b/.test(query))
            throw new Error('SystemAccess must not touch entities')
          return (await tx.run(query, params)).records
        }),
      )
    } finally {
      await session.close()
    }
  }

  /** The per-database pseudonym key (migration V0006); every DataAccess needs it. */
  async pseudonymKey(): Promise<string> {
    const [key] = await this.read(
      `MATCH (k:PseudonymKey {id: 'key'}) RETURN k.value AS value`,
      {},
      (r) => r.get('value') as string,
    )
    if (!key) throw new Error('pseudonym key missing: migration V0006 not applied')
    return key
  }

  audit = (event: Parameters<typeof writeAudit>[1]) => writeAudit(this.db, event)

  verifyChain = () => verifyAuditChain(this.db)
}
