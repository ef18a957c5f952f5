import { visible } from '../../data/visibility.ts'

export const CASES = `
MATCH (c:Case) WHERE ($status IS NULL OR c.status = $status) AND ${visible('c')}
RETURN c ORDER BY c.openedOn DESC, c.caseNumber LIMIT $first`

export const CASE_MEMBERS = `
MATCH (e:Entity)-[:PART_OF_CASE]->(c:Case {id: $id})
WHERE ($kinds IS NULL OR any(l IN labels(e) WHERE l IN $kinds)) AND ${visible('c')} AND ${visible('e')}
RETURN e ORDER BY e.name LIMIT $first`

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
