import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher } from '../support/db.ts'
import {
  createEntity,
  createLink,
  createSource,
  PROVENANCE,
  person,
  type Created,
} from '../support/fixtures.ts'

interface Candidate {
  id: string
  score: number
  reasons: Array<{ code: string; count: number | null }>
  a: { id: string; name: string; version: number }
  b: { id: string; name: string; version: number }
}
const QUEUE = `query Queue($caseId: ID, $min: Float) {
  duplicateCandidates(caseId: $caseId, minScore: $min, first: 200) {
    id score reasons { code count } a { id name version } b { id name version }
  }
}`
const MERGE = `mutation Merge($keep: ID!, $absorb: ID!, $kv: Int!, $av: Int!) {
  mergeEntities(keepId: $keep, absorbId: $absorb, keepVersion: $kv, absorbVersion: $av) {
    id kind absorbedId absorbedName movedLinks mergedBy survivor { id version name }
  }
}`
const UNDO = `mutation Undo($id: ID!) { undoMerge(mergeId: $id) { id survivor { id } restored { id name } } }`
const RECENT = `{ recentMerges { id absorbedId absorbedName survivor { id } } }`
const DISTINCT = `mutation D($a: ID!, $b: ID!) { markDistinct(aId: $a, bId: $b) { id } }`
const UPDATE = `mutation U($input: UpdateEntityInput!) { updateEntity(input: $input) { id version } }`
const ERASE = `mutation E($id: ID!, $why: String!) { erasePerson(id: $id, justification: $why) { erasedIds } }`
const CREATE_CASE = `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`
const ASSIGN = `mutation A($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`

/** The audit trail's head: entries written after it have a higher seq. */
async function auditSeq(): Promise<number> {
  const [h] = await cypher<{ seq: number }, 1>(
    `MATCH (h:AuditHead {id: 'head'}) RETURN h.seq AS seq`,
  )
  return h.seq
}

/** Outcomes of the audit entries written after `seq`. */
const auditSince = async (seq: number) =>
  (
    await cypher<{ outcome: string }>(
      `MATCH (a:AuditEntry) WHERE a.seq > $seq RETURN a.outcome AS outcome`,
      { seq },
    )
  ).map((a) => a.outcome)

const newCase = async (api: Api, name: string) =>
  (
    await api.ok<{ createCase: { id: string } }>(CREATE_CASE, {
      i: { caseNumber: `RES-${randomUUID().slice(0, 8)}`, name, provenance: PROVENANCE },
    })
  ).createCase.id

/** A name of letters no other test record shares a token with. */
const uniqueName = () =>
  [0, 1]
    .map(() =>
      randomUUID()
        .replace(/-/g, '')
        .slice(0, 9)
        .replace(/\d/g, (d) => 'qwxzjvkyhp'[Number(d)]!)
        .replace(/^./, (c) => c.toUpperCase()),
    )
    .join(' ')

/** Everything about some nodes and their links, properties included, in a stable order. */
async function fingerprint(ids: string[]): Promise<string> {
  const rows = await cypher(
    `MATCH (n:Entity) WHERE n.id IN $ids
     OPTIONAL MATCH (n)-[r]-()
     WITH n, r ORDER BY r.id
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}) AS links
     ORDER BY id`,
    { ids },
  )
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
          )
        : v
  return JSON.stringify(stable(rows))
}

const queue = async (api: Api, caseId: string | null, min = 0) =>
  (await api.ok<{ duplicateCandidates: Candidate[] }>(QUEUE, { caseId, min })).duplicateCandidates

const pairOf = (list: Candidate[], x: string, y: string) =>
  list.find((c) => [c.a.id, c.b.id].sort().join() === [x, y].sort().join())

let sup: Api
let caseId: string
let s1: string
let s2: string
let latin: Created
let cyrillic: Created
let namesake: Created
let holder: Created
let victim: Created
let minor: Created
let informant: Created
let phone: Created
let other: Created
let relative: Created
let ids: string[]

