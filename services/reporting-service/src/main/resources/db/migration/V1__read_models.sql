-- Read models of reporting-service. Natural keys only (no sequences): every row is identified by
-- what the events say, which is also what makes replaying events safe.

-- One row per guidance course: its latest known facts. last_version is the version of the last
-- event applied; an event with a version at or below it is skipped, so redelivery counts nothing twice.
create table courses (
    course_id                 text        primary key,
    house                     text        not null,
    cvr                       text        not null,
    company_name              text,
    municipality_code         text        not null,
    category                  text        not null,
    themes                    text[]      not null default '{}',
    started_on                date        not null,
    completed_on              date,
    retracted                 boolean     not null default false,
    retraction_reason         text,
    sustainability_wheel_used boolean     not null,
    enrolled_in_evaluation    boolean     not null,
    origin                    text,
    last_version              bigint      not null,
    updated_at                timestamptz not null
);

-- The goal queries read the courses of a house started in a date range.
create index courses_by_house_and_start on courses (house, started_on);

-- Every reported status of a goal activity, so "the status as of a date" can be answered from the
-- business date changed_on. (house, year, activity_id) is the event stream, version its position.
create table activity_status_history (
    house       text        not null,
    year        integer     not null,
    activity_id text        not null,
    version     bigint      not null,
    changed_on  date        not null,
    status      text        not null,
    note        text,
    event_id    uuid        not null,
    recorded_at timestamptz not null,
    primary key (house, year, activity_id, version)
);

-- The next offset to read per partition, written in the same transaction as the read-model
-- changes of the batch that reached it: the position and the effects commit or roll back together.
create table consumer_positions (
    topic       text        not null,
    partition   integer     not null,
    next_offset bigint      not null,
    updated_at  timestamptz not null,
    primary key (topic, partition)
);

-- Records that could not be projected (malformed bytes, an update of an unknown course), kept
-- with the reason instead of stopping the consumer.
create table parked_events (
    topic         text        not null,
    partition     integer     not null,
    record_offset bigint      not null,
    record_key    text,
    payload       bytea,
    error         text        not null,
    parked_at     timestamptz not null,
    primary key (topic, partition, record_offset)
);
