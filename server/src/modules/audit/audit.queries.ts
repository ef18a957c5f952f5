export const AUDIT_ENTRIES = `
MATCH (a:AuditEntry)
WHERE ($beforeSeq IS NULL OR a.seq < $beforeSeq)
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($outcome IS NULL OR a.outcome = $outcome)
  AND ($personId IS NULL OR $personId IN a.personIds OR $personId IN a.entityIds)
  AND ($from IS NULL OR a.at >= datetime($from))
  AND ($to IS NULL OR a.at <= datetime($to))
RETURN a
ORDER BY a.seq DESC
LIMIT $first`

/** Ids in audit entries that name informants or H3 sources, to mask for uncleared readers. */
export const RESTRICTED_IDS = `
MATCH (n:Entity) WHERE n.id IN $ids
  AND ((n:Person AND n.category = 'INFORMANT') OR (n:Source AND n.handling = 'H3'))
RETURN n.id AS id`
