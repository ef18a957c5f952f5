import { visible } from '../../data/visibility.ts'

/**
 * Each visible person with the retention action due and its date. A person in any open or
 * referred case is due for REVIEW; otherwise for ERASE, counted from the last closure (or from
 * recording when in no case). A recorded decision to retain (p.retainedAt) pushes either
 * deadline to one review period after that decision.
 */
const DUE = `
MATCH (p:Person) WHERE ${visible('p')}
WITH p, $policy[p.category] AS rule, [(p)-[:PART_OF_CASE]->(c:Case) | c] AS cases
// A closed case without a closing date (closed before dates were kept) cannot start an erasure
// clock: its members are reviewed instead of erased early.
WITH p, rule, cases, any(c IN cases WHERE c.status <> 'CLOSED' OR c.closedOn IS NULL) AS active,
  reduce(last = null, c IN cases |
    CASE WHEN last IS NULL OR coalesce(c.closedOn, c.openedOn) > last
      THEN coalesce(c.closedOn, c.openedOn) ELSE last END) AS lastClosed,
  date(p.recordedAt) AS recorded, date(p.retainedAt) AS retained
WITH p, rule, cases, lastClosed, retained,
  CASE WHEN active THEN 'REVIEW' ELSE 'ERASE' END AS action,
  CASE
    WHEN active THEN coalesce(retained, recorded) + duration({years: rule.reviewYears})
    WHEN size(cases) = 0 THEN recorded + duration({years: rule.eraseWithoutCaseYears})
    ELSE lastClosed + duration({years: rule.eraseAfterClosureYears})
  END AS base
WITH p, cases, lastClosed, action,
  CASE WHEN retained IS NOT NULL AND retained + duration({years: rule.reviewYears}) > base
    THEN retained + duration({years: rule.reviewYears}) ELSE base END AS dueOn
WHERE dueOn <= date() AND ($action IS NULL OR action = $action)`

export const RETENTION_DUE = `${DUE}
RETURN p, action, dueOn, size(cases) AS caseCount, lastClosed
ORDER BY dueOn, p.id SKIP $offset LIMIT $first`

export const RETENTION_DUE_COUNTS = `${DUE}
RETURN action, count(*) AS count`

/** A supervisor's decision to keep a record for another review period. */
export const RETAIN_PERSON = `
MATCH (p:Person {id: $id}) WHERE ${visible('p')}
SET p.retainedAt = datetime(), p.retainedBy = $viewerName
RETURN p`

/**
 * The person to erase and what exists only because of them: phones, assets and addresses that
 * no other person or organisation uses, owns or lives at. Their calls and payments to others'
 * phones and accounts go with them; the other ends stay.
 */
export const ERASURE_TARGET = `
MATCH (p:Person {id: $id}) WHERE ${visible('p')}
OPTIONAL MATCH (p)--(d:Entity)
WHERE (d:Phone OR d:Asset OR (d:Location AND d.locType = 'ADDRESS'))
  AND NOT EXISTS { (d)--(o:Entity) WHERE o <> p AND (o:Person OR o:Organization) }
RETURN p.name AS name, coalesce(p.aliases, []) AS aliases, collect(DISTINCT d.id) AS dependents,
  [(p)-[:LIVES_AT]->(a:Location) | a.id] AS homes`

/**
 * Other nodes whose text mentions a form of the name. Deliberately not scoped to the viewer:
 * erasure must reach copies the supervisor cannot see (informant reports); only counts return.
 */
export const TEXT_MENTIONS = `
MATCH (n:Entity) WHERE NOT n.id IN $erased
  AND any(k IN keys(n) WHERE k <> 'searchText' AND any(f IN $forms WHERE
    (n[k] IS :: STRING AND toLower(n[k]) CONTAINS f)
    OR (n[k] IS :: LIST<STRING NOT NULL> AND any(x IN n[k] WHERE toLower(x) CONTAINS f))))
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`

export const LINK_TEXT_MENTIONS = `
MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a.id IN $erased AND NOT b.id IN $erased
  AND any(k IN keys(r) WHERE any(f IN $forms WHERE
    (r[k] IS :: STRING AND toLower(r[k]) CONTAINS f)
    OR (r[k] IS :: LIST<STRING NOT NULL> AND any(x IN r[k] WHERE toLower(x) CONTAINS f))))
RETURN elementId(r) AS rid, properties(r) AS props`

export const REDACT_NODE = `
MATCH (n:Entity {id: $id})
SET n += $changes, n.version = n.version + 1, n.updatedAt = datetime(), n.updatedBy = $viewerName`

export const REDACT_LINK = `
MATCH ()-[r]->() WHERE elementId(r) = $rid
SET r += $changes, r.version = coalesce(r.version, 0) + 1`

/**
 * Justifications typed into the audit trail about the person, or naming them. The text sits
 * outside the chained hash (formats 2 and 3), so redacting it keeps the chain verifiable; the
 * erasure entry lists the redacted entries.
 */
export const REDACT_JUSTIFICATIONS = `
MATCH (a:AuditEntry) WHERE a.v >= 2 AND a.justification <> '' AND NOT coalesce(a.justificationErased, false)
  AND ($id IN a.personIds OR any(f IN $forms WHERE toLower(a.justification) CONTAINS f))
SET a.justification = $redacted, a.justificationErased = true
RETURN a.seq AS seq`

export const ERASE_NODES = `
MATCH (n:Entity) WHERE n.id IN $erased
DETACH DELETE n`
