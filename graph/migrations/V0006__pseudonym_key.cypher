// The key behind stable pseudonyms of protected persons: made once per database, never a default.
MERGE (k:PseudonymKey {id: 'key'}) ON CREATE SET k.value = randomUUID() + randomUUID();
