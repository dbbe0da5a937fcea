-- A row the broker can never take (too large for the topic, not serialisable, an invalid topic) is
-- moved out of the relay's way instead of being retried for ever: it keeps its place (position) and
-- stays unpublished, with the time and the reason. Every later row of its stream (same message_key)
-- waits behind it, so a stream's order on the topic is kept; other streams flow on. An operator
-- retries it (GET/POST /api/v1/operations/outbox/dead-letters) once the cause is fixed.
ALTER TABLE outbox ADD COLUMN dead_lettered_at TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN dead_letter_reason VARCHAR(1000);
ALTER TABLE outbox ADD CONSTRAINT outbox_dead_letters_are_unpublished
    CHECK (dead_lettered_at IS NULL OR published_at IS NULL);

-- Few rows, looked up by stream for every row the relay reads.
CREATE INDEX outbox_dead_letters ON outbox (message_key) WHERE dead_lettered_at IS NOT NULL;

-- Wakes the relay when rows are committed: a NOTIFY is delivered at COMMIT (never for a rolled back
-- transaction), and PostgreSQL folds the identical notifications of one transaction into one. One per
-- statement, so a batched append of 500 rows notifies once. The relay LISTENs on 'outbox' when
-- outbox.wake-on-commit is on, and polls as well in case a notification is missed.
CREATE FUNCTION outbox_wake_relay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_rows_added
    AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_wake_relay();
