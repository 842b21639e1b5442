-- Takes the benchmark's generated directory out again (everything generate-100k.sql added).
BEGIN;
DELETE FROM service WHERE organization_id IN (SELECT id FROM organization WHERE name LIKE 'Bench Organisation %');
DELETE FROM location WHERE name LIKE '% venue %' AND id = md5('bench-loc-' || split_part(name, ' venue ', 2))::uuid;
DELETE FROM organization WHERE name LIKE 'Bench Organisation %';
COMMIT;
ANALYZE;
