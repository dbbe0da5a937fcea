-- The municipality a referral names (optional), so that the municipality view can count each
-- municipality's referrals in and out also as of an earlier knownAt. ReferralMade is the only
-- event that sets it and an outcome never changes it, so every version takes the referral's value.
alter table referral_versions add column municipality_code text;

update referral_versions v set municipality_code = r.municipality_code
from referrals r
where r.house = v.house and r.referral_id = v.referral_id and r.municipality_code is not null;
