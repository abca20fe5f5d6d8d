-- The online payment of a booking: the Razorpay order opened for it and what became of it.
-- A payment only moves forward: pending or failed, then paid, then refund_pending and refunded.
create table payments (
    id              uuid          primary key,
    booking_id      uuid          not null references bookings (id) on delete cascade,
    order_id        varchar(64)   not null,
    payment_id      varchar(64),
    amount          bigint        not null check (amount > 0),
    currency        varchar(3)    not null,
    status          varchar(16)   not null check (status in
        ('pending', 'failed', 'paid', 'refund_pending', 'refunded')),
    failure_reason  varchar(500),
    refund_cause    varchar(24)   check (refund_cause in
        ('slot_taken', 'not_payable', 'booking_cancelled', 'outside')),
    refund_id       varchar(64),
    refund_status   varchar(16)   check (refund_status in ('pending', 'processed', 'failed')),
    refund_attempts integer       not null default 0 check (refund_attempts >= 0),
    refund_error    varchar(500),
    next_refund_at  timestamptz,
    next_check_at   timestamptz,
    paid_at         timestamptz,
    refunded_at     timestamptz,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    check (status not in ('paid', 'refund_pending', 'refunded') or (payment_id is not null and paid_at is not null)),
    check (status not in ('refund_pending', 'refunded') or refund_cause is not null),
    check (status <> 'refund_pending' or next_refund_at is not null),
    check (status <> 'refunded' or refund_id is not null),
    -- One order per booking: a retried booking request replays the first answer.
    constraint payments_one_per_booking unique (booking_id),
    constraint payments_order_key unique (order_id),
    constraint payments_payment_key unique (payment_id)
);

-- Finds the refunds that are due, for the retry job.
create index payments_refunds_due on payments (next_refund_at) where status = 'refund_pending';
-- Finds the payments to ask Razorpay about, for reconciliation.
create index payments_unsettled on payments (created_at) where status in ('pending', 'failed');

-- The ids of the webhook events processed, so that a delivery Razorpay repeats does nothing.
create table payment_webhook_events (
    event_id    varchar(100) primary key,
    event_type  varchar(64)  not null,
    received_at timestamptz  not null
);
create index payment_webhook_events_by_age on payment_webhook_events (received_at);
