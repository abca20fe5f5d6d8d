-- Finds the bookings that hold capacity around a time by their time range, so that the
-- overbooking check and the slots of a day read only the bookings that overlap, however many a
-- service has before and after. btree_gist lets the service's id share the GiST index.
create extension if not exists btree_gist;

drop index bookings_holding_capacity;
create index bookings_holding_capacity on bookings using gist (service_id, tstzrange(starts_at, ends_at))
    where status in ('pending_payment', 'pending', 'confirmed');
