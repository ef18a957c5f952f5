// One node per imported file content: MERGE on it is safe under concurrency, so two runs of
// the same file take turns instead of both creating its Source and entities.
CREATE CONSTRAINT import_file_digest IF NOT EXISTS FOR (f:ImportFile) REQUIRE f.digest IS UNIQUE;
CREATE INDEX import_run_digest IF NOT EXISTS FOR (r:ImportRun) ON (r.digest);
