import { visible } from '../../data/visibility.ts'

/**
 * Which of the viewer's cases a list holds: status, offence (the stored texts the chosen one
 * stands for, cases.service.ts), the year it was opened,
 * and only those assigned to the viewer (`$mine`: a supervisor sees every case, and this narrows
 * it to their own). Every filter is a property check, or one assignment per case for `$mine`.
 */
const CASE_FILTER = (c: string) => `($status IS NULL OR ${c}.status = $status)
  AND ($offences IS NULL OR ${c}.offence IN $offences)
  AND ($year IS NULL OR date(${c}.openedOn).year = $year)
  AND (NOT $mine OR EXISTS { (:User {id: $viewerId})-[:ASSIGNED_TO]->(${c}) })
  AND ${visible(c)}`

/**
 * A page of the viewer's cases, newest first: the key (opening date, case number, id) of the
 * page's last case in $after, or null. `more` says whether a case follows the page.
 */
export const CASES = `
CALL () {
  MATCH (c:Case) WHERE ${CASE_FILTER('c')}
  WITH c, toString(coalesce(c.openedOn, date('0001-01-01'))) AS d, coalesce(c.caseNumber, '') AS no
  WHERE $after IS NULL OR d < $after[0] OR (d = $after[0] AND (no > $after[1]
    OR (no = $after[1] AND c.id > $after[2])))
  RETURN c, [d, no, c.id] AS k ORDER BY d DESC, no, c.id LIMIT $first + 1
}
WITH collect({c: c, k: k}) AS found
RETURN found[..$first] AS page, size(found) > $first AS more`

export const CASE_COUNT = `
MATCH (c:Case) WHERE ${CASE_FILTER('c')}
RETURN count(c) AS count`

/**
 * What the viewer's cases can be filtered by: each offence and opening year among the cases
 * they may see, whatever the list's filters (so that a filter can be changed, not only narrowed).
 */
export const CASE_OFFENCES = `
MATCH (c:Case) WHERE c.offence IS NOT NULL AND ${visible('c')}
RETURN DISTINCT c.offence AS offence, c.offence AS stored ORDER BY offence`

export const CASE_YEARS = `
MATCH (c:Case) WHERE c.openedOn IS NOT NULL AND ${visible('c')}
RETURN DISTINCT date(c.openedOn).year AS year ORDER BY year DESC`

/**
 * A page of a case's members in id order (ids start with their kind, so kinds come grouped).
 * Not by name: a protected person is shown by pseudonym, and her place among names sorted as
 * stored would tell where her real name falls in the alphabet.
 */
export const CASE_MEMBERS = `
MATCH (c:Case {id: $id}) WHERE ${visible('c')}
CALL (c) {
  MATCH (e:Entity)-[:PART_OF_CASE]->(c)
  WHERE ($kinds IS NULL OR any(l IN labels(e) WHERE l IN $kinds))
    AND ($after IS NULL OR e.id > $after[0]) AND ${visible('e')}
  RETURN e ORDER BY e.id LIMIT $first + 1
}
WITH collect(e) AS found
RETURN found[..$first] AS page, size(found) > $first AS more`

export const CASE_MEMBER_TOTAL = `
MATCH (c:Case {id: $id}) WHERE ${visible('c')}
RETURN COUNT { (e:Entity)-[:PART_OF_CASE]->(c)
  WHERE ($kinds IS NULL OR any(l IN labels(e) WHERE l IN $kinds)) AND ${visible('e')} } AS count`

export const CASE_MEMBER_COUNTS = `
UNWIND $ids AS id MATCH (c:Case {id: id}) WHERE ${visible('c')}
RETURN id, COUNT { (e:Entity)-[:PART_OF_CASE]->(c) WHERE ${visible('e')} } AS count`

/** Cases holding a number, and whether the user may see each (only visible ones may refuse). */
export const CASES_WITH_NUMBER = `MATCH (c:Case {caseNumber: $caseNumber}) RETURN c.id AS id, ${visible('c')} AS seen`

/** The user's own cases with a number: two means it repeats (a caller must then say which). */
export const CASE_BY_NUMBER = `MATCH (c:Case {caseNumber: $caseNumber}) WHERE ${visible('c')} RETURN c.id AS id ORDER BY c.id LIMIT 2`

export const CASE_NODE = `MATCH (c:Case {id: $caseId}) WHERE ${visible('c')} RETURN c`

export const MEMBER_CANDIDATES = `
MATCH (n:Entity) WHERE n.id IN $ids AND NOT n:Case AND NOT n:Source AND ${visible('n')}
RETURN n.id AS id, n:Person AS person`

export const ASSIGN_CREATOR = `
MATCH (u:User {id: $viewerId}), (c:Case {id: $caseId})
MERGE (u)-[a:ASSIGNED_TO]->(c) ON CREATE SET a.at = datetime(), a.by = $viewerName`

/** Gives a user need-to-know of a case; the caller must see the case. */
export const ASSIGN = `
MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
MATCH (u:User {username: $username}) WHERE u.active
MERGE (u)-[a:ASSIGNED_TO]->(c) ON CREATE SET a.at = datetime(), a.by = $viewerName
RETURN c`

/** Takes need-to-know of a case away from a user; `was` says whether they had it. */
export const UNASSIGN = `
MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[a:ASSIGNED_TO]->(c)
WITH c, a, a IS NOT NULL AS was
DELETE a
RETURN c, was`

/** Who holds a case: its team, in the order they joined it. */
export const CASE_TEAM = `
MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
MATCH (u:User)-[a:ASSIGNED_TO]->(c)
RETURN u.id AS id, u.username AS username, u.displayName AS displayName, u.roles AS roles,
  coalesce(u.clearances, []) AS clearances, a.at AS at, a.by AS by, coalesce(u.active, false) AS active
ORDER BY a.at, u.username`

/** Active accounts a supervisor may give a case to. */
export const ASSIGNABLE_USERS = `
MATCH (u:User) WHERE u.active
RETURN u.id AS id, u.username AS username, u.displayName AS displayName, u.roles AS roles,
  coalesce(u.clearances, []) AS clearances
ORDER BY u.username`

export const REMOVE_FROM_CASE = `
MATCH (n:Entity)-[r:PART_OF_CASE]->(c:Case {id: $caseId}) WHERE n.id IN $ids
DELETE r`

/** Closing a case starts the retention clocks of its members (see modules/retention). */
export const SET_CASE_STATUS = `
MATCH (c:Case {id: $caseId}) WHERE ${visible('c')}
SET c.status = $status,
  c.closedOn = CASE WHEN $status = 'CLOSED' THEN coalesce(c.closedOn, date()) ELSE null END,
  c.version = c.version + 1, c.updatedAt = datetime(), c.updatedBy = $viewerName
RETURN c`
