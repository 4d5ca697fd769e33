-- Notifications: in-app notices, the outbox of e-mails and text messages, and the SMS sandbox.
create schema if not exists notifications;

-- In-app notices, written in the caller's transaction and read in the cabinet.
create table notifications.notice (
    id          uuid primary key,
    person_id   uuid         not null,
    template    varchar(100) not null,
    subject     text         not null,
    body        text         not null,
    created_at  timestamptz  not null default now(),
    read_at     timestamptz
);
create index notice_person on notifications.notice (person_id, created_at desc);

-- E-mails and text messages to send: written in the caller's transaction, claimed by a sender with
-- "for update skip locked", marked SENT, or retried with backoff until FAILED.
create table notifications.outbox (
    id              uuid primary key,
    channel         varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    address         varchar(320) not null,
    template        varchar(100) not null,
    subject         text         not null,
    body            text         not null,
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      text,
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz
);
create index outbox_due on notifications.outbox (next_attempt_at) where status = 'PENDING';

-- What the SMS sandbox "sent": the default gateway outside production.
create table notifications.sandbox_sms (
    id      bigint generated always as identity primary key,
    phone   varchar(32) not null,
    text    text        not null,
    sent_at timestamptz not null default now()
);
