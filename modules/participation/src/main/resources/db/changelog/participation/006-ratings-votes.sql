--liquibase formatted sql

--changeset participation:006-ratings-votes
-- Expertenkreis: the experts of one Handlungsfeld in a process. Field name and goals are copied
-- from the process's concept edition when the first expert is invited (the concepts module owns
-- the edition; experts and voters need not be allowed to read drafts): they rate what they saw.
create table participation.expert_circle (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    process_id uuid        not null,
    field_id   uuid        not null,
    field_name text        not null check (length(field_name) between 1 and 500),
    created_at timestamptz not null default now(),
    primary key (tenant_id, process_id, field_id),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade
);

-- The goals (with Handlungsziele) of the circle's field, in the edition's order.
create table participation.expert_goal (
    tenant_id  uuid    not null references platform.tenant (id) on delete cascade,
    process_id uuid    not null,
    goal_id    uuid    not null,
    field_id   uuid    not null,
    title      text    not null check (length(title) between 1 and 1000),
    position   integer not null check (position >= 0),
    primary key (tenant_id, process_id, goal_id),
    foreign key (tenant_id, process_id, field_id) references participation.expert_circle (tenant_id, process_id, field_id) on delete cascade
);

-- Invited experts, by account: deleting the account ends the invitation.
create table participation.expert (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    process_id uuid        not null,
    field_id   uuid        not null,
    account_id uuid        not null references platform.user_account (id) on delete cascade,
    invited_at timestamptz not null default now(),
    primary key (tenant_id, process_id, field_id, account_id),
    foreign key (tenant_id, process_id, field_id) references participation.expert_circle (tenant_id, process_id, field_id) on delete cascade
);

-- One rating per expert and goal (a second submission updates it). A deleted account leaves its
-- ratings anonymous (expert null), so the results do not change afterwards.
create table participation.rating (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    id          uuid        not null,
    process_id  uuid        not null,
    goal_id     uuid        not null,
    expert      uuid        references platform.user_account (id) on delete set null,
    relevance   smallint    not null check (relevance between 1 and 5),
    feasibility smallint    not null check (feasibility between 1 and 5),
    comment     text        check (length(comment) between 1 and 2000),
    rated_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, process_id, goal_id, expert),
    foreign key (tenant_id, process_id, goal_id) references participation.expert_goal (tenant_id, process_id, goal_id) on delete cascade
);

-- Abstimmung: who may vote (INVITED: the voter list; ALL_MEMBERS: every member of the tenant).
create table participation.vote_setting (
    tenant_id  uuid not null references platform.tenant (id) on delete cascade,
    process_id uuid not null,
    mode       text not null check (mode in ('INVITED', 'ALL_MEMBERS')),
    primary key (tenant_id, process_id),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade
);

create table participation.voter (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    process_id uuid        not null,
    account_id uuid        not null references platform.user_account (id) on delete cascade,
    invited_at timestamptz not null default now(),
    primary key (tenant_id, process_id, account_id),
    foreign key (tenant_id, process_id) references participation.vote_setting (tenant_id, process_id) on delete cascade
);

-- The proposed goals put to the vote, copied from the edition like the experts' goals.
create table participation.vote_item (
    tenant_id  uuid    not null references platform.tenant (id) on delete cascade,
    process_id uuid    not null,
    goal_id    uuid    not null,
    title      text    not null check (length(title) between 1 and 1000),
    field_name text    not null check (length(field_name) between 1 and 500),
    position   integer not null check (position >= 0),
    primary key (tenant_id, process_id, goal_id),
    foreign key (tenant_id, process_id) references participation.vote_setting (tenant_id, process_id) on delete cascade
);

-- One vote per voter and item; changed votes replace the earlier choice.
create table participation.vote (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    id         uuid        not null,
    process_id uuid        not null,
    goal_id    uuid        not null,
    voter      uuid        references platform.user_account (id) on delete set null,
    choice     text        not null check (choice in ('ZUSTIMMUNG', 'ABLEHNUNG', 'ENTHALTUNG')),
    cast_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, process_id, goal_id, voter),
    foreign key (tenant_id, process_id, goal_id) references participation.vote_item (tenant_id, process_id, goal_id) on delete cascade
);

-- When the ratings or the vote of a process were closed: the row is inserted once (on conflict
-- do nothing), and only the inserting transaction publishes RatingsClosed / VoteClosed.
create table participation.closing (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    process_id uuid        not null,
    kind       text        not null check (kind in ('RATINGS', 'VOTE')),
    closed_at  timestamptz not null default now(),
    primary key (tenant_id, process_id, kind),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade
);
alter table participation.expert_circle enable row level security;
alter table participation.expert_circle force row level security;
create policy tenant_isolation on participation.expert_circle
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.expert_goal enable row level security;
alter table participation.expert_goal force row level security;
create policy tenant_isolation on participation.expert_goal
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.expert enable row level security;
alter table participation.expert force row level security;
create policy tenant_isolation on participation.expert
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.rating enable row level security;
alter table participation.rating force row level security;
create policy tenant_isolation on participation.rating
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.vote_setting enable row level security;
alter table participation.vote_setting force row level security;
create policy tenant_isolation on participation.vote_setting
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.voter enable row level security;
alter table participation.voter force row level security;
create policy tenant_isolation on participation.voter
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.vote_item enable row level security;
alter table participation.vote_item force row level security;
create policy tenant_isolation on participation.vote_item
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.vote enable row level security;
alter table participation.vote force row level security;
create policy tenant_isolation on participation.vote
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.closing enable row level security;
alter table participation.closing force row level security;
create policy tenant_isolation on participation.closing
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on participation.expert_circle, participation.expert_goal, participation.expert,
    participation.rating, participation.vote_setting, participation.voter, participation.vote_item, participation.vote,
    participation.closing to ${appRole};
