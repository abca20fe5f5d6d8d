-- The notifications owed to customers, one row per booking event and channel, and what became
-- of each. A row is written in the transaction that changed the booking, so a change that is
-- rolled back owes nothing, and a committed one is never forgotten. The booking is referred to
-- by id only, without a foreign key, so that the booking feature stays free to remove bookings.
create table notification_deliveries (
    id                  uuid          primary key,
    booking_id          uuid          not null,
    event               varchar(16)   not null check (event in
        ('received', 'confirmed', 'completed', 'cancelled', 'expired')),
    channel             varchar(16)   not null check (channel in ('sms', 'whatsapp', 'email')),
    status              varchar(16)   not null check (status in ('pending', 'sent', 'logged', 'skipped', 'failed')),
    attempts            integer       not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz,
    claimed_by          varchar(200),
    claim_token         uuid,
    claimed_until       timestamptz,
    last_error          varchar(1000),
    provider_message_id varchar(200),
    sent_at             timestamptz,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    check (status <> 'pending' or next_attempt_at is not null),
    check (status <> 'sent' or sent_at is not null),
    -- Each event happens at most once in a booking's life, so a repeated event, such as a
    -- payment notice delivered twice, adds nothing.
    constraint notification_deliveries_once unique (booking_id, event, channel)
);

-- Finds the deliveries that are due, for the recovery job and the backlog gauges.
create index notification_deliveries_due on notification_deliveries (next_attempt_at)
    where status = 'pending';
