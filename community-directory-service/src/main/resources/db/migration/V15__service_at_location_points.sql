-- A service at a location also carries its location's point (V13), so a search around a point finds its candidate
-- services at locations in one index scan of their own table. Before, it found the locations near the point, then
-- probed the service at location of each (hundreds per search): a quarter of a 5 km search's database time at
-- 100 000 services (bench/README.md). Triggers keep the copy: a new or moved service at a location takes its
-- location's point, and a location that moves moves the services held there.
ALTER TABLE service_at_location ADD COLUMN earth_point cube;

CREATE FUNCTION service_at_location_takes_point() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- FOR SHARE waits for a move of the location that has not committed yet and then reads its new point: without
    -- it, a service placed there meanwhile would keep the old point, since the move's trigger cannot see it.
    NEW.earth_point := (SELECT l.earth_point FROM location l WHERE l.id = NEW.location_id FOR SHARE);
    RETURN NEW;
END $$;

CREATE TRIGGER service_at_location_takes_point
    BEFORE INSERT OR UPDATE OF location_id ON service_at_location
    FOR EACH ROW EXECUTE FUNCTION service_at_location_takes_point();

CREATE FUNCTION location_moves_its_services() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service_at_location SET earth_point = NEW.earth_point WHERE location_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER location_moves_its_services
    AFTER UPDATE OF latitude, longitude ON location
    FOR EACH ROW WHEN (OLD.latitude IS DISTINCT FROM NEW.latitude OR OLD.longitude IS DISTINCT FROM NEW.longitude)
    EXECUTE FUNCTION location_moves_its_services();

UPDATE service_at_location sal SET earth_point = l.earth_point FROM location l WHERE l.id = sal.location_id;

CREATE INDEX service_at_location_earth_point_idx ON service_at_location USING gist (earth_point);
