export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $scan}) YIELD node, score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
RETURN node, score
ORDER BY score DESC
LIMIT $first`

export const SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
RETURN count(node) AS total`
