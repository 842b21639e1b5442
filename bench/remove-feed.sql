-- Takes out what bench/run.sh feed-import added: the benchmark feeds and every record they created.
BEGIN;
CREATE TEMP TABLE bench_feed ON COMMIT DROP AS SELECT id FROM feed WHERE name LIKE 'Benchmark feed %';
DELETE FROM service WHERE origin_feed_id IN (SELECT id FROM bench_feed);
DELETE FROM location WHERE origin_feed_id IN (SELECT id FROM bench_feed);
DELETE FROM organization WHERE origin_feed_id IN (SELECT id FROM bench_feed);
DELETE FROM feed WHERE id IN (SELECT id FROM bench_feed);
COMMIT;
ANALYZE;
