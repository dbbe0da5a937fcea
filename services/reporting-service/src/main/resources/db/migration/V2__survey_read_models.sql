-- Read models of the survey-events feed (survey-service). Natural keys only, as in V1. Each row
-- keeps the version of the last event applied to its stream; an event at or below it is skipped,
-- in the batch fold and again in the upsert's where clause, so redelivery counts nothing twice.

-- One row per answer to the user evaluation (brugerevaluering). A null answer is a skipped question.
create table survey_responses (
    response_id               text    primary key,
    house                     text    not null,
    cvr                       text    not null,
    survey_year               integer not null,
    segment                   text    not null,
    answered_on               date    not null,
    competence_satisfaction   text,
    recommend_score           integer,
    expected_effect           text,
    received_digital_guidance boolean,
    received_referral         boolean,
    used_referral             text,
    version                   bigint  not null
);

-- The goal queries read the responses of a house and survey year.
create index survey_responses_by_house_and_year on survey_responses (house, survey_year);

-- One row per awareness survey (kendskabsmåling); "the latest survey of the year" is chosen by
-- conducted_on. version plays the part last_version plays elsewhere.
create table awareness_surveys (
    survey_id               text    primary key,
    house                   text    not null,
    year                    integer not null,
    respondents             integer not null,
    aware_of_house          integer not null,
    aware_of_green_services integer not null,
    conducted_on            date    not null,
    version                 bigint  not null
);

create index awareness_surveys_by_house_and_year on awareness_surveys (house, year);

-- One row per referral (henvisning) with its latest reported outcome; used and
-- outcome_reported_on are null until an outcome is reported.
create table referrals (
    referral_id         text    primary key,
    house               text    not null,
    cvr                 text    not null,
    referred_on         date    not null,
    direction           text    not null,
    counterpart_type    text,
    counterpart_name    text,
    municipality_code   text,
    used                boolean,
    outcome_reported_on date,
    last_version        bigint  not null
);

create index referrals_by_house_and_date on referrals (house, referred_on);

-- Register figures per company and year (the stream figures:<cvr>:<year>); a later report
-- replaces the earlier. Register data belong to no house.
create table company_figures (
    cvr          text    not null,
    year         integer not null,
    revenue_dkk  numeric,
    fte          numeric,
    last_version bigint  not null,
    primary key (cvr, year)
);

-- Goal 6's cohorts: treated companies and their control group; redefining replaces both lists.
create table effect_cohorts (
    cohort_id    text    primary key,
    house        text    not null,
    cohort_year  integer not null,
    segment      text    not null,
    treated      text[]  not null default '{}',
    control      text[]  not null default '{}',
    last_version bigint  not null
);

create index effect_cohorts_by_house_and_year on effect_cohorts (house, cohort_year);
