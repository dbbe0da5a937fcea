-- Who recorded each event: the subject of the authenticated caller (the bearer token's sub). Null
-- only for events recorded before authentication existed; the append-only trigger keeps it as written.
ALTER TABLE events ADD COLUMN recorded_by VARCHAR(200);

-- An Idempotency-Key belongs to one client of one house: house B's request is never answered as a
-- repeat of house A's because both chose the same key, nor client Y's as client X's. Keys recorded
-- before scoping (none in production) keep empty scopes and can no longer be matched.
ALTER TABLE idempotency_keys ADD COLUMN house VARCHAR(50) NOT NULL DEFAULT '';
ALTER TABLE idempotency_keys ADD COLUMN client VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE idempotency_keys ALTER COLUMN house DROP DEFAULT;
ALTER TABLE idempotency_keys ALTER COLUMN client DROP DEFAULT;
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys ADD PRIMARY KEY (house, client, idempotency_key);
