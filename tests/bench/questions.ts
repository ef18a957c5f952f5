/**
 * The questions the bench asks, as the client asks them (its operations from client/src/**.graphql
 * with their fragments, and the variables its composables send), with the entities to ask about.
 */
import neo4j from 'neo4j-driver'
import { clientOperation } from '../support/client-documents.ts'
import type { Workbench } from '../../server/src/start.ts'
import { BENCH_USER } from './workbench.ts'

export interface Samples {
  /** Persons of the investigator's cases, with their surnames. */
  persons: Array<{ id: string; last: string }>
  /** The entities with the most links that the investigator may see (shared places, mostly). */
  hubs: string[]
  cases: string[]
  /** Pairs of persons of the same case (a path usually exists within 6 hops). */
  pairs: Array<[string, string]>
}

async function rows(wb: Workbench, query: string, params: Record<string, unknown> = {}) {
  const s = wb.db.driver.session({
    database: wb.db.database,
    defaultAccessMode: neo4j.session.READ,
  })
  try {
    return (await s.run(query, params)).records.map((r) => r.toObject())
  } finally {
    await s.close()
  }
}

export async function pickSamples(wb: Workbench): Promise<Samples> {
  const cases = (
    await rows(
      wb,
      `MATCH (:User {username: $u})-[:ASSIGNED_TO]->(c:Case) RETURN c.id AS id ORDER BY c.caseNumber`,
      { u: BENCH_USER },
    )
  ).map((r) => r.id as string)
  const members = await rows(
    wb,
    // Informants do not exist for a user without INFORMANT_IDENTITY (visibility.ts): not asked about.
    `UNWIND $cases AS cid MATCH (c:Case {id: cid})<-[:PART_OF_CASE]-(p:Person)
     WHERE coalesce(p.category, '') <> 'INFORMANT'
     RETURN cid, p.id AS id, coalesce(p.lastName, p.name) AS last ORDER BY cid, p.id`,
    { cases },
  )
  const persons = members.map((r) => ({ id: r.id as string, last: String(r.last).split(' ')[0]! }))
  const byCase = new Map<string, string[]>()
  for (const r of members)
    byCase.set(r.cid as string, [...(byCase.get(r.cid as string) ?? []), r.id as string])
  const pairs: Array<[string, string]> = []
  for (const ids of byCase.values())
    for (let i = 0; i < ids.length - 1 - i; i += 2) pairs.push([ids[i]!, ids[ids.length - 1 - i]!])
  // Shared places every user sees: the hubs an expansion meets in practice.
  const hubs = (
    await rows(
      wb,
      `MATCH (l:Location) WHERE l.locType <> 'ADDRESS'
       WITH l, COUNT { (l)--() } AS degree ORDER BY degree DESC LIMIT 10 RETURN l.id AS id`,
    )
  ).map((r) => r.id as string)
  if (!persons.length || !hubs.length || !pairs.length)
    throw new Error('the bench investigator sees no persons, hubs or pairs')
  return { persons, hubs, cases, pairs }
}

export interface Question {
  key: string
  title: string
  /** p95 target at 1M nodes from issue 12, in ms. */
  target?: number
  /** The client's requests for sample i: operations with their variables, in order. */
  requests(i: number, answers: unknown[]): { op: string; variables: Record<string, unknown> } | null
  /** How many requests follow each other (case open: members, then the ties among them). */
  steps: number
}

const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length]!

export function questions(s: Samples): Question[] {
  const one = (
    key: string,
    title: string,
    op: string,
    vars: (i: number) => Record<string, unknown>,
    target?: number,
  ): Question => ({
    key,
    title,
    target,
    steps: 1,
    requests: (i) => ({ op: clientOperation(op), variables: vars(i) }),
  })
  // useNetwork.ts: EXPAND_LIMIT 150, no kinds; usePaths: first 3; SEARCH_PAGE 25; CASE_MEMBER_PAGE 200.
  return [
    one(
      'search',
      'search a surname',
      'Search',
      (i) => ({ text: pick(s.persons, i).last, first: 25 }),
      30,
    ),
    one('entity', 'entity with its links (profile)', 'Entity', (i) => ({
      id: pick(s.persons, i).id,
    })),
    one(
      'expand1',
      'expansion depth 1, typical (a person)',
      'Expand',
      (i) => ({ ids: [pick(s.persons, i).id], depth: 1, limit: 150 }),
      15,
    ),
    one(
      'expand1hub',
      'expansion depth 1, hub (a busy place)',
      'Expand',
      (i) => ({ ids: [pick(s.hubs, i)], depth: 1, limit: 150 }),
      15,
    ),
    one(
      'expand2',
      'expansion depth 2, typical (a person)',
      'Expand',
      (i) => ({ ids: [pick(s.persons, i).id], depth: 2, limit: 150 }),
      50,
    ),
    one(
      'expand2hub',
      'expansion depth 2, hub (a busy place)',
      'Expand',
      (i) => ({ ids: [pick(s.hubs, i)], depth: 2, limit: 150 }),
      50,
    ),
    one(
      'path',
      'shortest paths, at most 6 hops',
      'Paths',
      (i) => {
        const [a, b] = pick(s.pairs, i)
        return { fromId: a, toId: b, maxHops: 6, first: 3 }
      },
      100,
    ),
    {
      key: 'case',
      title: 'case open (members, then the ties among them)',
      steps: 2,
      requests: (i, answers) => {
        if (answers.length === 0)
          return {
            op: clientOperation('CaseMembers'),
            variables: { id: pick(s.cases, i), first: 200 },
          }
        const members = (
          answers[0] as { entity: { members: { nodes: Array<{ id: string }> } } }
        ).entity.members.nodes.map((n) => n.id)
        return {
          op: clientOperation('Links'),
          variables: { ids: members, others: members, first: 500 },
        }
      },
    },
  ]
}
