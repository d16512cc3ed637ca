--liquibase formatted sql

--changeset publishing:003-site-news-contact
-- The tenant-managed parts of the public site: its settings (logo, accent colour, Impressum,
-- Datenschutz, Barrierefreiheitserklärung), its news and the messages sent through its contact form.

-- One row per tenant, created on the first save; without it the site shows defaults.
create table publishing.site_settings (
    tenant_id               uuid        not null references platform.tenant (id) on delete cascade,
    logo                    bytea       check (octet_length(logo) between 1 and 204800),
    logo_media_type         text        check (logo_media_type in ('image/png', 'image/jpeg')),
    logo_alt                text        check (length(logo_alt) between 1 and 200),
    accent_colour           text        check (accent_colour ~ '^#[0-9a-f]{6}$'),
    impressum               text        check (length(impressum) <= 20000),
    datenschutz             text        check (length(datenschutz) <= 50000),
    a11y_status             text        check (a11y_status in ('VOLLSTAENDIG', 'TEILWEISE', 'NICHT')),
    a11y_barriers           text        check (length(a11y_barriers) <= 10000),
    a11y_statement_date     date,
    a11y_feedback_contact   text        check (length(a11y_feedback_contact) <= 1000),
    a11y_enforcement_url    text        check (a11y_enforcement_url ~ '^https?://' and length(a11y_enforcement_url) <= 500),
    version                 integer     not null default 0,
    updated_at              timestamptz not null default now(),
    updated_by              text,
    primary key (tenant_id),
    check ((logo is null) = (logo_media_type is null)),
    check (logo is null or logo_alt is not null)
);

-- Aktuelles: plain text only (paragraphs separated by blank lines); only PUBLISHED items are public.
create table publishing.news_item (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    id           uuid        not null,
    title        text        not null check (length(title) between 1 and 200),
    summary      text        not null check (length(summary) between 1 and 500),
    body         text        not null check (length(body) between 1 and 20000),
    author       text        not null check (length(author) between 1 and 200),
    status       text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at timestamptz,
    version      integer     not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    updated_by   text,
    primary key (tenant_id, id),
    check (status = 'DRAFT' or published_at is not null)
);
create index news_item_published on publishing.news_item (tenant_id, published_at desc) where status = 'PUBLISHED';

-- Messages through the contact form: personal data (name, e-mail, text). Handled messages are
-- deleted after the retention period (ContactRetention).
create table publishing.contact_message (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    id          uuid        not null,
    sender_name text        check (length(sender_name) between 1 and 200),
    email       text        not null check (length(email) between 3 and 254),
    subject     text        not null check (length(subject) between 1 and 200),
    message     text        not null check (length(message) between 10 and 5000),
    consent_at  timestamptz not null,
    received_at timestamptz not null default now(),
    handled_at  timestamptz,
    handled_by  text,
    primary key (tenant_id, id)
);
create index contact_message_received on publishing.contact_message (tenant_id, received_at desc);

-- The rate limit of the contact form: one row per accepted message for one hour. client_key is an
-- HMAC of the client's address (keyed with the platform secret and bound to the tenant), so no
-- address is stored and one client cannot be followed across tenants.
create table publishing.contact_submission (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    id           uuid        not null,
    client_key   text        not null check (length(client_key) = 64),
    submitted_at timestamptz not null default now(),
    primary key (tenant_id, id)
);
create index contact_submission_client on publishing.contact_submission (tenant_id, client_key, submitted_at);

alter table publishing.site_settings enable row level security;
alter table publishing.site_settings force row level security;
create policy tenant_isolation on publishing.site_settings
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table publishing.news_item enable row level security;
alter table publishing.news_item force row level security;
create policy tenant_isolation on publishing.news_item
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table publishing.contact_message enable row level security;
alter table publishing.contact_message force row level security;
create policy tenant_isolation on publishing.contact_message
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table publishing.contact_submission enable row level security;
alter table publishing.contact_submission force row level security;
create policy tenant_isolation on publishing.contact_submission
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
grant select, insert, update, delete on publishing.site_settings, publishing.news_item, publishing.contact_message,
    publishing.contact_submission to ${appRole};
