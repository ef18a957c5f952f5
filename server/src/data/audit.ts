import { createHash, randomUUID } from 'node:crypto'
import type { ManagedTransaction } from 'neo4j-driver'
import neo4j from 'neo4j-driver'
import { toPlain } from './convert.ts'
import type { Db } from './driver.ts'

/** Law Enforcement Directive 2016/680 Art. 25 operations. */
export type AuditAction =
  'COLLECT' | 'ALTER' | 'CONSULT' | 'DISCLOSE' | 'COMBINE' | 'ERASE' | 'SIGN_IN'
export type AuditOutcome = 'OK' | 'REFUSED' | 'FAILED'

export interface AuditEvent {
  actor: string | null
  action: AuditAction
  operation: string
  outcome: AuditOutcome
  personIds?: string[]
  entityIds?: string[]
  caseId?: string | null
  justification?: string | null
  detail?: string | null
  /** For ERASE: the entries whose justification text this erasure redacted. */
  redactedSeqs?: number[]
}

/** Entry format 2 chains a digest of the free-text justification instead of the text itself. */
const FORMAT = 2
export const ERASED_TEXT = '[erased]'
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

const HEAD = `MATCH (h:AuditHead {id: 'head'}) SET h.lockedAt = datetime() RETURN h.seq AS seq, h.hash AS hash`
const APPEND = `
MATCH (h:AuditHead {id: 'head'})
CREATE (a:AuditEntry)
SET a = $entry, a.at = datetime($entry.at)
SET h.seq = $entry.seq, h.hash = $entry.hash`

/**
 * The hashed form of an entry. From format 2 on, the justification text is outside the hash
 * (its digest is inside), so erasure can redact a name someone typed into a justification
 * without breaking the chain; the check still catches any other edit of the text.
 */
function canonical(entry: Record<string, unknown>): string {
  const unhashed = entry.v === FORMAT ? ['hash', 'justification', 'justificationErased'] : ['hash']
  const keys = Object.keys(entry)
    .filter((k) => !unhashed.includes(k))
    .sort()
  return JSON.stringify(keys.map((k) => [k, entry[k]]))
}

/**
 * Appends one entry to the hash chain inside the caller's transaction, so the entry commits or
 * rolls back with the change it records. The head node's write lock serialises appends.
 */
export async function appendAudit(tx: ManagedTransaction, event: AuditEvent): Promise<void> {
  const head = (await tx.run(HEAD)).records[0]
  if (!head) throw new Error('audit head missing: migration V0004 not applied')
  const seq = (toPlain(head.get('seq')) as number) + 1
  const entry: Record<string, unknown> = {
    id: randomUUID(),
    seq,
    at: new Date().toISOString(),
    actor: event.actor ?? '',
    action: event.action,
    operation: event.operation,
    outcome: event.outcome,
    personIds: [...new Set(event.personIds ?? [])].sort(),
    entityIds: [...new Set(event.entityIds ?? [])].sort(),
    caseId: event.caseId ?? '',
    justification: event.justification ?? '',
    justificationDigest: sha256(event.justification ?? ''),
    detail: event.detail ?? '',
    redactedSeqs: [...new Set(event.redactedSeqs ?? [])].sort((a, b) => a - b),
    prevHash: head.get('hash') as string,
    v: FORMAT,
  }
  entry.hash = sha256(canonical(entry))
  await tx.run(APPEND, {
    entry: {
      ...entry,
      seq: neo4j.int(seq),
      v: neo4j.int(FORMAT),
      redactedSeqs: (entry.redactedSeqs as number[]).map((n) => neo4j.int(n)),
    },
  })
}

export async function writeAudit(db: Db, event: AuditEvent): Promise<void> {
  const session = db.driver.session({ database: db.database })
  try {
    await session.executeWrite((tx) => appendAudit(tx, event))
  } finally {
    await session.close()
  }
}

export interface ChainCheck {
  ok: boolean
  entries: number
  firstBadSeq: number | null
}

/**
 * Recomputes every hash in order and checks the last against the head: an edited, removed,
 * reordered or truncated entry breaks the chain.
 */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
  })
  try {
    // Head first: entries appended while we read lie beyond it and are left for the next check.
    const { res, head } = await session.executeRead(async (tx) => {
      const h = (
        await tx.run(`MATCH (h:AuditHead {id: 'head'}) RETURN h.seq AS seq, h.hash AS hash`)
      ).records[0]
      const seq = h ? h.get('seq') : neo4j.int(0)
      return {
        head: h,
        res: await tx.run(`MATCH (a:AuditEntry) WHERE a.seq <= $seq RETURN a ORDER BY a.seq`, {
          seq,
        }),
      }
    })
    let prev = 'genesis'
    let expectedSeq = 1
    const entries = res.records.map(
      (r) => toPlain(r.get('a').properties) as Record<string, unknown>,
    )
    // A redacted justification is fine only where a later, chained erasure entry says so.
    const redacted = new Set(entries.flatMap((e) => (e.redactedSeqs as number[] | undefined) ?? []))
    for (const props of entries) {
      const text =
        props.v !== FORMAT ||
        (props.justificationErased === true
          ? redacted.has(props.seq as number) && props.justification === ERASED_TEXT
          : sha256(props.justification as string) === props.justificationDigest)
      const bad =
        !text ||
        props.seq !== expectedSeq ||
        props.prevHash !== prev ||
        sha256(canonical(props)) !== props.hash
      if (bad) return { ok: false, entries: res.records.length, firstBadSeq: expectedSeq }
      prev = props.hash as string
      expectedSeq++
    }
    const headSeq = head ? (toPlain(head.get('seq')) as number) : -1
    if (headSeq !== expectedSeq - 1 || head?.get('hash') !== prev) {
      return { ok: false, entries: res.records.length, firstBadSeq: expectedSeq }
    }
    return { ok: true, entries: res.records.length, firstBadSeq: null }
  } finally {
    await session.close()
  }
}
