// FollowTheMoney imports key entities by the id they have in the file (ftmId), so a re-import of
// the same or another file with those ids merges instead of duplicating. Matching is per kind;
// references to ids outside the file are looked up on any entity.
CREATE INDEX entity_ftm_id IF NOT EXISTS FOR (n:Entity) ON (n.ftmId);
CREATE INDEX person_ftm_id IF NOT EXISTS FOR (n:Person) ON (n.ftmId);
CREATE INDEX organization_ftm_id IF NOT EXISTS FOR (n:Organization) ON (n.ftmId);
CREATE INDEX location_ftm_id IF NOT EXISTS FOR (n:Location) ON (n.ftmId);
CREATE INDEX asset_ftm_id IF NOT EXISTS FOR (n:Asset) ON (n.ftmId);
CREATE INDEX event_ftm_id IF NOT EXISTS FOR (n:Event) ON (n.ftmId);
// Links of kinds the mapping import does not make are found again by import key too.
CREATE INDEX family_import_key IF NOT EXISTS FOR ()-[r:FAMILY]-() ON (r.importKey);
CREATE INDEX associate_import_key IF NOT EXISTS FOR ()-[r:ASSOCIATE]-() ON (r.importKey);
CREATE INDEX member_of_import_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.importKey);
CREATE INDEX employed_by_import_key IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() ON (r.importKey);
CREATE INDEX director_of_import_key IF NOT EXISTS FOR ()-[r:DIRECTOR_OF]-() ON (r.importKey);
CREATE INDEX involved_in_import_key IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.importKey);
