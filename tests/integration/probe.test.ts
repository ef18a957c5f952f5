import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher } from '../support/db.ts'

/**
 * The hostile probe of issue 9, kept: each demo account walks every read path it has over the
 * whole demo dataset (its cases and their members, search on the words the data holds, expansion
 * of everything it reaches, provenance and sources) and nothing it receives may hold a case
 * number of a case it does not hold, nor (without the victim-identity clearance) a protected
 * person's name or the number of a phone they use.
 */
const FULL = `id kind name
  provenance { sources { id name } }
  ... on Person { aliases identifiers category pseudonymised }
  ... on Phone { number imei }
  ... on Source { reference description }
  ... on Event { description }
  ... on Case { caseNumber }`
const CASES = `{ cases(first: 200) { nodes { id caseNumber } } }`
const MEMBERS = `query($id: ID!, $after: String) { entity(id: $id) { id ... on Case {
  members(first: 250, after: $after) { pageInfo { hasNextPage endCursor } nodes { id kind name } } } } }`
const SEARCH = `query($t: String!) { search(text: $t, first: 100) { hits { entity { ${FULL} } } } }`
const EXPAND = `query($ids: [ID!]!) { expand(ids: $ids, depth: 1, limit: 500) {
  nodes { ${FULL} } links { id kind fromId toId provenance { sources { id name } } } } }`

interface Secrets {
  otherCases: string[]
  protectedNames: string[]
  protectedPhones: string[]
}

async function secretsFor(username: string): Promise<Secrets> {
  const [row] = await cypher<Secrets, 1>(
    `CALL () {
       MATCH (c:Case) WHERE NOT EXISTS { (c)<-[:ASSIGNED_TO]-(:User {username: $u}) }
       // A number may repeat (a hidden case's, opened again by someone who could not see it).
         AND NOT EXISTS { MATCH (o:Case {caseNumber: c.caseNumber})<-[:ASSIGNED_TO]-(:User {username: $u}) }
       RETURN collect(c.caseNumber) AS otherCases }
     CALL () {
       MATCH (p:Person) WHERE p.category IN ['VICTIM', 'POTENTIAL_VICTIM']
         AND p.firstName IS NOT NULL AND p.lastName IS NOT NULL
       WITH p.firstName + ' ' + p.lastName AS full
       // A suspect who happens to bear a victim's name is not the victim (homonyms are shown).
       WHERE NOT EXISTS { MATCH (o:Person) WHERE o.name = full
         AND NOT coalesce(o.category, '') IN ['VICTIM', 'POTENTIAL_VICTIM'] }
       RETURN collect(full) AS protectedNames }
     CALL () {
       MATCH (p:Person)-[:USES_PHONE]->(ph:Phone) WHERE p.category IN ['VICTIM', 'POTENTIAL_VICTIM']
       RETURN collect(DISTINCT ph.number) AS protectedPhones }
     RETURN otherCases, protectedNames, protectedPhones`,
    { u: username },
  )
  return row
}

/** Everything one account can read, as one text. */
async function walk(api: Api): Promise<string> {
  const out: string[] = []
  const cases = await api.ok<{ cases: { nodes: Array<{ id: string }> } }>(CASES)
  out.push(JSON.stringify(cases))
  type Member = { id: string; name: string }
  type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Member[] }
  const members: Member[] = []
  for (const c of cases.cases.nodes) {
    let after: string | null = null
    do {
      const res: { data: { entity: { members?: Page } } | null } = await api.gql<{
        entity: { members?: Page }
      }>(MEMBERS, { id: c.id, after })
      out.push(JSON.stringify(res))
      const page = res.data?.entity.members
      members.push(...(page?.nodes ?? []))
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (after)
  }
  const ids = [...new Set(members.map((m) => m.id))]
  for (let i = 0; i < ids.length; i += 50) {
    const res = await api.ok(EXPAND, { ids: ids.slice(i, i + 50) })
    out.push(JSON.stringify(res))
  }
  // The words the data itself holds: surnames, places, source titles, case-number prefixes.
  const words = new Set(['KP-THB', 'Police report', 'Victim statements', 'Informant report'])
  for (const m of members.slice(0, 300))
    for (const w of m.name.split(/\s+/)) if (w.length > 3) words.add(w)
  const [{ surnames }] = await cypher<{ surnames: string[] }, 1>(
    `MATCH (p:Person) WHERE p.category IN ['VICTIM', 'POTENTIAL_VICTIM'] AND p.lastName IS NOT NULL
     WITH p.lastName AS s, p.firstName + ' ' + p.lastName AS full LIMIT 40
     RETURN collect(s) + collect(full) AS surnames`,
  )
  for (const w of surnames) words.add(w)
  for (const t of [...words].slice(0, 250)) out.push(JSON.stringify(await api.ok(SEARCH, { t })))
  return out.join('\n')
}

const leaks = (text: string, secrets: string[]) => secrets.filter((s) => s && text.includes(s))

describe('a hostile probe with the demo accounts', () => {
  const accounts = ['analyst', 'intl.officer', 'investigator', 'prosecutor']
  const texts: Record<string, string> = {}
  beforeAll(async () => {
    for (const a of accounts) texts[a] = await walk(await Api.signedIn(a))
  }, 600_000)

  it.each(accounts)('finds no case number of a case %s does not hold', async (account) => {
    const { otherCases } = await secretsFor(account)
    expect(otherCases.length).toBeGreaterThan(100)
    expect(leaks(texts[account]!, otherCases)).toEqual([])
  })

  it.each(['analyst', 'intl.officer'])(
    'finds no protected name or phone number for %s, who lacks the clearance',
    async (account) => {
      const { protectedNames, protectedPhones } = await secretsFor(account)
      expect(protectedNames.length).toBeGreaterThan(100)
      expect(leaks(texts[account]!, protectedNames)).toEqual([])
      expect(leaks(texts[account]!, protectedPhones)).toEqual([])
    },
  )
})
