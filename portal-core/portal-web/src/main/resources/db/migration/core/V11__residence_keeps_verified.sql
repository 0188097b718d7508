-- Issue 8: a new residence claim never silently replaces a verified one. A resident keeps at most one
-- verified claim and at most one other (pending or rejected) claim per area type. A new claim that is
-- verified at once (its postcode is on the area's list, or a voting code) replaces every claim of its
-- type; one that waits for a decision replaces only the other open one, and the verified claim stays
-- until an admin verifies the new one.
drop index residence_one_per_type;
create unique index residence_verified_per_type on residence (user_id, area_type) where status = 'verified';
create unique index residence_open_per_type on residence (user_id, area_type) where status <> 'verified';
