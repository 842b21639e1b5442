-- A large directory for the benchmark: 100 000 services of 3 000 organisations at 150 000 locations clustered
-- around 24 towns and cities of Great Britain, each with a weekly session, a category of the demo taxonomy and a
-- cost option. Runs against the `directory` database of ./suite up (needs its demo taxonomy). Every row it adds has
-- an id derived from 'bench-...', so remove.sql takes them all out again. About a minute on 2 cores.
BEGIN;
CREATE TEMP TABLE bench_city (i integer, name text, lat double precision, lon double precision) ON COMMIT DROP;
INSERT INTO bench_city VALUES
 (0,'London',51.5072,-0.1276),(1,'Birmingham',52.4862,-1.8904),(2,'Manchester',53.4808,-2.2426),
 (3,'Leeds',53.8008,-1.5491),(4,'Glasgow',55.8642,-4.2518),(5,'Sheffield',53.3811,-1.4701),
 (6,'Bristol',51.4545,-2.5879),(7,'Edinburgh',55.9533,-3.1883),(8,'Liverpool',53.4084,-2.9916),
 (9,'Cardiff',51.4816,-3.1791),(10,'Nottingham',52.9548,-1.1581),(11,'Leicester',52.6369,-1.1398),
 (12,'Newcastle',54.9783,-1.6178),(13,'Plymouth',50.3755,-4.1427),(14,'Norwich',52.6309,1.2974),
 (15,'Aberdeen',57.1497,-2.0943),(16,'Swansea',51.6214,-3.9436),(17,'Hull',53.7676,-0.3274),
 (18,'York',53.9600,-1.0873),(19,'Exeter',50.7184,-3.5339),(20,'Inverness',57.4778,-4.2247),
 (21,'Carlisle',54.8925,-2.9329),(22,'Brighton',50.8225,-0.1372),(23,'Cambridge',52.2053,0.1218);

-- (activity words, demo term code)
CREATE TEMP TABLE bench_activity (i integer, words text, code text) ON COMMIT DROP;
INSERT INTO bench_activity VALUES
 (0,'Health Walk','walking'),(1,'Walking Group','walking'),(2,'Nordic Walking','walking'),(3,'Gentle Yoga','exercise'),
 (4,'Chair Exercise','exercise'),(5,'Walking Football','exercise'),(6,'Befriending Calls','befriending'),
 (7,'Home Visiting Befriending','befriending'),(8,'Coffee Morning','groups'),(9,'Knit and Natter','groups'),
 (10,'Debt Advice','debt'),(11,'Energy Bills Help','debt'),(12,'Benefits Check','benefits'),
 (13,'Pension Credit Help','benefits'),(14,'Anxiety Support Group','peer'),(15,'Bereavement Support','peer'),
 (16,'Mindfulness Course','mental'),(17,'Wellbeing Cafe','mental'),(18,'Community Choir','creative'),
 (19,'Art Class','creative'),(20,'Pottery Workshop','creative'),(21,'Community Garden','nature'),
 (22,'Green Gym','nature'),(23,'Carers Cafe','carers'),(24,'Young Carers Club','carers'),
 (25,'Community Lunch','food'),(26,'Cooking on a Budget','food'),(27,'Community Pantry','food'),
 (28,'Men''s Shed','groups'),(29,'Singing for Breathing','creative');

INSERT INTO organization (id, name, description, verified)
SELECT md5('bench-org-' || g)::uuid, 'Bench Organisation ' || g, 'A generated organisation for the benchmark.', true
FROM generate_series(1, 3000) g;

INSERT INTO location (id, location_type, name, latitude, longitude)
SELECT md5('bench-loc-' || g)::uuid, 'physical', c.name || ' venue ' || g,
       c.lat + (random() - 0.5) * 0.36, c.lon + (random() - 0.5) * 0.58
FROM generate_series(1, 150000) g JOIN bench_city c ON c.i = g % 24;

INSERT INTO service (id, organization_id, name, description, status, minimum_age, assured_date, delivery_modes)
SELECT md5('bench-svc-' || g)::uuid, md5('bench-org-' || (g % 3000 + 1))::uuid,
       a.words || ' ' || c.name || ' ' || g,
       'A ' || lower(a.words) || ' for people in and around ' || c.name || '. Everyone welcome; no need to book.',
       'active', CASE WHEN g % 5 = 0 THEN 18 ELSE NULL END, DATE '2026-09-01',
       CASE WHEN g % 7 = 0 THEN '{phone}'::varchar[] ELSE '{in_person}'::varchar[] END
FROM generate_series(1, 100000) g
JOIN bench_activity a ON a.i = g % 30
JOIN bench_city c ON c.i = g % 24;

INSERT INTO service_at_location (id, service_id, location_id)
SELECT md5('bench-sal-' || g)::uuid, md5('bench-svc-' || g)::uuid, md5('bench-loc-' || g)::uuid
FROM generate_series(1, 100000) g;
INSERT INTO service_at_location (id, service_id, location_id)
SELECT md5('bench-sal2-' || g)::uuid, md5('bench-svc-' || (2 * g))::uuid, md5('bench-loc-' || (100000 + g))::uuid
FROM generate_series(1, 50000) g;

INSERT INTO schedule (id, service_id, service_at_location_id, freq, byday, opens_at, closes_at, description)
SELECT md5('bench-sch-' || sal.id)::uuid, sal.service_id, sal.id, 'WEEKLY',
       (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[1 + abs(hashtext(sal.id::text)) % 7], '10:00', '12:00',
       'Weekly, 10:00 to 12:00'
FROM service_at_location sal WHERE sal.id IN (
    SELECT md5('bench-sal-' || g)::uuid FROM generate_series(1, 100000) g
    UNION ALL SELECT md5('bench-sal2-' || g)::uuid FROM generate_series(1, 50000) g);

INSERT INTO cost_option (id, service_id, option, amount, amount_description)
SELECT md5('bench-cost-' || g)::uuid, md5('bench-svc-' || g)::uuid, 'Per session',
       CASE WHEN g % 3 = 0 THEN 3 ELSE 0 END, CASE WHEN g % 3 = 0 THEN '£3 a session' ELSE 'Free' END
FROM generate_series(1, 100000) g;

-- Category links in bulk, from the demo categories; the statement-level trigger refreshes the search text once.
INSERT INTO service_taxonomy_term (service_id, taxonomy_term_id)
SELECT md5('bench-svc-' || g)::uuid, t.id
FROM generate_series(1, 100000) g JOIN bench_activity a ON a.i = g % 30
JOIN taxonomy_term t ON t.code = a.code AND t.taxonomy_id = 'b1980142-3169-59c9-91aa-01ff822f0aee';
COMMIT;
ANALYZE;
