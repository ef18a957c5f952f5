import neo4j from 'neo4j-driver'

/** Whole numbers for Cypher LIMIT/SKIP and integer properties must be sent as Neo4j integers. */
export const toInt = (n: number) => neo4j.int(Math.trunc(n))

/** A validated YYYY-MM-DD as a Neo4j Date, so it compares with stored dates. */
export function toDate(d?: string | null) {
  if (!d) return null
  const [y, m, day] = d.split('-').map(Number) as [number, number, number]
  return new neo4j.types.Date(y, m, day)
}
