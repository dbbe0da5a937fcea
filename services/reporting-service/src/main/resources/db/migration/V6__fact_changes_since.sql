-- What changed in the big fact families since the goal maintainer last looked, so that it keeps a
-- house-year's facts in memory and reads only the versions written or closed since, instead of
-- every row at every derivation (courses, answers and referrals run to tens of thousands per
-- house-year; the other families are read whole, they hold a handful of rows).
--
-- changed_txn is the transaction id (pg_current_xact_id) that inserted the version or closed it.
-- Producer clocks and sequence values are no order here: two projection transactions commit in
-- any order. A reader takes the oldest transaction still running (pg_snapshot_xmin) before it reads:
-- every version with a smaller changed_txn is committed and seen by that read, so the next read
-- asks only for changed_txn at or above it. The versions in between may be read twice; applying a
-- version twice changes nothing.
alter table course_versions
    add column changed_txn bigint not null default (pg_current_xact_id()::text::bigint);
alter table survey_response_versions
    add column changed_txn bigint not null default (pg_current_xact_id()::text::bigint);
alter table referral_versions
    add column changed_txn bigint not null default (pg_current_xact_id()::text::bigint);

create index course_versions_by_house_and_change on course_versions (house, changed_txn);
create index survey_response_versions_by_house_and_change on survey_response_versions (house, changed_txn);
create index referral_versions_by_house_and_change on referral_versions (house, changed_txn);
