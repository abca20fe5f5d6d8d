-- Accounts of customers and staff.
create table accounts (
    id            uuid primary key,
    name          varchar(200) not null,
    email         varchar(320) not null,
    phone         varchar(16)  not null,
    password_hash varchar(200) not null,
    role          varchar(16)  not null check (role in ('CUSTOMER', 'ADMIN')),
    created_at    timestamptz  not null
);
create unique index accounts_email_key on accounts (email);

-- What can be booked.
create table services (
    id               uuid primary key,
    name             varchar(200) not null,
    duration_minutes integer      not null check (duration_minutes between 5 and 1440),
    price            bigint       not null check (price >= 0),
    currency         varchar(3)   not null,
    capacity         integer      not null check (capacity between 1 and 10000),
    time_zone        varchar(64)  not null,
    active           boolean      not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create table service_opening_hours (
    service_id  uuid        not null references services (id) on delete cascade,
    day_of_week varchar(9)  not null,
    opens       time        not null,
    closes      time        not null,
    check (opens < closes)
);
create index service_opening_hours_service on service_opening_hours (service_id);

-- Bookings of a service for a time range.
create table bookings (
    id               uuid primary key,
    service_id       uuid         not null references services (id),
    customer_id      uuid         not null references accounts (id),
    starts_at        timestamptz  not null,
    ends_at          timestamptz  not null,
    status           varchar(16)  not null check (status in
        ('pending_payment', 'pending', 'confirmed', 'completed', 'cancelled', 'expired')),
    amount           bigint       not null check (amount >= 0),
    currency         varchar(3)   not null,
    contact_name     varchar(200),
    contact_phone    varchar(16),
    contact_whatsapp varchar(16),
    contact_email    varchar(320),
    notes            varchar(2000),
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    check (starts_at < ends_at)
);
-- Finds the bookings that hold capacity around a time, for the overbooking check and slots.
create index bookings_holding_capacity on bookings (service_id, starts_at)
    where status in ('pending_payment', 'pending', 'confirmed');
create index bookings_by_customer on bookings (customer_id, created_at desc);
create index bookings_by_creation on bookings (created_at desc);

-- Responses to requests sent with an Idempotency-Key, replayed for 24 hours.
create table idempotent_requests (
    account_id      uuid         not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    response_body   text,
    created_at      timestamptz  not null,
    primary key (account_id, idempotency_key)
);
create index idempotent_requests_by_age on idempotent_requests (created_at);
