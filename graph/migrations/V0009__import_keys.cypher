// Imports find what they wrote before by import key, so a re-run adds nothing: entities matched
// within one file's scope, and links of every kind.
CREATE INDEX entity_import_key IF NOT EXISTS FOR (n:Entity) ON (n.importKey);
CREATE INDEX asset_identifier IF NOT EXISTS FOR (a:Asset) ON (a.identifier);
CREATE INDEX source_reference IF NOT EXISTS FOR (s:Source) ON (s.reference);
CREATE INDEX location_name IF NOT EXISTS FOR (l:Location) ON (l.name);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.lastName, p.firstName);
CREATE INDEX called_import_key IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.importKey);
CREATE INDEX paid_import_key IF NOT EXISTS FOR ()-[r:PAID]-() ON (r.importKey);
CREATE INDEX located_at_import_key IF NOT EXISTS FOR ()-[r:LOCATED_AT]-() ON (r.importKey);
CREATE INDEX owns_import_key IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.importKey);
CREATE INDEX uses_phone_import_key IF NOT EXISTS FOR ()-[r:USES_PHONE]-() ON (r.importKey);
CREATE INDEX lives_at_import_key IF NOT EXISTS FOR ()-[r:LIVES_AT]-() ON (r.importKey);
// Large imports are written in batches under a run id and published at once; until then the
// nodes carry :Staged, and a failed or abandoned run is deleted by its id.
CREATE INDEX staged_import_run IF NOT EXISTS FOR (n:Staged) ON (n.importRun);
CREATE INDEX import_run_status IF NOT EXISTS FOR (r:ImportRun) ON (r.status);
CREATE INDEX called_import_run IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.importRun);
CREATE INDEX paid_import_run IF NOT EXISTS FOR ()-[r:PAID]-() ON (r.importRun);
CREATE INDEX located_at_import_run IF NOT EXISTS FOR ()-[r:LOCATED_AT]-() ON (r.importRun);
CREATE INDEX owns_import_run IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.importRun);
CREATE INDEX uses_phone_import_run IF NOT EXISTS FOR ()-[r:USES_PHONE]-() ON (r.importRun);
CREATE INDEX lives_at_import_run IF NOT EXISTS FOR ()-[r:LIVES_AT]-() ON (r.importRun);
