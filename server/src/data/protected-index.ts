import type { Db } from './driver.ts'
import { MentionMatcher } from './mentions.ts'
import { pseudonym, pseudonymLabel } from './protection.ts'
import { protectedPerson } from './visibility.ts'

/**
 * What identifies the protected persons of the database, held in memory for the free-text
 * shield (shield.ts): their names, aliases and document numbers, the numbers of the phones they
 * use and the identifiers of what they own. Loaded with the same predicate as need-to-know's
 * protectedPerson(), so the two cannot disagree on who is protected.
 */
export interface ProtectedIdentities {
  matcher: MentionMatcher
  /** Phones and assets of protected persons: id → their subject in `matcher`. */
  things: Map<string, number>
}

/**
 * Phones a protected person uses and assets one owns, counting only the persons `seen` admits
 * (need-to-know's visible(), for a viewer): their numbers and identifiers lead to that person as
 * surely as the name does, so without the clearance they are withheld and not found.
 */
export const identifiesProtected = (v: string, seen: (p: string) => string) => `(
  (${v}:Phone AND EXISTS { (${v})<-[:USES_PHONE]-(ip:Person)
    WHERE coalesce(${protectedPerson('ip')}, false) AND ${seen('ip')} })
  OR (${v}:Asset AND EXISTS { (${v})<-[:OWNS]-(ip:Person)
    WHERE coalesce(${protectedPerson('ip')}, false) AND ${seen('ip')} }))`

/** Staged persons count too: withholding early costs nothing, and they publish in one step. */
const PROTECTED_IDENTITIES = `
MATCH (p:Person) WHERE coalesce(${protectedPerson('p')}, false)
RETURN p.id AS id, p.category AS category, p.name AS name, p.firstName AS firstName,
  p.lastName AS lastName, coalesce(p.aliases, []) AS aliases,
  coalesce(p.identifiers, []) AS identifiers,
  [(p)-[:USES_PHONE]->(ph:Phone) | {id: ph.id, number: ph.number, imei: ph.imei,
    subscriberId: ph.subscriberId}] AS phones,
  [(p)-[:OWNS]->(a:Asset) | {id: a.id, identifier: a.identifier}] AS assets`

type Row = {
  id: string
  category: string | null
  name: string | null
  firstName: string | null
  lastName: string | null
  aliases: string[]
  identifiers: string[]
  phones: Array<{
    id: string
    number: string | null
    imei: string | null
    /** An operator's id for the line (an IMSI); too short ones are never indexed (addCode). */
    subscriberId?: string | null
  }>
  assets: Array<{ id: string; identifier: string | null }>
}

export function buildIdentities(rows: Row[], key: string): ProtectedIdentities {
  const matcher = new MentionMatcher()
  const things = new Map<string, number>()
  const thing = (id: string, label: string, personId: string) => {
    let s = things.get(id)
    if (s === undefined) {
      s = matcher.subject({ id, label: `${label} ${pseudonym(key, id)}`, personIds: [] })
      things.set(id, s)
    }
    matcher.subjects[s]!.personIds.push(personId)
    return s
  }
  for (const p of rows) {
    const s = matcher.subject({
      id: p.id,
      label: pseudonymLabel(key, p.id, p.category),
      personIds: [p.id],
    })
    matcher.name(s, p.name)
    if (p.firstName && p.lastName) {
      matcher.name(s, `${p.firstName} ${p.lastName}`)
      matcher.name(s, `${p.lastName} ${p.firstName}`)
    }
    for (const a of p.aliases) matcher.name(s, a)
    for (const d of p.identifiers) matcher.code(s, d)
    for (const ph of p.phones) {
      const t = thing(ph.id, 'Protected phone', p.id)
      matcher.phone(t, ph.number)
      matcher.code(t, ph.imei)
      matcher.code(t, ph.subscriberId)
    }
    for (const a of p.assets) matcher.code(thing(a.id, 'Protected asset', p.id), a.identifier)
  }
  return { matcher, things }
}

/**
 * How long another server instance's change can take to reach this one's index; changes made
 * here invalidate it at once (DataAccess.write). An expired index is still used while the
 * next one loads, so no read waits for the reload.
 */
export const TTL_MS = 30_000

interface Cache {
  /** Bumped by every local change that may touch who is protected or what identifies them. */
  generation: number
  current?: { value: ProtectedIdentities; at: number; generation: number }
  loading?: { promise: Promise<ProtectedIdentities>; generation: number }
}
const caches = new WeakMap<Db, Cache>()
const cacheOf = (db: Db): Cache => {
  let c = caches.get(db)
  if (!c) caches.set(db, (c = { generation: 0 }))
  return c
}

async function load(db: Db, key: string): Promise<ProtectedIdentities> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' })
  try {
    const res = await session.executeRead((tx) => tx.run(PROTECTED_IDENTITIES))
    return buildIdentities(
      res.records.map((r) => r.toObject() as Row),
      key,
    )
  } finally {
    await session.close()
  }
}

function reload(c: Cache, db: Db, key: string): Promise<ProtectedIdentities> {
  if (c.loading && c.loading.generation === c.generation) return c.loading.promise
  const generation = c.generation
  const promise = load(db, key)
    .then((value) => {
      if (!c.current || c.current.generation <= generation)
        c.current = { value, at: Date.now(), generation }
      return value
    })
    .finally(() => {
      if (c.loading?.promise === promise) c.loading = undefined
    })
  c.loading = { promise, generation }
  return promise
}

/** The index for a database: fresh after this process's own changes, at most TTL_MS old else. */
export function protectedIdentities(db: Db, key: string): Promise<ProtectedIdentities> {
  const c = cacheOf(db)
  const cur = c.current
  if (!cur || cur.generation !== c.generation) return reload(c, db, key)
  if (Date.now() - cur.at > TTL_MS) reload(c, db, key).catch(() => undefined)
  return Promise.resolve(cur.value)
}

export function invalidateProtectedIdentities(db: Db): void {
  cacheOf(db).generation++
}
