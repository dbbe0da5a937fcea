-- Two things the read side needs beyond the latest state of each fact:
--
-- 1. What was known when (bitemporal facts). Every version of every fact is kept with the recorded
--    time of the event that made it (known_from) and the recorded time of the event that replaced
--    it (known_until, null while it is the latest). "The facts as known at K" is one range test,
--    known_from <= K and (known_until is null or known_until > K): exactly one version per fact, or
--    none when the fact was not known yet. The goal queries read these tables; the tables of V1-V3
--    stay the projection's own working state (what the next event is folded onto).
--
-- 2. Goals maintained by the projection (maintained_goals), the house-years whose facts changed
--    since (goal_dirty, written in the projection's transaction), the changes pushed to the goals
--    stream (goal_changes), and per acknowledged write how many of its events were applied
--    (applied_writes, read-your-writes).

create table course_versions (
    course_id                 text        not null,
    version                   bigint      not null,
    house                     text        not null,
    cvr                       text        not null,
    municipality_code         text        not null,
    category                  text        not null,
    themes                    text[]      not null default '{}',
    started_on                date        not null,
    retracted                 boolean     not null,
    sustainability_wheel_used boolean     not null,
    enrolled_in_evaluation    boolean     not null,
    known_from                timestamptz not null,
    known_until               timestamptz,
    event_id                  uuid,
    event_type                text,
    primary key (course_id, version)
);
create index course_versions_by_house_and_start on course_versions (house, started_on);
create index course_versions_by_house_and_known on course_versions (house, known_from);

create table survey_response_versions (
    house                     text        not null,
    response_id               text        not null,
    version                   bigint      not null,
    cvr                       text        not null,
    survey_year               integer     not null,
    segment                   text        not null,
    answered_on               date        not null,
    competence_satisfaction   text,
    recommend_score           integer,
    expected_effect           text,
    received_digital_guidance boolean,
    received_referral         boolean,
    used_referral             text,
    known_from                timestamptz not null,
    known_until               timestamptz,
    event_id                  uuid,
    event_type                text,
    primary key (house, response_id, version)
);
create index survey_response_versions_by_house_and_year on survey_response_versions (house, survey_year);
create index survey_response_versions_by_house_and_known on survey_response_versions (house, known_from);

create table awareness_survey_versions (
    house                   text        not null,
    survey_id               text        not null,
    version                 bigint      not null,
    year                    integer     not null,
    respondents             integer     not null,
    aware_of_house          integer     not null,
    aware_of_green_services integer     not null,
    conducted_on            date        not null,
    known_from              timestamptz not null,
    known_until             timestamptz,
    event_id                uuid,
    event_type              text,
    primary key (house, survey_id, version)
);
create index awareness_survey_versions_by_house_and_year on awareness_survey_versions (house, year);
create index awareness_survey_versions_by_house_and_known on awareness_survey_versions (house, known_from);

create table referral_versions (
    house               text        not null,
    referral_id         text        not null,
    version             bigint      not null,
    cvr                 text        not null,
    referred_on         date        not null,
    direction           text        not null,
    used                boolean,
    outcome_reported_on date,
    known_from          timestamptz not null,
    known_until         timestamptz,
    event_id            uuid,
    event_type          text,
    primary key (house, referral_id, version)
);
create index referral_versions_by_house_and_date on referral_versions (house, referred_on);
create index referral_versions_by_house_and_known on referral_versions (house, known_from);

create table company_figures_versions (
    cvr          text        not null,
    year         integer     not null,
    version      bigint      not null,
    revenue_dkk  numeric,
    fte          numeric,
    known_from   timestamptz not null,
    known_until  timestamptz,
    event_id     uuid,
    event_type   text,
    primary key (cvr, year, version)
);
create index company_figures_versions_by_known on company_figures_versions (known_from);

create table effect_cohort_versions (
    house        text        not null,
    cohort_id    text        not null,
    version      bigint      not null,
    cohort_year  integer     not null,
    segment      text        not null,
    treated      text[]      not null default '{}',
    control      text[]      not null default '{}',
    known_from   timestamptz not null,
    known_until  timestamptz,
    event_id     uuid,
    event_type   text,
    primary key (house, cohort_id, version)
);
create index effect_cohort_versions_by_house_and_year on effect_cohort_versions (house, cohort_year);
create index effect_cohort_versions_by_house_and_known on effect_cohort_versions (house, known_from);

-- Facts projected before versions were kept: their latest state, known since always (their
-- recorded times were not kept). Activity reports kept theirs from the start.
insert into course_versions (course_id, version, house, cvr, municipality_code, category, themes, started_on,
                             retracted, sustainability_wheel_used, enrolled_in_evaluation, known_from)
select course_id, last_version, house, cvr, municipality_code, category, themes, started_on, retracted,
       sustainability_wheel_used, enrolled_in_evaluation, '-infinity' from courses;
insert into survey_response_versions (house, response_id, version, cvr, survey_year, segment, answered_on,
                                      competence_satisfaction, recommend_score, expected_effect,
                                      received_digital_guidance, received_referral, used_referral, known_from)
select house, response_id, version, cvr, survey_year, segment, answered_on, competence_satisfaction, recommend_score,
       expected_effect, received_digital_guidance, received_referral, used_referral, '-infinity' from survey_responses;
insert into awareness_survey_versions (house, survey_id, version, year, respondents, aware_of_house,
                                       aware_of_green_services, conducted_on, known_from)
select house, survey_id, version, year, respondents, aware_of_house, aware_of_green_services, conducted_on, '-infinity'
from awareness_surveys;
insert into referral_versions (house, referral_id, version, cvr, referred_on, direction, used, outcome_reported_on,
                               known_from)
select house, referral_id, last_version, cvr, referred_on, direction, used, outcome_reported_on, '-infinity'
from referrals;
insert into company_figures_versions (cvr, year, version, revenue_dkk, fte, known_from)
select cvr, year, last_version, revenue_dkk, fte, '-infinity' from company_figures;
insert into effect_cohort_versions (house, cohort_id, version, cohort_year, segment, treated, control, known_from)
select house, cohort_id, last_version, cohort_year, segment, treated, control, '-infinity' from effect_cohorts;

create index activity_status_history_by_recorded on activity_status_history (house, recorded_at);

-- A house-year whose facts changed and whose maintained goals are not derived from them yet.
-- marked_seq moves on with every mark: the maintainer removes the mark only if it is still the one
-- it derived from, so a change committed while it worked is never lost.
create sequence goal_marks;
create table goal_dirty (
    house      text        not null,
    year       integer     not null,
    marked_seq bigint      not null,
    marked_at  timestamptz not null,
    primary key (house, year)
);

-- The maintained measurement of each goal of a house-year, as of every date on or after
-- last_fact_date (the latest business date of its facts), with every fact known now. The
-- time-dependent part of a status (the pro-rata line of a running year) is applied at read time.
-- The JSON columns are text: they are read and written whole, never queried into. data_as_of is
-- the projection's dataAsOf (per topic) read before the facts were: what the goals include at least.
create table maintained_house_years (
    house          text        not null,
    year           integer     not null,
    last_fact_date date,
    derived_seq    bigint      not null,
    derived_at     timestamptz not null,
    feeds          text        not null,
    data_as_of     text        not null,
    primary key (house, year)
);

create table maintained_goals (
    house              text        not null,
    year               integer     not null,
    goal_id            text        not null,
    actual_numerator   numeric,
    actual_denominator numeric,
    numerator          bigint,
    denominator        bigint,
    accrual            text        not null,
    criteria           text        not null,
    breakdown          text,
    activities         text        not null,
    changed_at         timestamptz not null,
    primary key (house, year, goal_id)
);

-- Every change of a maintained goal, in order: the goals stream's events (the seq is the SSE event
-- id) and what downstream systems may consume. NOTIFY goal_changes tells every instance to look.
create table goal_changes (
    seq        bigserial   primary key,
    house      text        not null,
    year       integer     not null,
    goal_id    text        not null,
    changed_at timestamptz not null,
    result     text        not null
);
create index goal_changes_by_house_year on goal_changes (house, year, seq);

-- Read-your-writes: how many events of each acknowledged write the projection applied.
create table applied_writes (
    write_id        uuid        primary key,
    applied_events  integer     not null,
    last_applied_at timestamptz not null
);
create index applied_writes_by_time on applied_writes (last_applied_at);

-- The house of a parked record that decoded, so the goals answer can say how many of its facts wait.
alter table parked_events add column house text;
