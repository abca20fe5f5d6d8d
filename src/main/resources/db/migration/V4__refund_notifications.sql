-- Customers are also told when their payment is refunded.
alter table notification_deliveries drop constraint notification_deliveries_event_check;
alter table notification_deliveries add constraint notification_deliveries_event_check check (event in
    ('received', 'confirmed', 'completed', 'cancelled', 'expired', 'refunded'));
