import { LINK_KINDS } from '@htwb/graph'
import { visible } from '../../data/visibility.ts'

/**
 * The chart's entities, read back by the ids the browser sent: an id the viewer may not see
 * returns nothing, as a missing one does (rule 14). A case's sources are on its chart when its
 * members are (an import's Source joins the case) and leave with it like any record.
 */
export const CHART_ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE ${visible('n')}
RETURN n`

/**
 * The chart's links by id, both ends visible. A link id does not say its type, and each type
 * has its own index on `id` (V0002): one seek per type.
 */
export const CHART_LINKS = `
UNWIND $ids AS lid
CALL (lid) {
${LINK_KINDS.map(
  (k) =>
    `  MATCH (a:Entity)-[r:${k} {id: lid}]->(b:Entity) WHERE ${visible('a')} AND ${visible('b')}
  RETURN r, a.id AS fromId, b.id AS toId`,
).join('\n  UNION ALL\n')}
}
RETURN r, fromId, toId`
