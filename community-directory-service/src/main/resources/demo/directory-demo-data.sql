-- Demo data for ./suite up (loaded at start when DEMO_DATA_ENABLED=true; see DemoDataLoader). Idempotent: it only
-- inserts what is missing, and never overwrites an edit made through the API.
INSERT INTO organization (id, name, description, email, website, verified) VALUES
  ('11111111-1111-4111-8111-111111111111', 'Riverside Walking Friends',
   'Volunteer-led health walks along the river for all abilities, with a cuppa afterwards.',
   'hello@riverside-walking.example.org', 'https://riverside-walking.example.org', true),
  ('22222222-2222-4222-8222-222222222222', 'Northgate Money Advice',
   'Free, confidential debt and benefits advice from trained advisers.',
   'advice@northgate-money.example.org', 'https://northgate-money.example.org', true),
  ('33333333-3333-4333-8333-333333333333', 'Harbour Befriending Service',
   'Weekly phone calls and home visits from a friendly volunteer for people who feel lonely.',
   'contact@harbour-befriending.example.org', null, true),
  ('44444444-4444-4444-8444-444444444444', 'Eastfield Community Allotment',
   'Shared allotment plots and gardening sessions; tools and seeds provided.',
   null, null, false)
ON CONFLICT (id) DO NOTHING;
