// The audit trail is a hash chain; its head holds the last sequence number and hash.
MERGE (h:AuditHead {id: 'head'}) ON CREATE SET h.seq = 0, h.hash = 'genesis';
