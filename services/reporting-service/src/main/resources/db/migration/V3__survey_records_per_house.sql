-- survey-service's ids are unique per house only: a response, awareness survey, referral or
-- effect cohort is the stream response:<house>:<id> (awareness:, referral:, cohort:), so two houses
-- may both send ES-1. Each such read model is keyed by (house, id); its version guard stays per
-- stream. Rows stored under the old keys are unique by id alone, so they are unique by (house, id)
-- too. company_figures stay keyed by (cvr, year): register data belong to no house.

alter table survey_responses drop constraint survey_responses_pkey,
    add primary key (house, response_id);

alter table awareness_surveys drop constraint awareness_surveys_pkey,
    add primary key (house, survey_id);

alter table referrals drop constraint referrals_pkey,
    add primary key (house, referral_id);

alter table effect_cohorts drop constraint effect_cohorts_pkey,
    add primary key (house, cohort_id);
