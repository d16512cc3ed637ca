--liquibase formatted sql

--changeset participation:008-working-groups
-- Arbeitsgruppen of a Beteiligungsverfahren, one per Handlungsfeld of the process's edition.
-- field_id names the field in the concepts module (no foreign key across module schemas; the
-- service checks it); field_name keeps its German name for the public list, which anonymous
-- visitors read without access to the edition.
create table participation.working_group (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    id          uuid        not null,
    process_id  uuid        not null,
    field_id    uuid        not null,
    field_name  text        not null check (length(field_name) between 1 and 500),
    name        text        not null check (length(name) between 3 and 200),
    description text        not null default '' check (length(description) <= 5000),
    created_by  uuid        references platform.user_account (id) on delete set null,
    created_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade
);
create index working_group_process on participation.working_group (tenant_id, process_id);

-- Members: accounts of the tenant (at least CONTRIBUTOR when added). Deleting the account ends the membership.
create table participation.working_group_member (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    group_id   uuid        not null,
    account_id uuid        not null references platform.user_account (id) on delete cascade,
    role       text        not null check (role in ('LEITUNG', 'MITGLIED')),
    added_at   timestamptz not null default now(),
    primary key (tenant_id, group_id, account_id),
    foreign key (tenant_id, group_id) references participation.working_group (tenant_id, id) on delete cascade
);
create index working_group_member_account on participation.working_group_member (tenant_id, account_id);

-- Sitzungen: when, where (a place or, when online, the link or dial-in), agenda and minutes (Protokoll).
create table participation.working_group_meeting (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    id         uuid        not null,
    group_id   uuid        not null,
    starts_at  timestamptz not null,
    location   text        not null check (length(location) between 2 and 500),
    online     boolean     not null default false,
    agenda     text        not null default '' check (length(agenda) <= 10000),
    minutes    text        check (length(minutes) between 1 and 50000),
    created_by uuid        references platform.user_account (id) on delete set null,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references participation.working_group (tenant_id, id) on delete cascade
);
create index working_group_meeting_group on participation.working_group_meeting (tenant_id, group_id, starts_at);

-- Zielvorschläge of a group for its field; editors accept (goal_id: the goal added to the edition)
-- or reject (with a reason). proposed_by null: the account was deleted ("gelöschter Nutzer").
create table participation.goal_suggestion (
    tenant_id        uuid        not null references platform.tenant (id) on delete cascade,
    id               uuid        not null,
    group_id         uuid        not null,
    parent_goal_id   uuid,
    title            text        not null check (length(title) between 3 and 300),
    description      text        not null default '' check (length(description) <= 5000),
    status           text        not null default 'OFFEN' check (status in ('OFFEN', 'ANGENOMMEN', 'ABGELEHNT')),
    proposed_by      uuid        references platform.user_account (id) on delete set null,
    proposed_at      timestamptz not null default now(),
    decided_by       uuid        references platform.user_account (id) on delete set null,
    decided_at       timestamptz,
    rejection_reason text        check (length(rejection_reason) between 3 and 2000),
    goal_id          uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references participation.working_group (tenant_id, id) on delete cascade,
    check ((status = 'ANGENOMMEN') = (goal_id is not null)),
    check ((status = 'ABGELEHNT') = (rejection_reason is not null))
);
create index goal_suggestion_group on participation.goal_suggestion (tenant_id, group_id, proposed_at);

alter table participation.working_group enable row level security;
alter table participation.working_group force row level security;
create policy tenant_isolation on participation.working_group
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.working_group_member enable row level security;
alter table participation.working_group_member force row level security;
create policy tenant_isolation on participation.working_group_member
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.working_group_meeting enable row level security;
alter table participation.working_group_meeting force row level security;
create policy tenant_isolation on participation.working_group_meeting
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.goal_suggestion enable row level security;
alter table participation.goal_suggestion force row level security;
create policy tenant_isolation on participation.goal_suggestion
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on participation.working_group, participation.working_group_member,
    participation.working_group_meeting, participation.goal_suggestion to ${appRole};
