// Search filters by kind inside the full-text query (see kindToken in graph/src/names.ts);
// nodes written before that carry no kind token yet.
MATCH (n:Entity) WHERE n.searchText IS NOT NULL AND NOT n.searchText CONTAINS 'kind:'
CALL (n) {
  SET n.searchText = n.searchText + ' kind:' + toLower([l IN labels(n) WHERE l <> 'Entity'][0])
} IN TRANSACTIONS OF 10000 ROWS;