beforeAll(async () => {
  sup = await Api.signedIn('supervisor')
  s1 = await createSource(sup, 'Police report on Xhaferaj')
  s2 = await createSource(sup, 'Bank statement export')
  caseId = (
    await sup.ok<{ createCase: { id: string } }>(CREATE_CASE, {
      i: {
        caseNumber: `RES-${randomUUID().slice(0, 8)}`,
        name: 'Operation Twin',
        provenance: PROVENANCE,
      },
    })
  ).createCase.id
  const inCase = (input: Record<string, unknown>, source = s1) =>
    createEntity(sup, source, { ...input, caseId })
  latin = await inCase(
    person('Arbnor Xhaferaj', 'SUSPECT', {
      firstName: 'Arbnor',
      lastName: 'Xhaferaj',
      dateOfBirth: '1984-05-06',
      identifiers: ['PN 1987654321'],
    }),
  )
  cyrillic = await inCase(
    person('Арбнор Џаферај', 'CONTACT', { dateOfBirth: '1984-05-06', nationality: 'RS' }),
    s2,
  )
  namesake = await inCase(person('Arbnor Xhaferaj', 'WITNESS', { dateOfBirth: '1961-11-30' }))
  // As a bank file's holder arrives: a name and nothing else.
  holder = await inCase(person('ARBNOR XHAFERAJ', 'CONTACT'), s2)
  victim = await inCase(person('Arbnor Xhaferaj', 'VICTIM', { dateOfBirth: '1984-05-06' }))
  // Born 2012: a minor. Shares the phone, so only protection keeps the pair out.
  minor = await inCase(person('Arbnor Xhaferaj', 'SUSPECT', { dateOfBirth: '2012-05-06' }))
  informant = await inCase(
    person('Arbnor Xhaferaj', 'INFORMANT', {
      dateOfBirth: '1984-05-06',
      identifiers: ['PN 1987654321'],
    }),
  )
  phone = await inCase({
    kind: 'Phone',
    name: '+383 44 909 101',
    phone: { number: '+38344909101' },
  })
  other = await inCase(person('Besnik Qorri', 'SUSPECT'))
  relative = await inCase(person('Lule Xhaferaj', 'CONTACT'))
  await createLink(sup, s1, 'USES_PHONE', latin.id, phone.id)
  await createLink(sup, s2, 'USES_PHONE', cyrillic.id, phone.id)
  await createLink(sup, s2, 'ASSOCIATE', cyrillic.id, other.id)
  await createLink(sup, s2, 'FAMILY', relative.id, cyrillic.id, { relation: 'SIBLING' })
  await createLink(sup, s1, 'ASSOCIATE', latin.id, cyrillic.id)
  await createLink(sup, s1, 'USES_PHONE', victim.id, phone.id)
  await createLink(sup, s1, 'USES_PHONE', minor.id, phone.id)
  await createLink(sup, s1, 'USES_PHONE', informant.id, phone.id)
  ids = [latin.id, cyrillic.id, phone.id, other.id, relative.id, caseId]
})

