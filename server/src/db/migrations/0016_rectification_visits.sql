-- 好差评 整改: every return visit to the applicant, in order. A visit at which the applicant is not satisfied keeps
-- the rectification open (整改 continues); the visit at which they are satisfied closes it.
ALTER TABLE rectifications ADD COLUMN return_visits jsonb NOT NULL DEFAULT '[]'::jsonb;
UPDATE rectifications SET return_visits = jsonb_build_array(return_visit) WHERE return_visit IS NOT NULL;
ALTER TABLE rectifications DROP COLUMN return_visit;
