--liquibase formatted sql

--changeset participation:007-idea-author-id
-- Who wrote an idea: the account's id instead of its e-mail address, so deleting the account
-- anonymises the idea ("gelöschter Nutzer") without touching it. The backfill must see every
-- tenant's rows, so the table's forced row-level security is lifted for the owner meanwhile.
alter table participation.idea add column author_id uuid references platform.user_account (id) on delete set null;
alter table participation.idea no force row level security;
update participation.idea idea set author_id = account.id
  from platform.user_account account where account.email = lower(idea.author);
alter table participation.idea force row level security;
alter table participation.idea drop column author;
create index idea_author on participation.idea (tenant_id, author_id);

--changeset participation:007-idea-status-moderation
-- Optional location; what became of the idea (accepted_item_*: the goal or measure of the edition it
-- became, its title kept for the author's feedback; status_reason: why it was not taken over);
-- moderation: VISIBLE, PENDING_REVIEW (hidden automatically after enough reports) or HIDDEN (by an
-- editor, moderation_note shown publicly instead of the text).
alter table participation.idea
    add column location            text check (length(location) between 1 and 200),
    add column accepted_item_id    uuid,
    add column accepted_item_title text check (length(accepted_item_title) <= 1000),
    add column status_reason       text check (length(status_reason) between 1 and 2000),
    add column status_changed_at   timestamptz,
    add column moderation          text not null default 'VISIBLE' check (moderation in ('VISIBLE', 'PENDING_REVIEW', 'HIDDEN')),
    add column moderation_note     text check (length(moderation_note) between 1 and 300),
    add constraint idea_accepted_item check ((status = 'UEBERNOMMEN') = (accepted_item_id is not null)),
    add constraint idea_rejection_reason check (status <> 'NICHT_UEBERNOMMEN' or status_reason is not null);
create index idea_accepted_item on participation.idea (tenant_id, accepted_item_id) where accepted_item_id is not null;

-- Support ("unterstützen"): once per account and idea. A deleted account's support still counts
-- (supporter_id becomes null; nulls are distinct for the unique constraint).
create table participation.idea_support (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    id           uuid        not null,
    idea_id      uuid        not null,
    supporter_id uuid        references platform.user_account (id) on delete set null,
    supported_at timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, idea_id, supporter_id),
    foreign key (tenant_id, idea_id) references participation.idea (tenant_id, id) on delete cascade
);

create table participation.idea_comment (
    tenant_id       uuid        not null references platform.tenant (id) on delete cascade,
    id              uuid        not null,
    idea_id         uuid        not null,
    author_id       uuid        references platform.user_account (id) on delete set null,
    text            text        not null check (length(text) between 2 and 2000),
    created_at      timestamptz not null default now(),
    moderation      text        not null default 'VISIBLE' check (moderation in ('VISIBLE', 'PENDING_REVIEW', 'HIDDEN')),
    moderation_note text        check (length(moderation_note) between 1 and 300),
    primary key (tenant_id, id),
    foreign key (tenant_id, idea_id) references participation.idea (tenant_id, id) on delete cascade
);
create index idea_comment_idea on participation.idea_comment (tenant_id, idea_id, created_at);

-- Reports of an idea or a comment, once per person and item; cleared when an editor decides.
create table participation.content_report (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    id          uuid        not null,
    idea_id     uuid,
    comment_id  uuid,
    reporter_id uuid        references platform.user_account (id) on delete set null,
    reason      text        check (length(reason) between 1 and 500),
    reported_at timestamptz not null default now(),
    primary key (tenant_id, id),
    check ((idea_id is null) <> (comment_id is null)),
    unique (tenant_id, idea_id, reporter_id),
    unique (tenant_id, comment_id, reporter_id),
    foreign key (tenant_id, idea_id) references participation.idea (tenant_id, id) on delete cascade,
    foreign key (tenant_id, comment_id) references participation.idea_comment (tenant_id, id) on delete cascade
);

alter table participation.idea_support enable row level security;
alter table participation.idea_support force row level security;
create policy tenant_isolation on participation.idea_support
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.idea_comment enable row level security;
alter table participation.idea_comment force row level security;
create policy tenant_isolation on participation.idea_comment
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table participation.content_report enable row level security;
alter table participation.content_report force row level security;
create policy tenant_isolation on participation.content_report
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on participation.idea_support, participation.idea_comment, participation.content_report to ${appRole};

--changeset participation:007-idea-notify
-- The public Handlungsfeld pages (cached on every instance) show the ideas taken over into a goal or
-- measure: a change of status or moderation notifies like a change of a process.
create trigger idea_changed
    after update of status, accepted_item_id, moderation or delete on participation.idea
    for each row execute function participation.notify_process_changed();
