export const CASES = `
MATCH (c:Case) WHERE $status IS NULL OR c.status = $status
RETURN c ORDER BY c.openedOn DESC, c.caseNumber LIMIT $first`

export const CASE_MEMBERS = `
MATCH (e:Entity)-[:PART_OF_CASE]->(c:Case {id: $id})
WHERE $kinds IS NULL OR any(l IN labels(e) WHERE l IN $kinds)
RETURN e ORDER BY e.name LIMIT $first`

export const CASE_MEMBER_COUNTS = `
UNWIND $ids AS id MATCH (c:Case {id: id})
RETURN id, COUNT { (:Entity)-[:PART_OF_CASE]->(c) } AS count`

export const CASE_BY_NUMBER = `MATCH (c:Case {caseNumber: $caseNumber}) RETURN c.id AS id`

export const CASE_NODE = `MATCH (c:Case {id: $caseId}) RETURN c`

export const MEMBER_CANDIDATES = `
MATCH (n:Entity) WHERE n.id IN $ids AND NOT n:Case AND NOT n:Source
RETURN n.id AS id, n:Person AS person`

export const REMOVE_FROM_CASE = `
MATCH (n:Entity)-[r:PART_OF_CASE]->(c:Case {id: $caseId}) WHERE n.id IN $ids
DELETE r`
