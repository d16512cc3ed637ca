--liquibase formatted sql

--changeset participation:005-questionnaires
-- Fragebögen of a Beteiligungsverfahren. Open from opens_on to closes_on (both included,
-- Europe/Berlin), their own dates inside the process's phases; the service refuses responses
-- outside. Questions cannot change once created, so results stay comparable.
create table participation.questionnaire (
    tenant_id      uuid        not null references platform.tenant (id) on delete cascade,
    id             uuid        not null,
    process_id     uuid        not null,
    title          text        not null check (length(title) between 3 and 200),
    introduction   text        not null default '' check (length(introduction) <= 5000),
    opens_on       date        not null,
    closes_on      date        not null,
    mode           text        not null check (mode in ('ANONYMOUS', 'REGISTERED')),
    results_public boolean     not null default false,
    created_at     timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade,
    check (closes_on >= opens_on)
);

-- Questions by number (1, 2, …). show_if_*: show this question only if the answer to the earlier
-- choice question show_if_question includes its option show_if_option.
create table participation.question (
    tenant_id        uuid    not null references platform.tenant (id) on delete cascade,
    questionnaire_id uuid    not null,
    number           integer not null check (number >= 1),
    kind             text    not null check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT')),
    text             text    not null check (length(text) between 3 and 500),
    required         boolean not null,
    options          text[]  not null default '{}',
    scale_min        integer,
    scale_max        integer,
    scale_min_label  text,
    scale_max_label  text,
    max_length       integer check (max_length between 1 and 5000),
    show_if_question integer,
    show_if_option   integer,
    primary key (tenant_id, questionnaire_id, number),
    foreign key (tenant_id, questionnaire_id) references participation.questionnaire (tenant_id, id) on delete cascade,
    check (show_if_question is null or show_if_question < number)
);

-- One response per person: account_id for REGISTERED questionnaires; for ANONYMOUS ones only the
-- SHA-256 of the browser's random token bound to the questionnaire (never the token itself).
create table participation.questionnaire_response (
    tenant_id          uuid        not null references platform.tenant (id) on delete cascade,
    id                 uuid        not null,
    questionnaire_id   uuid        not null,
    account_id         uuid        references platform.user_account (id) on delete set null,
    browser_token_hash text        check (length(browser_token_hash) = 64),
    submitted_at       timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, questionnaire_id) references participation.questionnaire (tenant_id, id) on delete cascade
);
create unique index questionnaire_response_account on participation.questionnaire_response (tenant_id, questionnaire_id, account_id);
create unique index questionnaire_response_browser on participation.questionnaire_response (tenant_id, questionnaire_id, browser_token_hash);

-- The answer to one question: chosen option numbers, a scale value or a text.
create table participation.questionnaire_answer (
    tenant_id        uuid      not null references platform.tenant (id) on delete cascade,
    response_id      uuid      not null,
    questionnaire_id uuid      not null,
    question_number  integer   not null,
    choices          integer[] not null default '{}',
    scale_value      integer,
    text             text      check (length(text) <= 5000),
    primary key (tenant_id, response_id, question_number),
    foreign key (tenant_id, response_id) references participation.questionnaire_response (tenant_id, id) on delete cascade,
    foreign key (tenant_id, questionnaire_id, question_number)
        references participation.question (tenant_id, questionnaire_id, number) on delete cascade
);
create index questionnaire_answer_questionnaire on participation.questionnaire_answer (tenant_id, questionnaire_id);

alter table participation.questionnaire enable row level security;
alter table participation.questionnaire force row level security;
create policy tenant_isolation on participation.questionnaire
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.question enable row level security;
alter table participation.question force row level security;
create policy tenant_isolation on participation.question
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.questionnaire_response enable row level security;
alter table participation.questionnaire_response force row level security;
create policy tenant_isolation on participation.questionnaire_response
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.questionnaire_answer enable row level security;
alter table participation.questionnaire_answer force row level security;
create policy tenant_isolation on participation.questionnaire_answer
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on participation.questionnaire, participation.question,
    participation.questionnaire_response, participation.questionnaire_answer to ${appRole};
