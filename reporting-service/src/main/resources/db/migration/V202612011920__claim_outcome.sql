-- A claim rejected (an exclusion clause) or withdrawn by the claimant ends without payment; reports count both.
alter table claim_fact add column outcome text;
