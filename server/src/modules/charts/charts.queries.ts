import { CHART_LABEL } from '@htwb/graph'
import { visible } from '../../data/visibility.ts'

/**
 * A chart is seen through its case: whoever holds the case (need-to-know on the Case node) reads
 * its charts, and a chart of any other case does not exist for them. What is on it is read
 * again through `visible()` by CHART_MEMBERS, so a colleague's chart shows the viewer no more
 * than the graph does.
 */
const CHART_OF_VISIBLE_CASE = `
MATCH (ch:${CHART_LABEL} {id: $id})
MATCH (c:Case {id: ch.caseId}) WHERE ${visible('c')}`

export const CHART = `${CHART_OF_VISIBLE_CASE}
RETURN ch, c.caseNumber AS caseNumber`

/**
 * The entities the viewer may see among those the chart names, and the chart's links between
 * them. Ids come as parameters (the chart's own lists, read by CHART); membership is a lookup in
 * a map parameter ($linkSet, $entitySet: id → true), not a scan of a list per link walked (a
 * 5,000-entity chart walks tens of thousands).
 */
export const CHART_MEMBERS = `
CALL () {
  UNWIND $entityIds AS eid
  MATCH (e:Entity {id: eid}) WHERE ${visible('e')}
  RETURN collect(e) AS shown
}
CALL (shown) {
  UNWIND shown AS a
  MATCH (a)-[r]->(b:Entity) WHERE $linkSet[r.id] AND $entitySet[b.id] AND ${visible('b')}
  RETURN collect({r: r, fromId: a.id, toId: b.id}) AS links
}
RETURN shown, links`

/** A page of charts of the viewer's cases, last saved first; the key is (saved ms, id). */
export const CHARTS = `
CALL () {
  MATCH (ch:${CHART_LABEL}) WHERE $caseId IS NULL OR ch.caseId = $caseId
  MATCH (c:Case {id: ch.caseId}) WHERE ${visible('c')}
  WITH ch, c, ch.savedAt.epochMillis AS t
  WHERE $after IS NULL OR t < $after[0] OR (t = $after[0] AND ch.id > $after[1])
  RETURN ch, c.caseNumber AS caseNumber, [t, ch.id] AS k ORDER BY t DESC, ch.id LIMIT $first + 1
}
WITH collect({ch: ch, caseNumber: caseNumber, k: k}) AS found
RETURN found[..$first] AS page, size(found) > $first AS more`

export const CHART_COUNT = `
MATCH (ch:${CHART_LABEL}) WHERE $caseId IS NULL OR ch.caseId = $caseId
MATCH (c:Case {id: ch.caseId}) WHERE ${visible('c')}
RETURN count(ch) AS count`

/** The case a new chart goes into, if the saver holds it. */
export const CHART_CASE = `MATCH (c:Case {id: $caseId}) WHERE ${visible('c')} RETURN c.caseNumber AS caseNumber`

/** Locks a chart for a save by raising its version; the caller compares the one before. */
export const LOCK_CHART = `${CHART_OF_VISIBLE_CASE}
SET ch.version = ch.version + 1
RETURN ch, c.caseNumber AS caseNumber`

/** Which of the ids exist as entities the saver may see (the rest stay as they were stored). */
export const SEEN_BY_SAVER = `
UNWIND $ids AS eid
MATCH (e:Entity {id: eid}) WHERE ${visible('e')}
RETURN collect(e.id) AS ids`

/** Which of the link ids ($linkSet: id → true) join two entities the saver may see. */
export const LINKS_SEEN_BY_SAVER = `
UNWIND $entityIds AS eid
MATCH (a:Entity {id: eid})-[r]->(b:Entity)
WHERE $linkSet[r.id] AND ${visible('a')} AND ${visible('b')}
RETURN collect(DISTINCT r.id) AS ids`

export const CREATE_CHART = `
CREATE (ch:${CHART_LABEL})
SET ch = $props, ch.createdAt = datetime(), ch.savedAt = datetime()
RETURN ch`

/** Runs after LOCK_CHART found the chart in a case the saver holds, in the same transaction. */
export const UPDATE_CHART = `
MATCH (ch:${CHART_LABEL} {id: $id})
SET ch += $props, ch.savedAt = datetime()
RETURN ch`

/** Runs after LOCK_CHART, in the same transaction. */
export const DELETE_CHART = `MATCH (ch:${CHART_LABEL} {id: $id}) DELETE ch`

/**
 * Erasure: the ids of the erased records' links, before ERASE_NODES deletes them with the
 * records, so that they leave the charts' lists too.
 */
export const ERASED_LINK_IDS = `
UNWIND $erased AS eid
MATCH (e:Entity {id: eid})-[r]-(:Entity)
RETURN collect(DISTINCT r.id) AS ids`

/**
 * Erasure: every chart naming one of the erased records, or whose text holds a form of the name
 * (lower-cased), whoever may see it; the caller rewrites what it finds.
 */
export const CHARTS_MENTIONING = `
MATCH (ch:${CHART_LABEL})
WHERE any(id IN $erased WHERE id IN ch.entityIds OR ch.view CONTAINS id OR ch.annotations CONTAINS id)
  OR any(l IN ch.linkIds WHERE $links[l])
  OR any(f IN $forms WHERE toLower(ch.name) CONTAINS f OR toLower(ch.notes) CONTAINS f
    OR toLower(ch.view) CONTAINS f OR toLower(ch.annotations) CONTAINS f)
RETURN properties(ch) AS props`

export const REWRITE_CHART = `
MATCH (ch:${CHART_LABEL} {id: $id})
SET ch += $props, ch.version = ch.version + 1`
