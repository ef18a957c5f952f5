/** Saved mappings are configuration, not investigation data: no :Entity, no visibility rules. */
export const SAVED_MAPPINGS = `
MATCH (m:ImportMapping)
RETURN m.id AS id, m.name AS name, m.yaml AS yaml, m.createdBy AS createdBy, m.updatedAt AS updatedAt
ORDER BY toLower(m.name)`

export const SAVED_MAPPING = `
MATCH (m:ImportMapping {id: $id})
RETURN m.id AS id, m.name AS name, m.yaml AS yaml, m.createdBy AS createdBy, m.updatedAt AS updatedAt`

/** The owner of a name may replace it; anyone else gets `taken` and nothing changes. */
export const SAVE_MAPPING = `
MERGE (m:ImportMapping {name: $name})
ON CREATE SET m.id = $id, m.createdBy = $user, m.createdAt = $now
WITH m, m.createdBy = $user OR $supervisor AS mine
FOREACH (_ IN CASE WHEN mine THEN [1] ELSE [] END | SET m.yaml = $yaml, m.updatedAt = $now)
RETURN m.id AS id, NOT mine AS taken`

export const DELETE_MAPPING = `
MATCH (m:ImportMapping {id: $id}) WHERE m.createdBy = $user OR $supervisor
DELETE m
RETURN count(*) AS deleted`
