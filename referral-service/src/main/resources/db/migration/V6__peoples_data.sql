-- People's data (issue 19): retention marks each closed referral it has anonymised, so the job never takes it
-- again and reports can tell an anonymised referral from one whose free text was simply empty.
ALTER TABLE referral ADD COLUMN anonymised_at timestamptz;
CREATE INDEX referral_retention_idx ON referral (closed_at) WHERE state = 'CLOSED' AND anonymised_at IS NULL;

-- The coordinator's audit queries: newest first, optionally by one member of staff.
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, at DESC);
