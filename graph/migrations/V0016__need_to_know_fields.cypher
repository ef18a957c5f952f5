// Need-to-know reads what it used to walk to from the node itself (server/src/data/derived.ts):
// the cases each node belongs to, and until when a protected person lives at an address.
// Computed once here for graphs written before; the same statements as DERIVE_ALL there
// (derived.test.ts checks), and every write keeps them true afterwards.
MATCH (n:Entity) CALL (n) { SET n.caseIds = [(n)-[:PART_OF_CASE]->(case_) | case_.id] } IN TRANSACTIONS OF 10000 ROWS;

MATCH (a:Location) WHERE a.locType = 'ADDRESS'
   CALL (a) { SET a.hiddenUntil = CASE
  WHEN a:Location AND a.locType = 'ADDRESS' THEN reduce(until_ = null, d_ IN
    [(a)<-[:LIVES_AT]-(resident_:Person) | CASE
  WHEN coalesce(resident_.category, '') IN ['VICTIM', 'POTENTIAL_VICTIM'] THEN date('9999-12-31')
  WHEN resident_.dateOfBirth IS NULL THEN null
  WHEN (resident_.validFrom IS NOT NULL OR resident_.recordedAt IS NOT NULL)
    AND resident_.dateOfBirth + duration('P18Y') > coalesce(resident_.validFrom, date(resident_.recordedAt))
    THEN date('9999-12-31')
  ELSE resident_.dateOfBirth + duration('P18Y') END] |
    CASE WHEN d_ IS NOT NULL AND (until_ IS NULL OR d_ > until_) THEN d_ ELSE until_ END) END } IN TRANSACTIONS OF 10000 ROWS
;