describe('entity resolution', () => {
  it('proposes one person written in two scripts, with the reasons; never a victim', async () => {
    const list = await queue(sup, caseId)
    const pair = pairOf(list, latin.id, cyrillic.id)
    expect(pair).toBeDefined()
    expect(pair!.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['NAME_SAME_KEY', 'BIRTH_DATE_SAME', 'PHONE_SHARED']),
    )
    expect(pair!.score).toBeGreaterThan(0.8)
    for (const p of [victim, minor, informant])
      expect(list.some((c) => c.a.id === p.id || c.b.id === p.id)).toBe(false)
    // The namesake born decades apart is not a candidate; the holder known by name only is.
    expect(pairOf(list, latin.id, namesake.id)).toBeUndefined()
    const byName = pairOf(list, latin.id, holder.id)
    expect(byName?.reasons.map((r) => r.code)).toEqual(['NAME_SAME_KEY'])
    expect(byName!.score).toBeGreaterThanOrEqual(0.5)
  })

  it('shows the pair to no one without need-to-know, and lets them merge nothing', async () => {
    const inv = await Api.signedIn('investigator')
    const list = await queue(inv, null)
    const seen = new Set(list.flatMap((c) => [c.a.id, c.b.id]))
    expect(seen.has(latin.id) || seen.has(cyrillic.id)).toBe(false)
    expect(
      await inv.code(MERGE, { keep: latin.id, absorb: cyrillic.id, kv: latin.version, av: 1 }),
    ).toBe('entity/not_found')
    expect(await (await Api.signedIn('analyst')).code(QUEUE, { caseId: null, min: 0 })).toBe(
      'auth/forbidden',
    )
  })

  it('refuses a stale version and a victim, changing nothing', async () => {
    const before = await fingerprint(ids)
    const seq = await auditSeq()
    const stale = {
      keep: latin.id,
      absorb: cyrillic.id,
      kv: latin.version,
      av: cyrillic.version + 1,
    }
    expect(await sup.code(MERGE, stale)).toBe('entity/version_conflict')
    const protectedMerge = {
      keep: latin.id,
      absorb: victim.id,
      kv: latin.version,
      av: victim.version,
    }
    expect(await sup.code(MERGE, protectedMerge)).toBe('merge/protected_person')
    for (const p of [minor, informant])
      expect(await sup.code(MERGE, { ...protectedMerge, absorb: p.id, av: p.version })).toBe(
        'merge/protected_person',
      )
    expect(await sup.code(MERGE, { ...stale, absorb: latin.id })).toBe('merge/invalid_pair')
    expect(await sup.code(MERGE, { ...stale, absorb: 'per-missing' })).toBe('entity/not_found')
    expect(await fingerprint(ids)).toBe(before)
    // Only the refusal of the stale version is audited; nothing was written as done.
    expect(await auditSince(seq)).toEqual(['REFUSED'])
  })

  it('merges keeping every link and source, audits it, and undoes it exactly', async () => {
    const before = await fingerprint(ids)
    const linksBefore = await cypher<{ id: string }>(
      `MATCH (:Person {id: $id})-[r]-(o) WHERE o.id <> $keep AND type(r) <> 'PART_OF_CASE' RETURN r.id AS id`,
      { id: cyrillic.id, keep: latin.id },
    )
    const { mergeEntities: m } = await sup.ok<{
      mergeEntities: {
        id: string
        absorbedName: string
        movedLinks: number
        survivor: { id: string; version: number }
      }
    }>(MERGE, { keep: latin.id, absorb: cyrillic.id, kv: latin.version, av: cyrillic.version })
    expect(m.survivor.id).toBe(latin.id)
    expect(m.absorbedName).toBe('Арбнор Џаферај')
    expect(m.movedLinks).toBe(linksBefore.length)

    expect(await cypher(`MATCH (n:Entity {id: $id}) RETURN n`, { id: cyrillic.id })).toHaveLength(0)
    const moved = await cypher<{ id: string }>(
      `MATCH (:Person {id: $id})-[r]-() WHERE r.id IN $ids RETURN r.id AS id`,
      { id: latin.id, ids: linksBefore.map((l) => l.id) },
    )
    expect(moved.map((l) => l.id).sort()).toEqual(linksBefore.map((l) => l.id).sort())
    const [survivor] = await cypher<
      { sources: string[]; aliases: string[]; cases: number; self: number },
      1
    >(
      `MATCH (p:Person {id: $id})
       RETURN p.sourceIds AS sources, p.aliases AS aliases,
         COUNT { (p)-[:PART_OF_CASE]->() } AS cases, COUNT { (p)--(p) } AS self`,
      { id: latin.id },
    )
    expect(survivor.sources).toEqual(expect.arrayContaining([s1, s2]))
    expect(survivor.aliases).toContain('Арбнор Џаферај')
    expect(survivor.cases).toBe(1)
    expect(survivor.self).toBe(0)
    // Found by the other spelling too, and no longer proposed.
    expect(pairOf(await queue(sup, caseId), latin.id, cyrillic.id)).toBeUndefined()

    const [entry] = await cypher<{ personIds: string[]; entityIds: string[] }>(
      `MATCH (a:AuditEntry {operation: 'mergeEntities', action: 'COMBINE', outcome: 'OK'})
       WHERE a.detail = $detail RETURN a.personIds AS personIds, a.entityIds AS entityIds`,
      { detail: `merge:${m.id}` },
    )
    expect(entry?.personIds.sort()).toEqual([latin.id, cyrillic.id].sort())
    expect(entry?.entityIds.sort()).toEqual([latin.id, cyrillic.id].sort())

    const recent = (
      await sup.ok<{ recentMerges: Array<{ id: string; absorbedName: string }> }>(RECENT)
    ).recentMerges
    expect(recent.find((r) => r.id === m.id)?.absorbedName).toBe('Арбнор Џаферај')

    await sup.ok(UNDO, { id: m.id })
    expect(await fingerprint(ids)).toBe(before)
    expect(
      await cypher(`MATCH (s:MergeSnapshot {_mergeId: $id}) RETURN s`, { id: m.id }),
    ).toHaveLength(0)
    expect(await sup.code(UNDO, { id: m.id })).toBe('merge/not_found')
    const [undone] = await cypher<{ n: number }, 1>(
      `MATCH (a:AuditEntry {operation: 'undoMerge', outcome: 'OK'}) WHERE $id IN a.personIds RETURN count(a) AS n`,
      { id: cyrillic.id },
    )
    expect(undone.n).toBe(1)
  })

  it('refuses to undo once the survivor changed; does not propose a pair marked distinct', async () => {
    const { mergeEntities: m } = await sup.ok<{
      mergeEntities: { id: string; survivor: { version: number } }
    }>(MERGE, { keep: latin.id, absorb: cyrillic.id, kv: latin.version, av: cyrillic.version })
    await sup.ok(UPDATE, {
      input: { id: latin.id, expectedVersion: m.survivor.version, person: { gender: 'MALE' } },
    })
    const after = await fingerprint(ids)
    expect(await sup.code(UNDO, { id: m.id })).toBe('merge/survivor_changed')
    expect(await fingerprint(ids)).toBe(after)

    expect(pairOf(await queue(sup, caseId), latin.id, holder.id)).toBeDefined()
    await sup.ok(DISTINCT, { a: holder.id, b: latin.id })
    expect(pairOf(await queue(sup, caseId), latin.id, holder.id)).toBeUndefined()
  })

  it('answers case/not_found for a case not seen, and refuses distinct pairs of other kinds', async () => {
    const inv = await Api.signedIn('investigator')
    expect(await inv.code(QUEUE, { caseId, min: 0 })).toBe('case/not_found')
    expect(await sup.code(QUEUE, { caseId: 'cas-missing', min: 0 })).toBe('case/not_found')

    expect(await sup.code(DISTINCT, { a: latin.id, b: phone.id })).toBe('merge/invalid_pair')
    expect(await sup.code(DISTINCT, { a: s1, b: s2 })).toBe('merge/invalid_pair')
    expect(await inv.code(DISTINCT, { a: latin.id, b: holder.id })).toBe('entity/not_found')
    expect(
      await cypher(`MATCH (d:DistinctPair) WHERE d.aId IN $ids OR d.bId IN $ids RETURN d`, {
        ids: [phone.id, s1],
      }),
    ).toHaveLength(0)
  })

  it('withholds the absorbed name once the survivor is protected or an informant', async () => {
    const name = uniqueName()
    const keep = await createEntity(sup, s1, { ...person(name, 'SUSPECT'), caseId })
    const absorb = await createEntity(sup, s2, { ...person(name.toUpperCase(), 'CONTACT'), caseId })
    const { mergeEntities: m } = await sup.ok<{
      mergeEntities: { id: string; absorbedName: string | null; survivor: { version: number } }
    }>(MERGE, { keep: keep.id, absorb: absorb.id, kv: keep.version, av: absorb.version })
    expect(m.absorbedName).toBe(absorb.name)
    const recentName = async () =>
      (
        await sup.ok<{ recentMerges: Array<{ id: string; absorbedName: string | null }> }>(RECENT)
      ).recentMerges.find((r) => r.id === m.id)?.absorbedName
    expect(await recentName()).toBe(absorb.name)

    let version = m.survivor.version
    for (const category of ['VICTIM', 'INFORMANT']) {
      const { updateEntity } = await sup.ok<{ updateEntity: { version: number } }>(UPDATE, {
        input: { id: keep.id, expectedVersion: version, person: { category } },
      })
      version = updateEntity.version
      expect(await recentName()).toBeNull()
    }
  })

  it('refuses a merge that would make the survivor a minor when recorded', async () => {
    const name = uniqueName()
    // Recorded as of 2005; the absorbed birth date (1995) would make it a minor then.
    const keep = await createEntity(sup, s1, {
      ...person(name, 'SUSPECT'),
      caseId,
      provenance: { ...PROVENANCE, sourceIds: [s1], validFrom: '2005-01-01' },
    })
    const absorb = await createEntity(sup, s2, {
      ...person(name, 'CONTACT', { dateOfBirth: '1995-03-04' }),
      caseId,
    })
    const before = await fingerprint([keep.id, absorb.id])
    const seq = await auditSeq()
    expect(
      await sup.code(MERGE, {
        keep: keep.id,
        absorb: absorb.id,
        kv: keep.version,
        av: absorb.version,
      }),
    ).toBe('merge/protected_person')
    expect(await fingerprint([keep.id, absorb.id])).toBe(before)
    expect(await auditSince(seq)).not.toContain('OK')
    expect(
      await cypher(`MATCH (m:MergeRecord) WHERE m.keepId = $id RETURN m`, { id: keep.id }),
    ).toHaveLength(0)
  })

  it('refuses to merge shared reference data with a case-scoped record', async () => {
    const name = uniqueName()
    const org = (orgType: string, extra: Record<string, unknown> = {}) =>
      createEntity(sup, s1, { kind: 'Organization', name, organization: { orgType }, ...extra })
    const institution = await org('INSTITUTION')
    const company = await org('COMPANY', { caseId })
    const before = await fingerprint([institution.id, company.id])
    for (const [k, a] of [
      [institution, company],
      [company, institution],
    ] as const)
      expect(
        await sup.code(MERGE, { keep: k.id, absorb: a.id, kv: k.version, av: a.version }),
      ).toBe('merge/invalid_pair')
    expect(await fingerprint([institution.id, company.id])).toBe(before)
  })

  it('refuses to undo for a user who would not see the restored record', async () => {
    const seen = await newCase(sup, 'Operation Seen')
    const unseen = await newCase(sup, 'Operation Unseen')
    await sup.ok(ASSIGN, { c: seen, u: 'investigator' })
    const name = uniqueName()
    const keep = await createEntity(sup, s1, { ...person(name, 'SUSPECT'), caseId: seen })
    const absorb = await createEntity(sup, s2, { ...person(name, 'CONTACT'), caseId: unseen })
    const { mergeEntities: m } = await sup.ok<{ mergeEntities: { id: string } }>(MERGE, {
      keep: keep.id,
      absorb: absorb.id,
      kv: keep.version,
      av: absorb.version,
    })
    const inv = await Api.signedIn('investigator')
    const before = await fingerprint([keep.id, absorb.id, unseen])
    expect(await inv.code(UNDO, { id: m.id })).toBe('merge/not_found')
    expect(await fingerprint([keep.id, absorb.id, unseen])).toBe(before)
    const { undoMerge } = await sup.ok<{ undoMerge: { restored: { id: string } } }>(UNDO, {
      id: m.id,
    })
    expect(undoMerge.restored.id).toBe(absorb.id)
  })

  it('refuses to undo for a user who would not see the survivor once restored', async () => {
    // The mirror case: the survivor gained the investigator's case from the merge only.
    const seen = await newCase(sup, 'Operation Seen Mirror')
    const unseen = await newCase(sup, 'Operation Unseen Mirror')
    await sup.ok(ASSIGN, { c: seen, u: 'investigator' })
    const name = uniqueName()
    const keep = await createEntity(sup, s1, { ...person(name, 'SUSPECT'), caseId: unseen })
    const absorb = await createEntity(sup, s2, { ...person(name, 'CONTACT'), caseId: seen })
    const { mergeEntities: m } = await sup.ok<{ mergeEntities: { id: string } }>(MERGE, {
      keep: keep.id,
      absorb: absorb.id,
      kv: keep.version,
      av: absorb.version,
    })
    const inv = await Api.signedIn('investigator')
    const before = await fingerprint([keep.id, absorb.id, unseen])
    expect(await inv.code(UNDO, { id: m.id })).toBe('merge/not_found')
    expect(await fingerprint([keep.id, absorb.id, unseen])).toBe(before)
  })

  it('pairs nothing on a phone shared by more records than a block holds', async () => {
    const crowdCase = await newCase(sup, 'Operation Crowd')
    const shared = await createEntity(sup, s1, {
      kind: 'Phone',
      name: '+383 44 000 111',
      phone: { number: '+38344000111' },
      caseId: crowdCase,
    })
    // One more than MAX_BLOCK (50) in resolution.service.ts.
    const crowd = await Promise.all(
      Array.from({ length: 51 }, () =>
        createEntity(sup, s1, { ...person(uniqueName(), 'CONTACT'), caseId: crowdCase }),
      ),
    )
    await Promise.all(crowd.map((p) => createLink(sup, s1, 'USES_PHONE', p.id, shared.id)))
    const ids = new Set(crowd.map((p) => p.id))
    const list = await queue(sup, crowdCase)
    expect(list.filter((c) => ids.has(c.a.id) && ids.has(c.b.id))).toEqual([])
  })

  it('erasure deletes the merge records and decisions that hold the erased person', async () => {
    const [{ mergeId }] = await cypher<{ mergeId: string }, 1>(
      `MATCH (m:MergeRecord {keepId: $id}) RETURN m.id AS mergeId`,
      { id: latin.id },
    )
    await sup.ok(ERASE, { id: latin.id, why: 'Retention limit reached; erasure approved by DPO.' })
    expect(await cypher(`MATCH (m:MergeRecord {id: $id}) RETURN m`, { id: mergeId })).toHaveLength(
      0,
    )
    expect(
      await cypher(`MATCH (s:MergeSnapshot {_mergeId: $id}) RETURN s`, { id: mergeId }),
    ).toHaveLength(0)
    expect(
      await cypher(`MATCH (d:DistinctPair) WHERE $id IN [d.aId, d.bId] RETURN d`, { id: latin.id }),
    ).toHaveLength(0)
  })
})
