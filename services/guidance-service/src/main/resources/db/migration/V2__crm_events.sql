-- The tables only guidance-service has. The event store, outbox and idempotency keys come first as
-- V1 from the event-store module's location (db/event-store); this location's versions start at 2.

-- CRM change events already applied; the crmEventId is the CRM's deduplication key.
CREATE TABLE crm_events (
    crm_event_id VARCHAR(200) PRIMARY KEY,
    batch_id     VARCHAR(200) NOT NULL,
    type         VARCHAR(50)  NOT NULL,
    course_id    VARCHAR(200) NOT NULL,
    result       VARCHAR(20)  NOT NULL,
    version      BIGINT,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
