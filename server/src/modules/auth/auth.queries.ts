export const USER_BY_USERNAME = `MATCH (u:User {username: $username}) WHERE u.active RETURN u`
export const USER_COUNT = `MATCH (u:User) RETURN count(u) AS count`
export const CREATE_USER = `
CREATE (u:User {id: $id, username: $username, displayName: $displayName, roles: $roles, clearances: $clearances,
  passwordHash: $passwordHash, active: true, createdAt: datetime()})`
export const CREATE_SESSION = `
MATCH (u:User {id: $userId})
CREATE (s:Session {tokenHash: $tokenHash, userId: $userId, createdAt: datetime(), expiresAt: datetime() + duration($ttl)})`
export const SESSION_USER = `
MATCH (s:Session {tokenHash: $tokenHash}) WHERE s.expiresAt > datetime()
MATCH (u:User {id: s.userId}) WHERE u.active
RETURN u`
export const DELETE_SESSION = `MATCH (s:Session {tokenHash: $tokenHash}) DELETE s`
export const DELETE_EXPIRED_SESSIONS = `MATCH (s:Session) WHERE s.expiresAt <= datetime() DELETE s`
export const USER_BY_ID = `MATCH (u:User {id: $id}) WHERE u.active RETURN u`
export const SET_PASSWORD = `
MATCH (u:User {id: $id}) SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
WITH u
MATCH (s:Session {userId: u.id}) WHERE s.tokenHash <> $keepTokenHash
DELETE s`
/** Demo need-to-know: the first $n cases in the given statuses, by case number. */
export const DEMO_ASSIGN = `
MATCH (u:User {username: $username})
MATCH (c:Case) WHERE c.status IN $statuses
WITH u, c ORDER BY c.caseNumber LIMIT $n
MERGE (u)-[a:ASSIGNED_TO]->(c) ON CREATE SET a.at = datetime(), a.by = 'demo'`
/** Creates or refreshes a provider-backed user; roles and clearances follow the provider's groups. */
export const UPSERT_OIDC_USER = `
MERGE (u:User {oidcKey: $oidcKey})
ON CREATE SET u.id = $id, u.username = $username, u.active = true, u.createdAt = datetime()
SET u.displayName = $displayName, u.roles = $roles, u.clearances = $clearances,
  u.lastSignInAt = datetime()
WITH u WHERE u.active
RETURN u`
export const USER_BY_USERNAME_ANY = `MATCH (u:User {username: $username}) RETURN u.oidcKey AS oidcKey`

/**
 * Sign-in throttle state (throttle.ts), one node per hashed address or account name. Taking the
 * write lock (SET) before reading makes concurrent attempts on the same key queue up.
 */
export const THROTTLE_LOCK = `
UNWIND $keys AS key
MERGE (t:LoginThrottle {key: key})
  ON CREATE SET t.failures = 0, t.expiresAt = $now
SET t.lockedAt = $now
RETURN t.key AS key, properties(t) AS t`
export const THROTTLE_SAVE = `
UNWIND $rows AS row
MATCH (t:LoginThrottle {key: row.key})
SET t += row.props`
export const THROTTLE_CLEAR = `
MATCH (t:LoginThrottle) WHERE t.key IN $keys
SET t.failures = 0, t.lastFailureAt = 0`
export const THROTTLE_PRUNE = `
MATCH (t:LoginThrottle) WHERE t.expiresAt < $now
WITH t LIMIT 10000
DELETE t`
