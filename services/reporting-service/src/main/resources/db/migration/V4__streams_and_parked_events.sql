-- The projection never applies an event on a gap: each stream (an aggregate id, the Kafka key) has
-- the version of the last event applied to it, or skipped by an operator (a discarded event), and
-- only the next version is applied. Written in the same transaction as the read models.
create table stream_versions (
    stream       text   primary key,
    last_version bigint not null
);

-- The streams the read models already hold, by the aggregate ids of contracts-api.
insert into stream_versions (stream, last_version)
select course_id, last_version from courses
union all
select 'activity:' || house || ':' || year || ':' || activity_id, max(version)
from activity_status_history group by house, year, activity_id
union all
select 'response:' || house || ':' || response_id, version from survey_responses
union all
select 'awareness:' || house || ':' || survey_id, version from awareness_surveys
union all
select 'referral:' || house || ':' || referral_id, last_version from referrals
union all
select 'figures:' || cvr || ':' || year, last_version from company_figures
union all
select 'cohort:' || house || ':' || cohort_id, last_version from effect_cohorts
on conflict (stream) do update set last_version = greatest(stream_versions.last_version, excluded.last_version);

-- A parked record knows its stream and version (when it could be decoded), why it was parked
-- (MALFORMED: not an event of the contract; REJECTED: the projection or the read model refused it;
-- WAITING: an earlier version of its stream is missing), and what became of it: PARKED until an
-- operator replays it (REPLAYED once applied) or discards it (DISCARDED, with the operator's reason).
alter table parked_events rename column error to reason;
alter table parked_events
    add column stream         text,
    add column version        bigint,
    add column event_type     text,
    add column reason_kind    text,
    add column status         text not null default 'PARKED',
    add column resolved_at    timestamptz,
    add column discard_reason text;

-- Records parked before: only undecodable and unprojectable ones existed, keyed by their stream.
update parked_events set
    stream = record_key,
    reason_kind = case
        when reason = 'record has no value' or reason like 'not a JSON event envelope%'
            or reason like 'not a valid event envelope%' or reason like 'unknown event type%'
            or reason like 'event envelope lacks%' or reason like 'payload of % is not valid%'
        then 'MALFORMED' else 'REJECTED' end;

alter table parked_events alter column reason_kind set not null;

-- Replays look up a stream's parked records in version order; the operations list filters by status.
create index parked_events_by_stream on parked_events (stream, version) where status = 'PARKED';
create index parked_events_by_status on parked_events (status, parked_at);

-- The recorded time (the producing service's recordedAt) of the newest event applied from each
-- partition: how fresh the figures are (the goals' dataAsOf), committed with the read models.
alter table consumer_positions add column last_recorded_at timestamptz;
