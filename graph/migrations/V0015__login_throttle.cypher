// Sign-in throttle state shared by every server instance: one node per hashed client address or
// account name, found by its key on every sign-in; expired ones are pruned by expiresAt.
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (t:LoginThrottle) REQUIRE t.key IS UNIQUE;
CREATE INDEX login_throttle_expires IF NOT EXISTS FOR (t:LoginThrottle) ON (t.expiresAt);
