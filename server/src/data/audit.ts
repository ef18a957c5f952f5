import { createHash, randomUUID } from 'node:crypto'
import type { ManagedTransaction } from 'neo4j-driver'
import neo4j from 'neo4j-driver'
import type { AuditLink, AuditSeal } from './audit-seal.ts'
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

/**
 * Entry formats: 1 hashes every field with SHA-256; 2 hashes a digest of the free-text
 * justification instead of the text; 3 (written now) is format 2 with HMAC-SHA256 under the key
 * of the AuditSeal, for the entry and the justification digest alike. Formats 1 and 2 still
 * verify, but anyone who can write to the database can rewrite them undetected.
 */
const FORMAT = 3
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
  const unhashed =
    (entry.v as number) >= 2 ? ['hash', 'justification', 'justificationErased'] : ['hash']
  const keys = Object.keys(entry)
    .filter((k) => !unhashed.includes(k))
    .sort()
  return JSON.stringify(keys.map((k) => [k, entry[k]]))
}

/** The seal of an entry in its own format. */
function entryHash(seal: AuditSeal, entry: Record<string, unknown>): string {
  return entry.v === FORMAT ? seal.mac('entry', canonical(entry)) : sha256(canonical(entry))
}

function justificationDigest(seal: AuditSeal, entry: Record<string, unknown>): string {
  const text = entry.justification as string
  return entry.v === FORMAT ? seal.mac('justification', text) : sha256(text)
}

/**
 * Appends one entry to the hash chain inside the caller's transaction, so the entry commits or
 * rolls back with the change it records. The head node's write lock serialises appends. The
 * caller hands the returned link to `seal.anchor` once the transaction has committed.
 */
export async function appendAudit(
  seal: AuditSeal,
  tx: ManagedTransaction,
  event: AuditEvent,
): Promise<AuditLink> {
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
    detail: event.detail ?? '',
    redactedSeqs: [...new Set(event.redactedSeqs ?? [])].sort((a, b) => a - b),
    prevHash: head.get('hash') as string,
    v: FORMAT,
  }
  entry.justificationDigest = justificationDigest(seal, entry)
  const hash = entryHash(seal, entry)
  await tx.run(APPEND, {
    entry: {
      ...entry,
      hash,
      seq: neo4j.int(seq),
      v: neo4j.int(FORMAT),
      redactedSeqs: (entry.redactedSeqs as number[]).map((n) => neo4j.int(n)),
    },
  })
  return { seq, hash }
}

/** One entry in a transaction of its own, anchored once it committed. */
export async function writeAudit(db: Db, event: AuditEvent): Promise<void> {
  const session = db.driver.session({ database: db.database })
  try {
    const link = await session.executeWrite((tx) => appendAudit(db.seal, tx, event))
    await db.seal.anchor([link])
  } finally {
    await session.close()
  }
}

export interface ChainCheck {
  ok: boolean
  entries: number
  firstBadSeq: number | null
  /**
   * Why it failed: `entry` (an entry does not verify or breaks the chain), `head` (the head does
   * not name the last entry), `anchor` (the graph disagrees with the anchor file: an anchored
   * entry is missing or differs, so the chain was truncated or rewritten).
   */
  reason: 'entry' | 'head' | 'anchor' | null
}

/**
 * Recomputes every seal in order, checks the last against the head and the whole against the
 * anchor kept outside the graph: an edited, removed, reordered or truncated entry breaks the
 * chain, and so does a chain rewritten from scratch with a truncation or any other key.
 */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  // The anchor first: whatever it holds had committed before we read the head below.
  const anchored = await db.seal.anchored()
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
    const entries = res.records.map(
      (r) => toPlain(r.get('a').properties) as Record<string, unknown>,
    )
    const fail = (firstBadSeq: number, reason: ChainCheck['reason']): ChainCheck => ({
      ok: false,
      entries: entries.length,
      firstBadSeq,
      reason,
    })
    const chainBreak = walkChain(db.seal, entries)
    if (chainBreak !== null) return fail(chainBreak, 'entry')
    const last = entries.at(-1)
    const headSeq = head ? (toPlain(head.get('seq')) as number) : -1
    if (headSeq !== entries.length || head?.get('hash') !== (last?.hash ?? 'genesis'))
      return fail(entries.length + 1, 'head')
    const anchorBreak = checkAnchors(anchored, entries)
    if (anchorBreak !== null) return fail(anchorBreak, 'anchor')
    return { ok: true, entries: entries.length, firstBadSeq: null, reason: null }
  } finally {
    await session.close()
  }
}

/** The first seq at which the entries stop forming a sealed chain from genesis, or null. */
function walkChain(seal: AuditSeal, entries: Array<Record<string, unknown>>): number | null {
  // A redacted justification is fine only where a later, chained erasure entry says so.
  const redacted = new Set(entries.flatMap((e) => (e.redactedSeqs as number[] | undefined) ?? []))
  let prev = 'genesis'
  let expectedSeq = 1
  let format = 1
  for (const props of entries) {
    const v = (props.v as number | undefined) ?? 1
    const text =
      v === 1 ||
      (props.justificationErased === true
        ? redacted.has(props.seq as number) && props.justification === ERASED_TEXT
        : justificationDigest(seal, props) === props.justificationDigest)
    const bad =
      !text ||
      // Formats only go up: an unkeyed entry after a keyed one was forged without the key.
      v < format ||
      v > FORMAT ||
      props.seq !== expectedSeq ||
      props.prevHash !== prev ||
      entryHash(seal, props) !== props.hash
    if (bad) return expectedSeq
    format = v
    prev = props.hash as string
    expectedSeq++
  }
  return null
}

/**
 * The first anchored seq the graph contradicts, or null. Every anchored entry must still be there
 * with the same hash; the graph may hold more (entries whose anchor line a crash cut off, or
 * written by another instance with an anchor file of its own).
 */
function checkAnchors(
  anchored: AuditLink[],
  entries: Array<Record<string, unknown>>,
): number | null {
  let first: number | null = null
  for (const { seq, hash } of anchored) {
    const entry = entries[seq - 1]
    if (entry?.hash !== hash && (first === null || seq < first)) first = seq
  }
  return first
}
