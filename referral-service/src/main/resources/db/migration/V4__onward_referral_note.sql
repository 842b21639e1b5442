-- The closed loop (issue 19): what the link worker tells the group about the person (shared with the person's consent
-- to share with that organisation, shown to the group with the onward referral), and who sent it.
ALTER TABLE onward_referral ADD COLUMN note varchar(2000);
ALTER TABLE onward_referral ADD COLUMN sent_by varchar(64);
