--liquibase formatted sql

--changeset participation:004-workshops
-- Workshops of a Beteiligungsverfahren (as Frankenthal's 2023 series): in a place or online,
-- with a number of seats. documentation: the editors' results text, written afterwards.
create table participation.workshop (
    tenant_id     uuid        not null references platform.tenant (id) on delete cascade,
    id            uuid        not null,
    process_id    uuid        not null,
    title         text        not null check (length(title) between 3 and 200),
    field         text        check (length(field) between 1 and 200),
    description   text        not null default '' check (length(description) <= 5000),
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    place         text        check (length(place) between 1 and 300),
    online_link   text        check (length(online_link) between 1 and 500 and online_link ~ '^https://'),
    capacity      integer     not null check (capacity between 1 and 10000),
    documentation text        check (length(documentation) <= 20000),
    documented_at timestamptz,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, process_id) references participation.process (tenant_id, id) on delete cascade,
    check (ends_at > starts_at),
    check (place is not null or online_link is not null)
);
create index workshop_process on participation.workshop (tenant_id, process_id, starts_at);

-- Who registered: the account id only (a deleted account leaves an anonymous seat). Confirmed
-- while seats are free, otherwise on the waiting list in the order of registered_at.
create table participation.workshop_registration (
    tenant_id     uuid        not null references platform.tenant (id) on delete cascade,
    id            uuid        not null,
    workshop_id   uuid        not null,
    account_id    uuid        references platform.user_account (id) on delete set null,
    status        text        not null check (status in ('CONFIRMED', 'WAITING')),
    registered_at timestamptz not null default clock_timestamp(),
    primary key (tenant_id, id),
    foreign key (tenant_id, workshop_id) references participation.workshop (tenant_id, id) on delete cascade,
    unique (tenant_id, workshop_id, account_id)
);
create index workshop_registration_queue on participation.workshop_registration (tenant_id, workshop_id, status, registered_at);

-- Files attached to something of this module (owner_kind + owner_id: a workshop's photos, later a
-- working group meeting's minutes). Stored in PostgreSQL; see the module README for a file store.
create table participation.attachment (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    id           uuid        not null,
    owner_kind   text        not null check (owner_kind ~ '^[A-Z_]{1,40}$'),
    owner_id     uuid        not null,
    file_name    text        not null check (length(file_name) between 1 and 200),
    content_type text        not null check (length(content_type) between 3 and 200),
    size         bigint      not null check (size > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    caption      text        not null default '' check (length(caption) <= 500),
    content      bytea       not null,
    uploaded_by  uuid        references platform.user_account (id) on delete set null,
    uploaded_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    check (octet_length(content) = size)
);
create index attachment_owner on participation.attachment (tenant_id, owner_kind, owner_id, uploaded_at);

alter table participation.workshop enable row level security;
alter table participation.workshop force row level security;
create policy tenant_isolation on participation.workshop
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.workshop_registration enable row level security;
alter table participation.workshop_registration force row level security;
create policy tenant_isolation on participation.workshop_registration
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.attachment enable row level security;
alter table participation.attachment force row level security;
create policy tenant_isolation on participation.attachment
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on participation.workshop, participation.workshop_registration, participation.attachment to ${appRole};
