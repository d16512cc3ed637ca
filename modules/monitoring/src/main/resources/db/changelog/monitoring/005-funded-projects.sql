--liquibase formatted sql

--changeset monitoring:005-funded-projects
-- Funded projects (Förderprojekte) of a concept edition. edition_id, carrier_actor_id and goal_id belong to the
-- concepts module (no foreign keys across module schemas; the service checks them against the concepts API).
create table monitoring.funded_project (
    tenant_id        uuid        not null references platform.tenant (id) on delete cascade,
    id               uuid        not null,
    edition_id       uuid        not null,
    title            text        not null check (length(title) between 1 and 300),
    carrier_actor_id uuid        not null,
    amount           numeric     not null check (amount >= 0),
    starts_on        date        not null,
    ends_on          date        not null check (ends_on >= starts_on),
    description      text        check (length(description) <= 5000),
    created_by       uuid        references platform.user_account (id) on delete set null,
    created_at       timestamptz not null default now(),
    updated_by       uuid        references platform.user_account (id) on delete set null,
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, id)
);
create index funded_project_edition on monitoring.funded_project (tenant_id, edition_id);

-- The goals (or sub-goals) a project claims to serve.
create table monitoring.funded_project_goal (
    tenant_id  uuid not null references platform.tenant (id) on delete cascade,
    project_id uuid not null,
    goal_id    uuid not null,
    primary key (tenant_id, project_id, goal_id),
    foreign key (tenant_id, project_id) references monitoring.funded_project (tenant_id, id) on delete cascade
);

-- Outputs the carrier reported for a year (e.g. "42 Teilnehmende"), text with an optional number and unit.
create table monitoring.project_output (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    id         uuid        not null,
    project_id uuid        not null,
    year       integer     not null check (year between 1990 and 2100),
    text       text        not null check (length(text) between 1 and 2000),
    value      numeric,
    unit       text        check (length(unit) <= 50),
    created_by uuid        references platform.user_account (id) on delete set null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, project_id) references monitoring.funded_project (tenant_id, id) on delete cascade
);
create index project_output_project on monitoring.project_output (tenant_id, project_id, year);

-- Evaluation of a project against one goal it claims: rating 1 (kein Beitrag) … 5 (Ziel wesentlich vorangebracht).
-- A change inserts a new row and marks the previous one superseded, so who rated what and when stays.
create table monitoring.project_evaluation (
    tenant_id     uuid        not null references platform.tenant (id) on delete cascade,
    id            uuid        not null,
    project_id    uuid        not null,
    goal_id       uuid        not null,
    rating        integer     not null check (rating between 1 and 5),
    text          text        not null check (length(text) between 1 and 5000),
    evaluated_by  uuid        references platform.user_account (id) on delete set null,
    evaluated_at  timestamptz not null default now(),
    superseded_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, project_id, goal_id) references monitoring.funded_project_goal (tenant_id, project_id, goal_id) on delete cascade
);
create unique index project_evaluation_current on monitoring.project_evaluation (tenant_id, project_id, goal_id) where superseded_at is null;

alter table monitoring.funded_project enable row level security;
alter table monitoring.funded_project force row level security;
create policy tenant_isolation on monitoring.funded_project
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table monitoring.funded_project_goal enable row level security;
alter table monitoring.funded_project_goal force row level security;
create policy tenant_isolation on monitoring.funded_project_goal
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table monitoring.project_output enable row level security;
alter table monitoring.project_output force row level security;
create policy tenant_isolation on monitoring.project_output
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table monitoring.project_evaluation enable row level security;
alter table monitoring.project_evaluation force row level security;
create policy tenant_isolation on monitoring.project_evaluation
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update on monitoring.funded_project to ${appRole};
-- The claimed goals change with the project (not append-only): an update removes dropped goals and adds new ones.
grant select, insert, update, delete on monitoring.funded_project_goal to ${appRole};
grant select, insert on monitoring.project_output to ${appRole};
-- Evaluations are only ever added or marked superseded.
grant select, insert, update on monitoring.project_evaluation to ${appRole};
