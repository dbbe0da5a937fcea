-- Each house's CRM numbers its own events, so a crmEventId is unique only within its house: house
-- B's sf-1 must be applied even when house A applied an sf-1, and is a duplicate only of B's own.
ALTER TABLE crm_events ADD COLUMN house VARCHAR(50);

-- Events applied before the ids were scoped belong to the house of the course they concerned; a
-- remembered event always concerns a course that exists (only applied events are remembered, and
-- events are never deleted), so every row finds its house and the NOT NULL below holds.
UPDATE crm_events c SET house = (
    SELECT e.house FROM events e WHERE e.aggregate_id = c.course_id AND e.version = 1);

ALTER TABLE crm_events ALTER COLUMN house SET NOT NULL;
ALTER TABLE crm_events DROP CONSTRAINT crm_events_pkey;
ALTER TABLE crm_events ADD PRIMARY KEY (house, crm_event_id);
