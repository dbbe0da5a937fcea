-- Read-your-writes. A CRM event sent again is answered as a duplicate with the consistency token of
-- the write that first applied it (its events carry that writeId), so waiting for it waits for the
-- original events. Null for events applied before tokens existed: such a duplicate answers a token of
-- no events.
ALTER TABLE crm_events ADD COLUMN write_id UUID;
ALTER TABLE crm_events ADD COLUMN write_events INTEGER CHECK (write_events >= 0);
