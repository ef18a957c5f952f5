// Sources belong to the cases they serve (issue 9): their references and file names carry case
// numbers and names, so they are no longer shared reference data. Each Source cited by a member
// of a case joins that case, as an administrative fact (no source, fully graded), so the case's
// team keeps seeing it and nobody else does.
MATCH (n:Entity)-[:PART_OF_CASE]->(c:Case)
WHERE n.sourceIds IS NOT NULL
UNWIND n.sourceIds AS sid
WITH DISTINCT sid, c
MATCH (s:Entity {id: sid}) WHERE s:Source AND NOT EXISTS { (s)-[:PART_OF_CASE]->(c) }
CREATE (s)-[:PART_OF_CASE {id: 'lnk-' + randomUUID(), version: 1, sourceIds: [],
  reliability: 'A', credibility: 1, handling: 'H0', recordedBy: 'migration:V0014',
  recordedAt: datetime()}]->(c);

// The sources of links join the cases of the links' ends.
MATCH (a:Entity)-[l]->(b:Entity)
WHERE type(l) <> 'PART_OF_CASE' AND size(coalesce(l.sourceIds, [])) > 0
UNWIND [a, b] AS n
MATCH (n)-[:PART_OF_CASE]->(c:Case)
UNWIND l.sourceIds AS sid
WITH DISTINCT sid, c
MATCH (s:Entity {id: sid}) WHERE s:Source AND NOT EXISTS { (s)-[:PART_OF_CASE]->(c) }
CREATE (s)-[:PART_OF_CASE {id: 'lnk-' + randomUUID(), version: 1, sourceIds: [],
  reliability: 'A', credibility: 1, handling: 'H0', recordedBy: 'migration:V0014',
  recordedAt: datetime()}]->(c);

// An imported file's Source is now one per file content and case (or importer, outside any
// case): earlier ones get the scope they would have had, so a re-import finds them again.
MATCH (s:Source) WHERE s.reference STARTS WITH 'sha256:' AND s.importScope IS NULL
SET s.importScope = coalesce(head([(s)-[:PART_OF_CASE]->(c:Case) | c.id]),
  'user:' + coalesce(s.recordedBy, ''));

// A case number may now be recorded twice: refusing a number only because a case the user
// cannot see holds it would tell them that case exists. A visible duplicate is still refused,
// and a collision with a hidden one is flagged in the audit trail for supervisors.
DROP CONSTRAINT case_number IF EXISTS;
CREATE INDEX case_number IF NOT EXISTS FOR (c:Case) ON (c.caseNumber);
