-- Staff list bookings by status, newest first, such as the pending ones to confirm; the page and
-- its count read only the bookings in those statuses.
create index bookings_by_status on bookings (status, created_at desc, id desc);
