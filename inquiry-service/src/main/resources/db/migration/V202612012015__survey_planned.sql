-- 002 3 (3): the follow-up survey planned by revisit-service for this inquiry, until it has a result; an
-- inquiry with one is archived only with a reason (archive_reason), which cancels the survey.
alter table inquiry add column survey_revisit_id uuid;
alter table inquiry add column archive_reason text;
