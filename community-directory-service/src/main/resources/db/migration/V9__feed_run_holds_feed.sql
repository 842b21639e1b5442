-- The run that holds a feed: only that run renews, uses and releases the claim (a run that outlived
-- directory.feeds.abandon-after and lost its feed to a newer run must not release or withdraw for it).
ALTER TABLE feed ADD COLUMN running_run_id uuid;

-- Only verified organisations and those with a pending joining request block a new request's name.
CREATE INDEX join_request_organization_idx ON join_request (organization_id, status);
