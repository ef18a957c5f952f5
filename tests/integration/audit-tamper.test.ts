import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { verifyAuditChain } from '@htwb/server'
import neo4j from 'neo4j-driver'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Api } from '../support/api.ts'
import { closeTestDriver, testDb, testDriver } from '../support/db.ts'

/**
 * The audit chain against someone who can write to Neo4j (the embedded database's password, a
 * stolen backup restored and edited, a DBA): they can change any node, so each attack below
 * rewrites the chain as consistently as the database alone allows, and the check must still fail.
 * Every test puts the original entries back, so the chain verifies for the tests that follow.
 */

type Props = Record<string, unknown>

// Enough entries to edit one in the middle, whichever test files ran before.
beforeAll(async () => {
  for (let i = 0; i < 5; i++) await Api.signedIn()
})
afterAll(() => closeTestDriver())

const run = (query: string, params: Props = {}) =>
  testDriver().executeQuery(query, params, { database: 'neo4j' })

/** Every entry's stored properties (driver values, fit to be written back) and the head. */
async function snapshot(): Promise<{ entries: Props[]; head: { seq: unknown; hash: string } }> {
  const res = await run(`MATCH (a:AuditEntry) RETURN a ORDER BY a.seq`)
  const head = (await run(`MATCH (h:AuditHead {id: 'head'}) RETURN h.seq AS seq, h.hash AS hash`))
    .records[0]!
  return {
    entries: res.records.map((r) => ({ ...(r.get('a').properties as Props) })),
    head: { seq: head.get('seq'), hash: head.get('hash') as string },
  }
}

async function restore(s: Awaited<ReturnType<typeof snapshot>>): Promise<void> {
  await run(`MATCH (a:AuditEntry) DETACH DELETE a`)
  for (let i = 0; i < s.entries.length; i += 1000)
    await run(`UNWIND $rows AS row CREATE (a:AuditEntry) SET a = row`, {
      rows: s.entries.slice(i, i + 1000),
    })
  await run(`MATCH (h:AuditHead {id: 'head'}) SET h.seq = $seq, h.hash = $hash`, s.head)
}

/** Writes rewritten entries over the stored ones (by seq) and points the head at the last. */
async function overwrite(entries: Props[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000)
    await run(`UNWIND $rows AS row MATCH (a:AuditEntry {seq: row.seq}) SET a = row`, {
      rows: entries.slice(i, i + 1000),
    })
  const last = entries.at(-1)!
  await run(`MATCH (h:AuditHead {id: 'head'}) SET h.seq = $seq, h.hash = $hash`, {
    seq: last.seq,
    hash: last.hash,
  })
}

// The attacker's copy of the published, unkeyed algorithm (formats 1–2): values as the checker
// reads them, the fields sorted, SHA-256 over the JSON.
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return v.toNumber()
  if (neo4j.isDateTime(v)) return new Date(v.toString()).toISOString()
  if (Array.isArray(v)) return v.map(plain)
  return v
}
function unkeyedHash(entry: Props): string {
  const p = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, plain(v)]))
  const skip = ['hash', 'justification', 'justificationErased']
  const keys = Object.keys(p)
    .filter((k) => !skip.includes(k))
    .sort()
  return sha256(JSON.stringify(keys.map((k) => [k, p[k]])))
}

/** Re-chains `entries` from `prevHash` on, each passed through `edit` first. */
function rechain(entries: Props[], prevHash: string, edit: (e: Props) => Props): Props[] {
  let prev = prevHash
  return entries.map((original) => {
    const e: Props = { ...edit({ ...original }), prevHash: prev }
    e.hash = unkeyedHash(e)
    prev = e.hash as string
    return e
  })
}

