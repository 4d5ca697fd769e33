-- Processing of appeals by the responsible body: the signed answer, escalation of overdue appeals to the superior
-- body, the applicant's rating of the answer, and dispatchers' corrections of the model's routing (kept as
-- training data).

alter table appeals.appeal
    add column escalated_to   text,
    add column escalated_at   timestamptz,
    add column interim_answer text;
create index appeal_overdue on appeals.appeal (due) where status in ('IN_REVIEW', 'INFO_REQUESTED');
create index appeal_escalated on appeals.appeal (escalated_to, due) where escalated_to is not null;

-- the final answer, signed by the official (detached CMS over the answer's UTF-8 text)
create table appeals.answer (
    number        text primary key references appeals.appeal (number),
    body          text not null check (length(body) between 1 and 20000),
    official_id   uuid not null,
    official_name text not null,
    agency        text not null,
    signature     bytea not null,
    signer        text,
    answered_at   timestamptz not null
);

-- the applicant's rating of the answer: once, 1 to 5, with an optional comment
create table appeals.rating (
    number     text primary key references appeals.appeal (number),
    score      int not null check (score between 1 and 5),
    comment    text check (length(comment) <= 2000),
    rated_at   timestamptz not null
);

-- what a dispatcher chose where the model was unsure or wrong: the text, the model's guess and the answer
create table appeals.correction (
    id             uuid primary key,
    number         text not null references appeals.appeal (number),
    body           text not null,
    model_topic    text,
    model_version  text,
    topic          text not null,
    agency         text not null,
    dispatcher_id  uuid not null,
    corrected_at   timestamptz not null
);
