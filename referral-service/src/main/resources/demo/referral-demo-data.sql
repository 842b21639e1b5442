-- Demo referrals for the local realm's demo users (their ids are fixed in social-prescribing-realm.local-layer.json):
-- one or more in every state of the loop, on both link workers' caseloads, in the unassigned queue, and onward
-- referrals in the inboxes of editor1's and editor2's organisations (the directory's demo services). Only missing rows
-- are inserted. Made-up people: no real person's data. A demo resident who has referred themselves already keeps
-- their own person record, and the demo referrals are theirs.
INSERT INTO person (id, account_subject, given_name, family_name, email, phone, contact_by_email, contact_by_phone, contact_by_text, contact_by_letter, postcode, age_band, preferred_language, created_at, updated_at) VALUES
  ('f1000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001', 'Rosa', 'Resident', 'resident1@example.org', '07700 900001', false, true, false, false, 'DM1 1AB', '65-79', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000002', 'Ruth', 'Resident', 'resident2@example.org', '07700 900002', false, true, false, false, 'DM2 4GH', '35-49', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000003', null, 'Sam', 'Jones', null, '01234 567801', false, true, false, false, 'DM1 3CD', '25-34', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000004', null, 'Priya', 'Shah', null, '01234 567802', false, true, false, false, 'DM3 2EF', '80+', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000005', null, 'Tom', 'Evans', null, '01234 567803', false, true, false, false, 'DM1 5GH', '50-64', 'cy', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000006', null, 'Grace', 'Okafor', 'grace@example.org', '01234 567804', true, false, true, false, 'DM2 1AB', '25-34', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000007', null, 'Dylan', 'Price', null, '01234 567805', false, true, false, false, 'DM4 7JK', '16-24', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000008', null, 'Megan', 'Hughes', null, '01234 567806', false, true, false, false, 'DM1 8LM', '35-49', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000009', null, 'Owen', 'Morgan', null, '01234 567807', false, true, false, false, 'DM3 9NP', '50-64', 'en', now() - interval '200 days', now()),
  ('f1000000-0000-4000-8000-000000000010', null, 'Aled', 'Roberts', 'aled@example.org', null, true, false, false, false, 'DM2 6QR', '65-79', 'cy', now() - interval '200 days', now())
ON CONFLICT DO NOTHING;

INSERT INTO referral (id, reference, guest_secret_hash, person_id, route, referred_by, priority, state, closing_reason, assigned_to, free_text, contact_attempts, matching, received_at, last_contact_at, closed_at) VALUES
  ('f2000000-0000-4000-8000-000000000001', 'SP-DEMO-0001', null, (SELECT id FROM person WHERE account_subject = 'a1000000-0000-4000-8000-000000000001'), 'SELF', 'a1000000-0000-4000-8000-000000000001', 'ROUTINE', 'RECEIVED', null, null, 'I have felt lonely since my husband died and would like to meet people.', 0, 'WAITING', now() - interval '2 days', null, null),
  ('f2000000-0000-4000-8000-000000000002', 'SP-DEMO-0002', null, (SELECT id FROM person WHERE account_subject = 'a1000000-0000-4000-8000-000000000001'), 'SELF', 'a1000000-0000-4000-8000-000000000001', 'ROUTINE', 'WITH_GROUP', null, 'b1000000-0000-4000-8000-000000000001', 'My GP said walking would help my knees and my mood.', 0, 'DONE', now() - interval '60 days', now() - interval '57 days', null),
  ('f2000000-0000-4000-8000-000000000003', 'SP-DEMO-0003', null, (SELECT id FROM person WHERE account_subject = 'a1000000-0000-4000-8000-000000000002'), 'SELF', 'a1000000-0000-4000-8000-000000000002', 'ROUTINE', 'CLOSED', 'COMPLETED', 'b1000000-0000-4000-8000-000000000002', 'Feeling low and anxious after losing my job.', 0, 'DONE', now() - interval '200 days', now() - interval '197 days', now() - interval '1 day'),
  ('f2000000-0000-4000-8000-000000000004', 'SP-DEMO-0004', null, 'f1000000-0000-4000-8000-000000000003', 'LINK_WORKER', 'b1000000-0000-4000-8000-000000000001', 'PRIORITY', 'TRIAGED', null, 'b1000000-0000-4000-8000-000000000001', 'Worried about rent arrears; the surgery asked us to call.', 0, 'WAITING', now() - interval '4 days', null, null),
  ('f2000000-0000-4000-8000-000000000005', 'SP-DEMO-0005', null, 'f1000000-0000-4000-8000-000000000004', 'LINK_WORKER', 'b1000000-0000-4000-8000-000000000001', 'ROUTINE', 'CONTACT_ATTEMPTED', null, 'b1000000-0000-4000-8000-000000000001', 'Lives alone; daughter asked for befriending.', 2, 'WAITING', now() - interval '9 days', null, null),
  ('f2000000-0000-4000-8000-000000000006', 'SP-DEMO-0006', null, 'f1000000-0000-4000-8000-000000000005', 'LINK_WORKER', 'b1000000-0000-4000-8000-000000000001', 'ROUTINE', 'IN_CONVERSATION', null, 'b1000000-0000-4000-8000-000000000001', 'Recently retired, would like something to do outdoors.', 0, 'WAITING', now() - interval '12 days', now() - interval '9 days', null),
  ('f2000000-0000-4000-8000-000000000007', 'SP-DEMO-0007', null, 'f1000000-0000-4000-8000-000000000006', 'LINK_WORKER', 'b1000000-0000-4000-8000-000000000001', 'ROUTINE', 'MATCHED', null, 'b1000000-0000-4000-8000-000000000001', 'New mum, would like to get out with the baby and meet other parents.', 0, 'DONE', now() - interval '20 days', now() - interval '17 days', null),
  ('f2000000-0000-4000-8000-000000000008', 'SP-DEMO-0008', null, 'f1000000-0000-4000-8000-000000000007', 'LINK_WORKER', 'b1000000-0000-4000-8000-000000000001', 'ROUTINE', 'CLOSED', 'UNABLE_TO_CONTACT', 'b1000000-0000-4000-8000-000000000001', 'Referred by the college counsellor.', 3, 'WAITING', now() - interval '40 days', null, now() - interval '1 day'),
  ('f2000000-0000-4000-8000-000000000009', 'SP-DEMO-0009', null, 'f1000000-0000-4000-8000-000000000008', 'LINK_WORKER', 'b1000000-0000-4000-8000-000000000002', 'ROUTINE', 'RECEIVED', null, 'b1000000-0000-4000-8000-000000000002', 'Cares for her father with dementia; needs a break.', 0, 'WAITING', now() - interval '1 days', null, null),
  ('f2000000-0000-4000-8000-000000000010', 'SP-DEMO-0010', null, 'f1000000-0000-4000-8000-000000000009', 'LINK_WORKER', 'b1000000-0000-4000-8000-000000000002', 'ROUTINE', 'MATCHED', null, 'b1000000-0000-4000-8000-000000000002', 'Debts after a divorce.', 0, 'DONE', now() - interval '25 days', now() - interval '22 days', null),
  ('f2000000-0000-4000-8000-000000000011', 'SP-DEMO-0011', sha256('demo-guest-secret'::bytea), 'f1000000-0000-4000-8000-000000000010', 'SELF', null, 'ROUTINE', 'RECEIVED', null, null, 'Hoffwn ymuno â grŵp sy''n siarad Cymraeg.', 0, 'WAITING', now() - interval '6 days', null, null)
ON CONFLICT (id) DO NOTHING;

INSERT INTO referral_need (referral_id, term_id) VALUES
  ('f2000000-0000-4000-8000-000000000001', '16bf7843-dcd1-5c29-8bda-d2ee4f9712d3'),
  ('f2000000-0000-4000-8000-000000000001', '78ed73fa-a472-53c5-8a76-90ec8f55f526'),
  ('f2000000-0000-4000-8000-000000000002', 'e47947c4-b08e-5210-8900-97f9a3315f44'),
  ('f2000000-0000-4000-8000-000000000003', 'c1f6e78e-086e-5012-b905-22294a642986'),
  ('f2000000-0000-4000-8000-000000000004', '58a23e70-7269-51df-a73f-f63bf249f8e1'),
  ('f2000000-0000-4000-8000-000000000005', '78ed73fa-a472-53c5-8a76-90ec8f55f526'),
  ('f2000000-0000-4000-8000-000000000006', '0365b24d-8916-5762-8dfd-04c747cd9bf5'),
  ('f2000000-0000-4000-8000-000000000006', 'c1f6e78e-086e-5012-b905-22294a642986'),
  ('f2000000-0000-4000-8000-000000000007', 'e47947c4-b08e-5210-8900-97f9a3315f44'),
  ('f2000000-0000-4000-8000-000000000007', '16bf7843-dcd1-5c29-8bda-d2ee4f9712d3'),
  ('f2000000-0000-4000-8000-000000000008', '16bf7843-dcd1-5c29-8bda-d2ee4f9712d3'),
  ('f2000000-0000-4000-8000-000000000009', 'e763d359-631c-5585-9e20-e8c8f7e3918c'),
  ('f2000000-0000-4000-8000-000000000010', '58a23e70-7269-51df-a73f-f63bf249f8e1'),
  ('f2000000-0000-4000-8000-000000000011', '16bf7843-dcd1-5c29-8bda-d2ee4f9712d3')
ON CONFLICT DO NOTHING;

INSERT INTO consent (id, person_id, referral_id, purpose, organisation_id, wording_version, given_at, recorded_by) VALUES
  ('f3000000-0000-4000-8000-000000000001', (SELECT id FROM person WHERE account_subject = 'a1000000-0000-4000-8000-000000000001'), 'f2000000-0000-4000-8000-000000000001', 'CONTACT', null, 'contact-2026-12', now() - interval '2 days', null),
  ('f3000000-0000-4000-8000-000000000002', (SELECT id FROM person WHERE account_subject = 'a1000000-0000-4000-8000-000000000001'), 'f2000000-0000-4000-8000-000000000002', 'CONTACT', null, 'contact-2026-12', now() - interval '60 days', null),
  ('f3100000-0000-4000-8000-000000000200', (SELECT id FROM person WHERE account_subject = 'a1000000-0000-4000-8000-000000000001'), 'f2000000-0000-4000-8000-000000000002', 'SHARE', '11111111-1111-4111-8111-111111111111', 'share-2026-12', now() - interval '54 days', 'b1000000-0000-4000-8000-000000000001'),
  ('f3000000-0000-4000-8000-000000000003', (SELECT id FROM person WHERE account_subject = 'a1000000-0000-4000-8000-000000000002'), 'f2000000-0000-4000-8000-000000000003', 'CONTACT', null, 'contact-2026-12', now() - interval '200 days', null),
  ('f3000000-0000-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000003', 'f2000000-0000-4000-8000-000000000004', 'CONTACT', null, 'contact-2026-12', now() - interval '4 days', 'b1000000-0000-4000-8000-000000000001'),
  ('f3000000-0000-4000-8000-000000000005', 'f1000000-0000-4000-8000-000000000004', 'f2000000-0000-4000-8000-000000000005', 'CONTACT', null, 'contact-2026-12', now() - interval '9 days', 'b1000000-0000-4000-8000-000000000001'),
  ('f3000000-0000-4000-8000-000000000006', 'f1000000-0000-4000-8000-000000000005', 'f2000000-0000-4000-8000-000000000006', 'CONTACT', null, 'contact-2026-12', now() - interval '12 days', 'b1000000-0000-4000-8000-000000000001'),
  ('f3000000-0000-4000-8000-000000000007', 'f1000000-0000-4000-8000-000000000006', 'f2000000-0000-4000-8000-000000000007', 'CONTACT', null, 'contact-2026-12', now() - interval '20 days', 'b1000000-0000-4000-8000-000000000001'),
  ('f3100000-0000-4000-8000-000000000700', 'f1000000-0000-4000-8000-000000000006', 'f2000000-0000-4000-8000-000000000007', 'SHARE', '11111111-1111-4111-8111-111111111111', 'share-2026-12', now() - interval '14 days', 'b1000000-0000-4000-8000-000000000001'),
  ('f3000000-0000-4000-8000-000000000008', 'f1000000-0000-4000-8000-000000000007', 'f2000000-0000-4000-8000-000000000008', 'CONTACT', null, 'contact-2026-12', now() - interval '40 days', 'b1000000-0000-4000-8000-000000000001'),
  ('f3000000-0000-4000-8000-000000000009', 'f1000000-0000-4000-8000-000000000008', 'f2000000-0000-4000-8000-000000000009', 'CONTACT', null, 'contact-2026-12', now() - interval '1 days', 'b1000000-0000-4000-8000-000000000002'),
  ('f3000000-0000-4000-8000-000000000010', 'f1000000-0000-4000-8000-000000000009', 'f2000000-0000-4000-8000-000000000010', 'CONTACT', null, 'contact-2026-12', now() - interval '25 days', 'b1000000-0000-4000-8000-000000000002'),
  ('f3100000-0000-4000-8000-000000001000', 'f1000000-0000-4000-8000-000000000009', 'f2000000-0000-4000-8000-000000000010', 'SHARE', '22222222-2222-4222-8222-222222222222', 'share-2026-12', now() - interval '19 days', 'b1000000-0000-4000-8000-000000000002'),
  ('f3000000-0000-4000-8000-000000000011', 'f1000000-0000-4000-8000-000000000010', 'f2000000-0000-4000-8000-000000000011', 'CONTACT', null, 'contact-2026-12', now() - interval '6 days', null)
ON CONFLICT (id) DO NOTHING;

INSERT INTO referral_event (id, referral_id, at, actor, actor_kind, kind, from_state, to_state, note) VALUES
  ('f4000000-0000-4000-8000-000000000100', 'f2000000-0000-4000-8000-000000000001', now() - interval '2 days', 'a1000000-0000-4000-8000-000000000001', 'PERSON', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000200', 'f2000000-0000-4000-8000-000000000002', now() - interval '60 days', 'a1000000-0000-4000-8000-000000000001', 'PERSON', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000201', 'f2000000-0000-4000-8000-000000000002', now() - interval '59 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'triage', 'RECEIVED', 'TRIAGED', null),
  ('f4000000-0000-4000-8000-000000000202', 'f2000000-0000-4000-8000-000000000002', now() - interval '57 days' + interval '1 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'start_conversation', 'TRIAGED', 'IN_CONVERSATION', null),
  ('f4000000-0000-4000-8000-000000000203', 'f2000000-0000-4000-8000-000000000002', now() - interval '55 days' + interval '2 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'match', 'IN_CONVERSATION', 'MATCHED', null),
  ('f4000000-0000-4000-8000-000000000204', 'f2000000-0000-4000-8000-000000000002', now() - interval '53 days' + interval '3 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'join_group', 'MATCHED', 'WITH_GROUP', null),
  ('f4000000-0000-4000-8000-000000000300', 'f2000000-0000-4000-8000-000000000003', now() - interval '200 days', 'a1000000-0000-4000-8000-000000000002', 'PERSON', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000301', 'f2000000-0000-4000-8000-000000000003', now() - interval '199 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'triage', 'RECEIVED', 'TRIAGED', null),
  ('f4000000-0000-4000-8000-000000000302', 'f2000000-0000-4000-8000-000000000003', now() - interval '197 days' + interval '1 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'start_conversation', 'TRIAGED', 'IN_CONVERSATION', null),
  ('f4000000-0000-4000-8000-000000000303', 'f2000000-0000-4000-8000-000000000003', now() - interval '195 days' + interval '2 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'match', 'IN_CONVERSATION', 'MATCHED', null),
  ('f4000000-0000-4000-8000-000000000304', 'f2000000-0000-4000-8000-000000000003', now() - interval '193 days' + interval '3 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'join_group', 'MATCHED', 'WITH_GROUP', null),
  ('f4000000-0000-4000-8000-000000000305', 'f2000000-0000-4000-8000-000000000003', now() - interval '191 days' + interval '4 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'close', 'WITH_GROUP', 'CLOSED', null),
  ('f4000000-0000-4000-8000-000000000400', 'f2000000-0000-4000-8000-000000000004', now() - interval '4 days', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000401', 'f2000000-0000-4000-8000-000000000004', now() - interval '3 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'triage', 'RECEIVED', 'TRIAGED', null),
  ('f4000000-0000-4000-8000-000000000500', 'f2000000-0000-4000-8000-000000000005', now() - interval '9 days', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000501', 'f2000000-0000-4000-8000-000000000005', now() - interval '8 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'triage', 'RECEIVED', 'TRIAGED', null),
  ('f4000000-0000-4000-8000-000000000502', 'f2000000-0000-4000-8000-000000000005', now() - interval '6 days' + interval '1 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'contact_attempt', 'TRIAGED', 'CONTACT_ATTEMPTED', null),
  ('f4000000-0000-4000-8000-000000000503', 'f2000000-0000-4000-8000-000000000005', now() - interval '4 days' + interval '2 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'contact_attempt', 'CONTACT_ATTEMPTED', 'CONTACT_ATTEMPTED', null),
  ('f4000000-0000-4000-8000-000000000600', 'f2000000-0000-4000-8000-000000000006', now() - interval '12 days', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000601', 'f2000000-0000-4000-8000-000000000006', now() - interval '11 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'triage', 'RECEIVED', 'TRIAGED', null),
  ('f4000000-0000-4000-8000-000000000602', 'f2000000-0000-4000-8000-000000000006', now() - interval '9 days' + interval '1 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'start_conversation', 'TRIAGED', 'IN_CONVERSATION', null),
  ('f4000000-0000-4000-8000-000000000700', 'f2000000-0000-4000-8000-000000000007', now() - interval '20 days', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000701', 'f2000000-0000-4000-8000-000000000007', now() - interval '19 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'triage', 'RECEIVED', 'TRIAGED', null),
  ('f4000000-0000-4000-8000-000000000702', 'f2000000-0000-4000-8000-000000000007', now() - interval '17 days' + interval '1 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'start_conversation', 'TRIAGED', 'IN_CONVERSATION', null),
  ('f4000000-0000-4000-8000-000000000703', 'f2000000-0000-4000-8000-000000000007', now() - interval '15 days' + interval '2 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'match', 'IN_CONVERSATION', 'MATCHED', null),
  ('f4000000-0000-4000-8000-000000000800', 'f2000000-0000-4000-8000-000000000008', now() - interval '40 days', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000000801', 'f2000000-0000-4000-8000-000000000008', now() - interval '39 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'contact_attempt', 'RECEIVED', 'CONTACT_ATTEMPTED', null),
  ('f4000000-0000-4000-8000-000000000802', 'f2000000-0000-4000-8000-000000000008', now() - interval '37 days' + interval '1 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'contact_attempt', 'CONTACT_ATTEMPTED', 'CONTACT_ATTEMPTED', null),
  ('f4000000-0000-4000-8000-000000000803', 'f2000000-0000-4000-8000-000000000008', now() - interval '35 days' + interval '2 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'contact_attempt', 'CONTACT_ATTEMPTED', 'CONTACT_ATTEMPTED', null),
  ('f4000000-0000-4000-8000-000000000804', 'f2000000-0000-4000-8000-000000000008', now() - interval '33 days' + interval '3 minutes', 'b1000000-0000-4000-8000-000000000001', 'LINK_WORKER', 'close', 'CONTACT_ATTEMPTED', 'CLOSED', null),
  ('f4000000-0000-4000-8000-000000000900', 'f2000000-0000-4000-8000-000000000009', now() - interval '1 days', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000001000', 'f2000000-0000-4000-8000-000000000010', now() - interval '25 days', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'received', null, 'RECEIVED', null),
  ('f4000000-0000-4000-8000-000000001001', 'f2000000-0000-4000-8000-000000000010', now() - interval '24 days' + interval '0 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'triage', 'RECEIVED', 'TRIAGED', null),
  ('f4000000-0000-4000-8000-000000001002', 'f2000000-0000-4000-8000-000000000010', now() - interval '22 days' + interval '1 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'start_conversation', 'TRIAGED', 'IN_CONVERSATION', null),
  ('f4000000-0000-4000-8000-000000001003', 'f2000000-0000-4000-8000-000000000010', now() - interval '20 days' + interval '2 minutes', 'b1000000-0000-4000-8000-000000000002', 'LINK_WORKER', 'match', 'IN_CONVERSATION', 'MATCHED', null),
  ('f4000000-0000-4000-8000-000000001100', 'f2000000-0000-4000-8000-000000000011', now() - interval '6 days', 'guest', 'GUEST', 'received', null, 'RECEIVED', null)
ON CONFLICT (id) DO NOTHING;

INSERT INTO onward_referral (id, referral_id, service_id, organisation_id, state, first_attended_on, sessions_attended, sent_at, answered_at) VALUES
  ('f5000000-0000-4000-8000-000000000200', 'f2000000-0000-4000-8000-000000000002', 'a81618a9-ff1f-5f02-bd01-de8a55aff17d', '11111111-1111-4111-8111-111111111111', 'ATTENDING', current_date - 30, 4, now() - interval '54 days', now() - interval '52 days'),
  ('f5000000-0000-4000-8000-000000000700', 'f2000000-0000-4000-8000-000000000007', 'b634d09c-3da8-56ae-a23f-f7ba5eeb990d', '11111111-1111-4111-8111-111111111111', 'SENT', null, 0, now() - interval '14 days', null),
  ('f5000000-0000-4000-8000-000000001000', 'f2000000-0000-4000-8000-000000000010', '65e66258-0afc-51c2-917f-5511cac38bca', '22222222-2222-4222-8222-222222222222', 'WAITING_LIST', null, 0, now() - interval '19 days', now() - interval '17 days')
ON CONFLICT (id) DO NOTHING;
