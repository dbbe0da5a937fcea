-- The shared write side of a service: an append-only event store, a transactional outbox written
-- in the same transaction as the events, and the answers given to Idempotency-Keys. A service adds
-- this location (classpath db/event-store) to quarkus.flyway.locations beside its own db/migration,
-- whose versions start at 2: both locations share one flyway_schema_history.

CREATE TABLE events (
    position       BIGSERIAL    PRIMARY KEY,
    event_id       UUID         NOT NULL UNIQUE,
    aggregate_id   VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL CHECK (version >= 1),
    type           VARCHAR(100) NOT NULL,
    payload        JSONB        NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    house          VARCHAR(50)  NOT NULL,
    correlation_id VARCHAR(200),
    source         VARCHAR(50)  NOT NULL,
    -- The optimistic-concurrency guard: two writers that loaded the same version both try to
    -- insert version n+1 and exactly one of them wins.
    CONSTRAINT events_aggregate_version_unique UNIQUE (aggregate_id, version)
);

-- History is corrected by new events (an update, a retraction), never by editing old ones.
CREATE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the events table is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER events_append_only
    BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_are_append_only();

-- One row per event, in event position order; the relay publishes and then stamps published_at.
CREATE TABLE outbox (
    position      BIGINT       PRIMARY KEY REFERENCES events (position),
    topic         VARCHAR(200) NOT NULL,
    message_key   VARCHAR(200) NOT NULL,
    message_value BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ
);

CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL;

-- The answer given to a write carrying an Idempotency-Key, replayed for a repeat: the aggregate it
-- wrote and the version it reached. The fingerprint is a digest of the request as sent, so a key
-- reused for another request is recognised.
CREATE TABLE idempotency_keys (
    idempotency_key     VARCHAR(200) PRIMARY KEY,
    request_fingerprint VARCHAR(64)  NOT NULL,
    aggregate_id        VARCHAR(200) NOT NULL,
    version             BIGINT,
    created_at          TIMESTAMPTZ  NOT NULL
);
