// Entity resolution (server/src/modules/resolution): merge records and their snapshots, kept
// for undo, and pairs decided different. None is an :Entity, so search, visibility and paths
// never meet them; erasure deletes those of an erased record.
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;
CREATE INDEX merge_record_keep IF NOT EXISTS FOR (m:MergeRecord) ON (m.keepId);
CREATE INDEX merge_record_absorb IF NOT EXISTS FOR (m:MergeRecord) ON (m.absorbId);
CREATE INDEX merge_record_at IF NOT EXISTS FOR (m:MergeRecord) ON (m.mergedAt);
CREATE INDEX merge_snapshot_merge IF NOT EXISTS FOR (s:MergeSnapshot) ON (s._mergeId);
CREATE CONSTRAINT distinct_pair_key IF NOT EXISTS FOR (d:DistinctPair) REQUIRE d.pairKey IS UNIQUE;
