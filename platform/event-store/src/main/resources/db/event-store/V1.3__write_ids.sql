-- Read-your-writes. Every event names the acknowledged write that appended it (one HTTP write, one
-- item of a batch, one whole CSV import); the write answers a Consistency-Token "write W appended N
-- events" and a reader waits until a projection has applied N events of W. Null for events recorded
-- before tokens existed; the append-only trigger keeps it as written.
ALTER TABLE events ADD COLUMN write_id UUID;

-- A repeat answered from an Idempotency-Key answers the original write's token, not one of its own:
-- the original events carry the original writeId. Null for keys claimed before tokens existed (and
-- until the claiming transaction records its outcome).
ALTER TABLE idempotency_keys ADD COLUMN write_id UUID;
ALTER TABLE idempotency_keys ADD COLUMN write_events INTEGER CHECK (write_events >= 0);
