/**
 * The peer a team would otherwise generate: @neo4j/graphql (Neo4j's GraphQL library) over the
 * same database, served by its own Apollo server in this process. Type definitions name the
 * workbench's labels and link types; it has no need-to-know, pseudonyms, shield or audit, and
 * returns ids and names only, so it does less than the workbench on every question.
 */
import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { LINK_KINDS } from '@htwb/graph'
import { Neo4jGraphQL } from '@neo4j/graphql'
import type { Driver } from 'neo4j-driver'
import type { Samples } from './questions.ts'

const rel = (k: string) =>
  `  out_${k}: [Entity!]! @relationship(type: "${k}", direction: OUT)\n` +
  `  in_${k}: [Entity!]! @relationship(type: "${k}", direction: IN)`

export const TYPE_DEFS = `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String
  lastName: String
${LINK_KINDS.map(rel).join('\n')}
}
type Query {
  shortestPath(fromId: ID!, toId: ID!): [Entity!]!
    @cypher(
      statement: """
      MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
      MATCH p = shortestPath((a)-[*..6]-(b))
      UNWIND nodes(p) AS n RETURN n
      """
      columnName: "n"
    )
}
`

/** Every link of an entity, both ways, at most `limit` per link type; case membership is not a link the chart expands. */
const around = (limit: number, inner = 'id name') =>
  LINK_KINDS.filter((k) => k !== 'PART_OF_CASE')
    .map((k) => `out_${k}(limit: ${limit}) { ${inner} } in_${k}(limit: ${limit}) { ${inner} }`)
    .join(' ')

export interface PeerQuestion {
  query: string
  variables(i: number): Record<string, unknown>
}

const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length]!

/** The bench's questions in this API's terms (keys as in questions.ts). */
export function peerQuestions(s: Samples): Record<string, PeerQuestion[]> {
  const byId = (sel: string) =>
    `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name ${sel} } }`
  // Depth 2 as a generated API allows it: the neighbours of each neighbour, per link type.
  const d2 = byId(around(150, `id name ${around(150)}`))
  return {
    search: [
      {
        query: `query($s: String!) { entities(where: { name: { contains: $s } }, limit: 25) { id name } }`,
        variables: (i) => ({ s: pick(s.persons, i).last }),
      },
    ],
    entity: [{ query: byId(around(25)), variables: (i) => ({ id: pick(s.persons, i).id }) }],
    expand1: [{ query: byId(around(150)), variables: (i) => ({ id: pick(s.persons, i).id }) }],
    expand1hub: [{ query: byId(around(150)), variables: (i) => ({ id: pick(s.hubs, i) }) }],
    expand2: [{ query: d2, variables: (i) => ({ id: pick(s.persons, i).id }) }],
    expand2hub: [{ query: d2, variables: (i) => ({ id: pick(s.hubs, i) }) }],
    path: [
      {
        query: `query($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b) { id name } }`,
        variables: (i) => {
          const [a, b] = pick(s.pairs, i)
          return { a, b }
        },
      },
    ],
    case: [
      {
        query: byId('in_PART_OF_CASE(limit: 200) { id name }'),
        variables: (i) => ({ id: pick(s.cases, i) }),
      },
    ],
  }
}

export async function startPeer(
  driver: Driver,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema()
  const server = new ApolloServer({ schema })
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() }
}

export async function askPeer(url: string, q: PeerQuestion, i: number): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables(i) }),
  })
  const body = (await res.json()) as { errors?: unknown[] }
  if (body.errors?.length)
    throw new Error(`@neo4j/graphql: ${JSON.stringify(body.errors).slice(0, 400)}`)
}