describe('tamper-evident audit chain', () => {
  it('holds in normal operation, in the keyed format, anchored outside the graph', async () => {
    await Api.signedIn() // appends a SIGN_IN entry through the running server
    const check = await verifyAuditChain(testDb())
    expect(check).toMatchObject({ ok: true, firstBadSeq: null, reason: null })
    const { entries, head } = await snapshot()
    expect(new Set(entries.map((e) => plain(e.v)))).toEqual(new Set([3]))
    const anchor = readFileSync(inject('auditFiles').anchorFile, 'utf8').trim().split('\n')
    expect(anchor.at(-1)).toBe(`${plain(head.seq) as number} ${head.hash}`)
    // The key is readable by its owner only.
    expect(statSync(inject('auditFiles').keyFile).mode & 0o777).toBe(0o600)
  })

  it('detects an edited entry with the chain recomputed by plain SHA-256', async () => {
    const saved = await snapshot()
    const k = saved.entries.length - 4
    const tail = rechain(saved.entries.slice(k), saved.entries[k - 1]!.hash as string, (e) =>
      plain(e.seq) === plain(saved.entries[k]!.seq) ? { ...e, actor: 'someone-else' } : e,
    )
    await overwrite(tail)
    try {
      expect(await verifyAuditChain(testDb())).toMatchObject({
        ok: false,
        firstBadSeq: plain(saved.entries[k]!.seq),
        reason: 'entry',
      })
    } finally {
      await restore(saved)
    }
    expect((await verifyAuditChain(testDb())).ok).toBe(true)
  })

  it('detects the whole chain rewritten in the old unkeyed format', async () => {
    const saved = await snapshot()
    const target = saved.entries.findIndex((e) => plain(e.action) === 'SIGN_IN')
    // Every entry as format 2 (a SHA-256 digest of the justification), one of them edited: the
    // chain is consistent from genesis to the head, only the anchor can tell.
    const edited = saved.entries[target]!.seq
    const forged = rechain(saved.entries, 'genesis', (e) => ({
      ...e,
      actor: plain(e.seq) === plain(edited) ? 'someone-else' : e.actor,
      v: neo4j.int(2),
      justificationDigest: sha256(e.justification as string),
    }))
    await overwrite(forged)
    try {
      const check = await verifyAuditChain(testDb())
      expect(check).toMatchObject({ ok: false, reason: 'anchor' })
      expect(check.firstBadSeq).toBeLessThanOrEqual(plain(saved.entries[target]!.seq) as number)
    } finally {
      await restore(saved)
    }
    expect((await verifyAuditChain(testDb())).ok).toBe(true)
  })

  it('detects the newest entries deleted with the head moved back consistently', async () => {
    // Three sign-ins to drop: nothing else depends on them (an erasure entry would, for the
    // justifications it redacted, and the walk would see that first).
    for (let i = 0; i < 3; i++) await Api.signedIn()
    const saved = await snapshot()
    const keep = saved.entries.length - 3
    const newLast = saved.entries[keep - 1]!
    await run(`MATCH (a:AuditEntry) WHERE a.seq > $seq DELETE a`, { seq: newLast.seq })
    await run(`MATCH (h:AuditHead {id: 'head'}) SET h.seq = $seq, h.hash = $hash`, {
      seq: newLast.seq,
      hash: newLast.hash,
    })
    try {
      expect(await verifyAuditChain(testDb())).toMatchObject({
        ok: false,
        entries: keep,
        firstBadSeq: keep + 1,
        reason: 'anchor',
      })
    } finally {
      await restore(saved)
    }
    expect((await verifyAuditChain(testDb())).ok).toBe(true)
  })
})

describe('embedded database secret', () => {
  it.runIf(process.platform === 'linux')(
    'is not in the environment or command line of the Neo4j process',
    () => {
      const pid = inject('graphPid')
      const password = inject('boltPassword')
      const environ = readFileSync(`/proc/${pid}/environ`, 'latin1')
      expect(environ).toContain('WB_GRAPH_DATA_DIR=') // the right process, readable
      expect(environ).not.toContain(password)
      expect(readFileSync(`/proc/${pid}/cmdline`, 'latin1')).not.toContain(password)
    },
  )
})
