// Saved charts (server/src/modules/charts): found by id, and listed per case.
CREATE CONSTRAINT chart_id IF NOT EXISTS FOR (c:Chart) REQUIRE c.id IS UNIQUE;
CREATE INDEX chart_case IF NOT EXISTS FOR (c:Chart) ON (c.caseId);
